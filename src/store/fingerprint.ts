// Near-duplicate detection: the same release reposted by several sites (different chrome, same body).
// A body becomes a set of word 5-shingles; a 64-value (one-permutation) MinHash of that set is split into 16 bands of
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of one folded word's UTF-16 units. */
function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), FNV_PRIME);
  return hash;
}

function wordHashesOfWhole(body: string): Int32Array {
  return Int32Array.from(fold(body).match(WORD) ?? [], wordHash);
}

/**
 * One hash per word of the body, words folded (accents, case and punctuation ignored): FNV-1a
 * of the folded word's units, hashed as the text is read, so no string is built per word and each
 * character is hashed once (not once per shingle it is part of).
 */
function wordHashes(body: string): Int32Array {
  // A word takes a unit and its separator; "½" folds to two words ("1 2"): grow when needed.
  let hashes = new Int32Array((body.length >> 1) + 8);
  let count = 0;
  let hash = FNV_OFFSET;
  let inWord = false;
  const endWord = () => {
    if (!inWord) return;
    if (count === hashes.length) {
      const grown = new Int32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[count++] = hash;
    hash = FNV_OFFSET;
    inWord = false;
  };
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    // ASCII first: most of a French release once its accents are off.
    if (unit < 0x80) {
      if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) hash = Math.imul(hash ^ unit, FNV_PRIME);
      else if (unit >= 0x41 && unit <= 0x5a) hash = Math.imul(hash ^ (unit + 0x20), FNV_PRIME);
      else {
        endWord();
        continue;
      }
      inWord = true;
      continue;
    }
    if ((unit >= 0xd800 && unit <= 0xdfff) || unit === SIGMA) return wordHashesOfWhole(body);
    const folded = foldedUnit(unit);
    for (let c = 0; c < folded.length; c++) {
      const char = folded.charCodeAt(c);
      if (char === 0x20) endWord();
      else {
        hash = Math.imul(hash ^ char, FNV_PRIME);
        inWord = true;
      }
    }
  }
  endWord();
  return count === hashes.length ? hashes : hashes.subarray(0, count);
}

/**
 * The body's word 5-shingles as a set: their hashes (int32, on folded words: accents, case and
 * punctuation ignored), sorted and without repeats. A typed array rather than a Set<number>: it is
 * built in a fraction of the time, and an extraction worker hands it to the writer as one block
 * of memory instead of a Set cloned entry by entry.
 */
export type ShingleSet = Int32Array;

export function shingles(body: string): ShingleSet {
  const words = wordHashes(body);
  const count = Math.max(0, words.length - SHINGLE_WORDS + 1);
  const hashes = new Int32Array(count);
  // A shingle's hash from its five words' hashes (a 4.7 KB body has ~700 shingles), mixed so that
  // nearby shingles do not give nearby values.
  for (let i = 0; i < count; i++) {
    let hash = FNV_OFFSET;
    for (let w = i; w < i + SHINGLE_WORDS; w++) hash = Math.imul(hash ^ words[w]!, FNV_PRIME);
    hashes[i] = mix32(hash);
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
  const signature = minHash(set);
  return { signature, bands: bandsOf(signature) };
}

const EMPTY = 0xffffffff;
const BIN_SHIFT = 32 - Math.log2(MINHASH_SIZE);

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012): each shingle is hashed once, the hash's top
 * bits choose one of MINHASH_SIZE bins and each bin keeps its smallest hash. Two sets agree on a
 * bin with probability their Jaccard similarity, as with MINHASH_SIZE separate hash functions, for
 * a 64th of the work (a 4.7 KB body: ~0.07 -> ~0.005 ms). A bin no shingle fell in (short bodies)
 * takes the value of the next filled bin, shifted by the distance, so both sets fill it alike
 * (densification by rotation, Shrivastava and Li 2014).
 */
function minHash(set: ShingleSet): Uint32Array {
  const bins = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (let k = 0; k < set.length; k++) {
    const value = mix32(set[k]!);
    const bin = value >>> BIN_SHIFT;
    if (value < bins[bin]!) bins[bin] = value;
  }
  const signature = bins.slice();
  for (let bin = 0; bin < MINHASH_SIZE; bin++) {
    if (bins[bin] !== EMPTY) continue;
    for (let distance = 1; distance < MINHASH_SIZE; distance++) {
      const filled = bins[(bin + distance) % MINHASH_SIZE]!;
      if (filled === EMPTY) continue;
      signature[bin] = mix32(filled + Math.imul(distance, 0x9e3779b9));
      break;
    }
  }
  return signature;
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
