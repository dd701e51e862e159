// Bytes -> string. Detects UTF-8 (with or without BOM), UTF-16 (BOM, or BOM-less by its NUL
// pattern) and Windows-1252/Latin-1 (bytes that are not valid UTF-8); respects a charset hint
// (HTTP header, <meta>) when it names a known charset that the bytes do not contradict.
// Node's TextDecoder("windows-1252") maps 0x80-0x9F to control characters: iconv-lite does not.
import { iconv } from "./lazy.js";

/** Input that is not a text release: one line saying why ("binary file (PDF), not a text release"). */
export class InputError extends Error {
  override name = "InputError";
}

export interface DecodedText {
  text: string;
  /** The encoding used: "utf-8", "utf-16le", "utf-16be", "windows-1252", or the hint's charset. */
  encoding: string;
  warnings: string[];
}

/** Magic numbers of formats people save by mistake instead of the release text. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: "ZIP/Office document", bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK.. (docx, xlsx, odt, zip)
  { name: "gzip", bytes: [0x1f, 0x8b] },
  { name: "old Word/Excel document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "RTF", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { name: "WebP/RIFF", bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF
];

const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true });

/** Charset names that mean "Windows-1252" in practice (WHATWG maps Latin-1 and ASCII to it). */
const CP1252_ALIASES = new Set([
  "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
  "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819",
]);

export function decodeBytes(bytes: Uint8Array, hint?: { charset?: string | null }): DecodedText {
  if (isBlank(bytes)) throw new InputError("empty file");
  const warnings: string[] = [];

  const bom = byteOrderMark(bytes);
  if (bom) {
    return finish(iconv().decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), bom.encoding, warnings);
  }

  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) throw new InputError(`binary file (${signature.name}), not a text release`);

  const utf16 = utf16ByNuls(bytes);
  if (utf16) {
    warnings.push(`no byte order mark: read as ${utf16.toUpperCase()} (NUL byte pattern)`);
    return finish(iconv().decode(Buffer.from(bytes), utf16), utf16, warnings);
  }
  if (bytes.includes(0)) throw new InputError("binary file (NUL bytes), not a text release");

  const utf8 = utf8Text(bytes); // null when the bytes are not valid UTF-8
  const hinted = canonicalCharset(hint?.charset);
  if (hint?.charset && !hinted) warnings.push(`unknown charset "${hint.charset}" ignored`);

  if (hinted && hinted !== "utf-8") {
    if (CP1252_ALIASES.has(hinted) && utf8 !== null && hasMultibyte(bytes)) {
      // A page labelled Latin-1 whose bytes are valid UTF-8 with accents is UTF-8 mislabelled.
      warnings.push(`charset "${hint!.charset}" declared but bytes are UTF-8: read as UTF-8`);
      return finish(utf8, "utf-8", warnings);
    }
    const encoding = CP1252_ALIASES.has(hinted) ? "windows-1252" : hinted;
    return finish(iconv().decode(Buffer.from(bytes), encoding), encoding, warnings);
  }
  if (utf8 !== null) return finish(utf8, "utf-8", warnings);

  warnings.push(
    hinted === "utf-8"
      ? `charset "${hint!.charset}" declared but bytes are not valid UTF-8: read as Windows-1252`
      : "not valid UTF-8: read as Windows-1252",
  );
  return finish(iconv().decode(Buffer.from(bytes), "windows-1252"), "windows-1252", warnings);
}

/** Rejects decoded text that is mostly control characters or undecodable bytes. */
/** Control characters (\p{Cc}) other than \t \n \f \r, and U+FFFD: what binary data decodes to. */
const NON_TEXT = /[\x00-\x08\x0B\x0E-\x1F\x7F-\x9F\uFFFD]/gu;

function finish(text: string, encoding: string, warnings: string[]): DecodedText {
  if (text.trim() === "") throw new InputError("empty file");
  // One scan for the rare non-text characters; characters (code points) are counted only when some are found.
  const bad = text.match(NON_TEXT)?.length ?? 0;
  let total = text.length;
  if (bad > 0) for (const ch of text) if (ch.length === 2) total--;
  if (bad / total > 0.1) throw new InputError(`binary file (${Math.round((100 * bad) / total)}% non-text characters), not a text release`);
  return { text, encoding, warnings };
}

function isBlank(bytes: Uint8Array): boolean {
  // ASCII whitespace and NULs only (a UTF-16 BOM alone counts as empty too).
  const start = byteOrderMark(bytes)?.length ?? 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x00) return false;
  }
  return true;
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", length: 2 };
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * BOM-less UTF-16: Latin text puts a NUL in every other byte (odd positions for LE: "Q\0u\0",
 * even for BE). Requires most pairs to carry a NUL on one side and almost none on the other.
 */
function utf16ByNuls(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  // No NUL in the window, no UTF-16: one native search spares counting most texts byte by byte.
  const firstNul = bytes.indexOf(0);
  if (firstNul === -1 || firstNul >= n) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > 0.4 * pairs && even < 0.05 * pairs) return "utf-16le";
  if (even > 0.4 * pairs && odd < 0.05 * pairs) return "utf-16be";
  return null;
}

/** The bytes read as UTF-8, or null when they are not valid UTF-8: one decode both tests and reads. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    return null;
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

/** Lower-case charset name that iconv-lite knows, "utf8" -> "utf-8"; null when unknown or absent. */
function canonicalCharset(charset: string | null | undefined): string | null {
  const name = charset?.trim().replace(/^["']|["']$/gu, "").toLowerCase();
  if (!name || !iconv().encodingExists(name)) return null;
  if (name === "utf8" || name === "utf-8" || name === "unicode-1-1-utf-8") return "utf-8";
  return name;
}
