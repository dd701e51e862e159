// Near-duplicate detection: the same release reposted by several sites (different chrome, same body).
// A body becomes a set of word 5-shingles; a 64-value MinHash of that set is split into 16 bands of
// 4 values (LSH), stored in an indexed table, so finding candidates is an index lookup. Candidates
// are then confirmed with the exact Jaccard similarity of their shingle sets.
import { fold } from "./fold.js";

export const SHINGLE_WORDS = 5;
export const MINHASH_SIZE = 64;
export const BAND_ROWS = 4;
export const BAND_COUNT = MINHASH_SIZE / BAND_ROWS;
/** Jaccard similarity from which a body counts as a repost of another. */
export const DUPLICATE_JACCARD = 0.8;
/** MinHash estimates below this are not checked exactly (64 values: standard error about 0.05). */
export const ESTIMATE_FLOOR = DUPLICATE_JACCARD - 0.15;
/** Bodies with fewer shingles are too short to call near-duplicates safely. */
export const MIN_SHINGLES = 8;


/** murmur3's 32-bit finalizer: a cheap, well-mixed permutation of 32-bit integers. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Whether a UTF-16 code unit is a letter or digit (as WORD sees it): 1 yes, 2 no, 0 not looked up yet.
// Looked up once per code unit, as scanning with WORD costs more than the rest of a fingerprint.
const wordUnit = new Uint8Array(0x10000);

function isWordUnit(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdfff) {
    // A surrogate: classify the whole code point (rare: letters outside the BMP).
    const point = text.codePointAt(i >= 1 && unit >= 0xdc00 ? i - 1 : i)!;
    return WORD_CHAR.test(String.fromCodePoint(point));
  }
  let known = wordUnit[unit]!;
  if (known === 0) wordUnit[unit] = known = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/** Hashes of the body's word 5-shingles, on folded words (accents, case and punctuation ignored). */
export function shingles(body: string): Set<number> {
  const folded = fold(body);
  // Word boundaries, then FNV-1a over "w1 w2 w3 w4 w5" read in place: the same hash as hashing the
  // joined words, without building a string per shingle (a 4.7 KB body has ~700 of them).
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < folded.length; ) {
    if (!isWordUnit(folded, i)) {
      i++;
      continue;
    }
    starts.push(i);
    while (i < folded.length && isWordUnit(folded, i)) i++;
    ends.push(i);
  }
  const result = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= starts.length; i++) {
    let hash = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) {
      if (w > i) hash = Math.imul(hash ^ 0x20, 0x01000193);
      for (let c = starts[w]!; c < ends[w]!; c++) hash = Math.imul(hash ^ folded.charCodeAt(c), 0x01000193);
    }
    result.add(hash >>> 0);
  }
  return result;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const hash of a) if (b.has(hash)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Fingerprint {
  /** The MinHash signature (MINHASH_SIZE unsigned 32-bit values), stored as a BLOB. */
  readonly signature: Uint32Array;
  /** One hash per band: two bodies sharing any band are candidates. */
  readonly bands: readonly number[];
}

/** The fingerprint of a body, or null when it is too short to compare. */
export function fingerprint(body: string): Fingerprint | null {
  return fingerprintOf(shingles(body));
}

/** The fingerprint of a shingle set (see `shingles`), for a caller that also needs the set. */
export function fingerprintOf(set: ReadonlySet<number>): Fingerprint | null {
  if (set.size < MIN_SHINGLES) return null;
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const hash of set) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = mix32(hash ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  const bands: number[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < BAND_ROWS; row++) {
      hash = mix32(Math.imul(hash ^ signature[band * BAND_ROWS + row]!, 0x01000193));
    }
    bands.push(hash);
  }
  return { signature, bands };
}

/** The share of equal MinHash values: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(signature: Uint32Array, stored: Uint8Array): number {
  if (stored.byteLength !== signature.byteLength) return 0;
  const other = new Uint32Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength));
  let equal = 0;
  for (let i = 0; i < signature.length; i++) if (signature[i] === other[i]) equal++;
  return equal / signature.length;
}
