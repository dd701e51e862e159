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

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// fold() works character by character except for surrogate pairs and the final sigma (Σ lowercases
// to ς at a word's end): text without them is folded one UTF-16 unit at a time from this table.
const SIGMA = 0x03a3;
/** The folded word characters of each code unit ("É" -> "e", "œ" -> "oe", "-" -> ""), filled as met. */
const FOLDED_UNITS: (string | null)[] = new Array<string | null>(0x10000).fill(null);

function foldedUnit(unit: number): string {
  let folded = FOLDED_UNITS[unit]!;
  if (folded === null) {
    // Word characters only, and a space where the folded unit has anything else ("½" -> "1 2").
    const chars = fold(String.fromCharCode(unit));
    folded = "";
    for (const char of chars) folded += WORD_CHAR.test(char) ? char : " ";
    FOLDED_UNITS[unit] = folded;
  }
  return folded;
}

function foldedWordsOfWhole(body: string): { units: Uint16Array; bounds: number[] } {
  const words = fold(body).match(WORD) ?? [];
  const joined = words.join("");
  const units = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) units[i] = joined.charCodeAt(i);
  const bounds: number[] = [];
  let at = 0;
  for (const word of words) bounds.push(at, (at += word.length));
  return { units, bounds };
}

/**
 * The body's words, folded (accents, case and punctuation ignored), as UTF-16 units in `units`
 * with each word's [start, end) in `bounds`: no string is built per word.
 */
function foldedWords(body: string): { units: Uint16Array; bounds: number[] } {
  // Two units per unit is plenty for French ("œ" -> "oe"); a ligature-heavy text takes the slow way.
  const units = new Uint16Array(body.length * 2);
  const bounds: number[] = [];
  let length = 0;
  let wordStart = -1;
  const separator = () => {
    if (wordStart >= 0 && length > wordStart) bounds.push(wordStart, length);
    wordStart = -1;
  };
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    // ASCII first: most of a French release once its accents are off.
    if (unit < 0x80) {
      if (unit >= 0x61 && unit <= 0x7a) units[length++] = unit;
      else if (unit >= 0x41 && unit <= 0x5a) units[length++] = unit + 0x20;
      else if (unit >= 0x30 && unit <= 0x39) units[length++] = unit;
      else {
        separator();
        continue;
      }
      if (wordStart < 0) wordStart = length - 1;
      continue;
    }
    if ((unit >= 0xd800 && unit <= 0xdfff) || unit === SIGMA) return foldedWordsOfWhole(body);
    const folded = foldedUnit(unit);
    // Room for this unit's letters and one per unit left (ASCII writes unchecked); "ﷺ" gives 18.
    if (length + folded.length + body.length - i > units.length) return foldedWordsOfWhole(body);
    for (let c = 0; c < folded.length; c++) {
      const char = folded.charCodeAt(c);
      if (char === 0x20) separator();
      else {
        if (wordStart < 0) wordStart = length;
        units[length++] = char;
      }
    }
  }
  separator();
  return { units, bounds };
}

/**
 * The body's word 5-shingles as a set: their hashes (int32, on folded words: accents, case and
 * punctuation ignored), sorted and without repeats. A typed array rather than a Set<number>: it is
 * built in a fraction of the time, and an extraction worker hands it to the writer as one block
 * of memory instead of a Set cloned entry by entry.
 */
export type ShingleSet = Int32Array;

export function shingles(body: string): ShingleSet {
  const { units, bounds } = foldedWords(body);
  const words = bounds.length / 2;
  const count = Math.max(0, words - SHINGLE_WORDS + 1);
  const hashes = new Int32Array(count);
  // FNV-1a over "w1 w2 w3 w4 w5", read in place (a 4.7 KB body has ~700 shingles).
  for (let i = 0; i < count; i++) {
    let hash = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) {
      if (w > i) hash = Math.imul(hash ^ 0x20, 0x01000193);
      for (let c = bounds[2 * w]!, end = bounds[2 * w + 1]!; c < end; c++) hash = Math.imul(hash ^ units[c]!, 0x01000193);
    }
    hashes[i] = hash;
  }
  hashes.sort();
  // Drop repeats in place (a release repeats a sentence or a table row now and then).
  let unique = 0;
  for (let i = 0; i < count; i++) if (unique === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i]!;
  return unique === count ? hashes : hashes.slice(0, unique);
}

/** Hashes both sorted sets share (a merge of the two). */
function sharedCount(a: ShingleSet, b: ShingleSet): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

export function jaccard(a: ShingleSet, b: ShingleSet): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/** The share of the smaller set found in the larger one. */
export function containment(a: ShingleSet, b: ShingleSet): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 1 : sharedCount(a, b) / smaller;
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
export function fingerprintOf(set: ShingleSet): Fingerprint | null {
  if (set.length < MIN_SHINGLES) return null;
  const signature = new Uint32Array(MINHASH_SIZE);
  // One seed at a time over all the hashes: the running minimum stays in a register.
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    for (let k = 0; k < set.length; k++) {
      const value = mix32(set[k]! ^ seed);
      if (value < min) min = value;
    }
    signature[i] = min;
  }
  return { signature, bands: bandsOf(signature) };
}

/** The band hashes of a MinHash signature (so a stored signature gives its band rows back). */
export function bandsOf(signature: Uint32Array): number[] {
  const bands: number[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < BAND_ROWS; row++) {
      hash = mix32(Math.imul(hash ^ signature[band * BAND_ROWS + row]!, 0x01000193));
    }
    bands.push(hash);
  }
  return bands;
}

/** A signature stored as a BLOB, as numbers again. */
export function signatureOf(stored: Uint8Array): Uint32Array {
  return new Uint32Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength));
}

/** The share of equal MinHash values: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(signature: Uint32Array, stored: Uint8Array): number {
  if (stored.byteLength !== signature.byteLength) return 0;
  const other = signatureOf(stored);
  let equal = 0;
  for (let i = 0; i < signature.length; i++) if (signature[i] === other[i]) equal++;
  return equal / signature.length;
}

/** What the store computes from a body, computed ahead (e.g. in an extraction worker) to spare the writer. */
export interface PreparedBody {
  shingles: ShingleSet;
  print: Fingerprint | null;
}

export function prepareBody(body: string): PreparedBody {
  const set = shingles(body);
  return { shingles: set, print: fingerprintOf(set) };
}
