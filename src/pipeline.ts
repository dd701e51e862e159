// Document -> record: the one place that calls the extractors, in order.
// Data flows one way: bytes -> text (decode, normalize) -> body mask -> extractors -> record.
import * as crypto from "node:crypto";
import { loadDocument } from "./input/load.js";
import { normalizeText } from "./text/normalize.js";
import { maskChrome } from "./text/body.js";
import { findAmounts } from "./extract/amounts.js";
import { findDateline } from "./extract/dateline.js";
import { findReleaseDate } from "./extract/date.js";
import { findMinisters } from "./extract/ministers.js";
import { findQuotes } from "./extract/quotes.js";
import { findPrograms } from "./extract/programs.js";
import { findRecipientMentions, recipientsOf } from "./extract/recipients.js";
import { findGrants } from "./extract/grants.js";
import { Release } from "./record.js";

/** A document as read: its name and its text, before normalisation. */
export interface TextDocument {
  source: string;
  text: string;
  /** A title the container gave (an HTML page's <title>, a feed item's title). */
  title?: string | null;
  /** A publication date the container gave (HTML meta, feed item), YYYY-MM-DD. */
  published?: string | null;
  warnings?: string[];
}

export interface ExtractOptions {
  /**
   * Leave out `text` (the text the extractors read, chrome blanked, same offsets) from the record.
   * The store keeps it as the release's body; printing drops it unless asked (--with-text).
   */
  withoutText?: boolean;
}

/**
 * sha256 of a string's UTF-8 bytes, in hex. crypto.hash (Node 20.12+) hashes in one call without
 * building a Hash object (~1/4 of contentId); older Node 20 releases lack it (a namespace import,
 * so a missing export is no link error).
 */
const sha256Hex: (s: string) => string = typeof crypto.hash === "function"
  ? (s) => crypto.hash("sha256", s, "hex")
  : (s) => crypto.createHash("sha256").update(s, "utf8").digest("hex");

/** Same body text, same id: sha256 of the body with whitespace collapsed. */
export function contentId(masked: string): string {
  // Same as replace(/\s+/gu, " "), touching only the runs that change: most are one plain space.
  // A run that changes opens on a blank other than a space, or on a space with more blanks after
  // it; without `u` (no blank is outside the BMP) the scan is ~15% faster.
  const body = masked.replace(/[^\S ]\s*| \s+/g, " ").trim();
  return sha256Hex(body);
}

/** Extracts a record from text; the record is validated against the schema before it is returned. */
export function extractText(doc: TextDocument, options: ExtractOptions = {}): Release {
  const normalized = normalizeText(doc.text);
  const text = normalized.text;
  const warnings = [...(doc.warnings ?? []), ...normalized.warnings];

  const body = maskChrome(text);
  const masked = body.text;
  // Digits and punctuation alone ("123 456 --- !!!") are no release either: a release has words.
  if (!/\p{L}/u.test(masked)) throw new ExtractError("no release text found (no words: only page chrome, digits or symbols)");

  const dateline = findDateline(masked);
  const date = findReleaseDate({ text, masked, pageDate: body.pageDate ?? null, dateline });
  let releaseDate = date.date;
  let dateSource = date.source;
  if (!releaseDate && doc.published) {
    releaseDate = doc.published;
    dateSource = "page";
  }

  const money = findAmounts(masked);
  warnings.push(...money.warnings);
  const amounts = money.amounts;
  const ministers = findMinisters(masked);
  const quotes = findQuotes(masked, ministers);
  const programs = findPrograms(masked);
  const mentions = findRecipientMentions(masked, { amounts, programs }); // read once, for recipients and grants
  const recipients = recipientsOf(mentions);
  const grants = findGrants(masked, { amounts, recipients, programs, mentions });

  const record: Release = {
    id: contentId(masked),
    source: doc.source,
    title: body.title ?? doc.title ?? null,
    date: releaseDate,
    date_source: dateSource,
    dateline: dateline ? { city: dateline.city, province: dateline.province } : null,
    wire: dateline?.wire ?? null,
    amounts,
    ministers,
    recipients,
    programs,
    grants,
    quotes,
    warnings,
    ...(options.withoutText ? {} : { text: masked }),
  };
  return Release.parse(record);
}

/** A document as bytes (a file, a download, a feed item's page). */
export interface ByteDocument {
  source: string;
  bytes: Uint8Array;
  /** HTTP Content-Type, when the bytes came from the web. */
  contentType?: string | null;
}

/** Bytes -> text (decoding, HTML to text) -> record. */
export async function extractDocument(doc: ByteDocument, options: ExtractOptions = {}): Promise<Release> {
  return extractText(await loadDocument(doc), options);
}

/** Input that holds no release: one clear cause, reported per input. */
export class ExtractError extends Error {
  override name = "ExtractError";
}
