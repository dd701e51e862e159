// The release's own date. Sources, strongest first: the CNW dateline ("JOLIETTE, QC, le 9 déc.
// 2024 /CNW/ -"), a publication line ("Publié le 17 mars 2022"), the page header's date line,
// the leading " date YYYY-MM " metadata token, and as a last resort a deictic date in the body
// ("depuis ce 6 août"). Deadlines and other dates of the body are never the release date.
// Our regexes find small candidate spans and read the ones they found ("9 déc. 2024",
// "27/03/2023", "6 août"); any other span goes to chrono-node's French parser, loaded then.
// Why not chrono for all: ~0.2 ms per date, ~10 ms for its first, and ~90 KB of code to load.
import { createRequire } from "node:module";
import {
  DATE_EXPR, DAY, FORWARD_CUE, MONTH, MONTH_FULL_NAMES, MONTHS, NAMED_DATE, PUBLISHED_CUE, SP, WEEKDAY,
} from "../lexicon/dates.js";
import type { Dateline } from "./dateline.js";
// dateline.ts calls readFrenchDate from here: a cycle of functions only, safe because both modules'
// top levels use nothing but the lexicon. Keep shared patterns in the lexicon.
import { findDateline } from "./dateline.js";

export type DateSource = "dateline" | "published" | "prefix" | "page" | "text";

export interface ReleaseDate {
  /** "YYYY-MM-DD", or "YYYY-MM" when only the month is known, or null. */
  date: string | null;
  source: DateSource | null;
  /** Offsets [start, end) of the date expression that gave the date. */
  start: number | null;
  end: number | null;
}

/** What a date expression says; a field is null when the text does not state it. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

export interface ReleaseDateInput {
  /** The normalized document. */
  text: string;
  /** The same text with page chrome replaced by spaces (same length). */
  masked: string;
  /** The page header's standalone date line, when the chrome reader found one; undefined: not looked for. */
  pageDate?: { start: number; end: number } | null;
  /** The dateline, when the caller already looked for it (findDateline(masked)); undefined: not looked for. */
  dateline?: Dateline | null;
}

// ---------- candidate patterns ----------

/** "date 2024-12" at the very start of the text (a crawler's metadata, month only). */
const PREFIX_TOKEN = /^[ \t]*date[ \t]+((?:19|20)\d{2})-(0[1-9]|1[0-2])(?=[ \t\n]|$)/u;

/**
 * A publication line: the cue at a line start or after a "|" separator, then the date.
 * "Publié le 17 mars 2022", " Publié le 27/03/2023 à 11:43", "Par Salle | Publié le 3 mai 2024".
 * The newline or separator is matched, not looked behind at every position (the scan runs about
 * twice as fast); nothing reads where the match starts, only its end and the date.
 */
const PUBLISHED_LINE = new RegExp(
  `(?:^|[\\n|•])${SP}*${PUBLISHED_CUE}${SP}*(?:${WEEKDAY}${SP}*,?${SP}*)?(${DATE_EXPR})`,
  "giu",
);

/** A date alone on its line (a page header's widget): "22 août 2020", "Mercredi 3 mai 2024 | 09h00". */
const DATE_LINE = new RegExp(
  `^${SP}*(${DATE_EXPR})${SP}*(?:(?:à|[|,-])?${SP}*\\d{1,2}${SP}*(?:h|:)${SP}*\\d{0,2})?${SP}*$`,
  "iu",
);

/**
 * A deictic date without a year, pointing at the days of the news: "depuis ce 6 août",
 * "ce mercredi 6 août". "le 15 juillet dernier" and "janvier prochain" are not deictic.
 */
const DEICTIC_DATE = new RegExp(
  `(?<![\\p{L}])ce${SP}+(?:${WEEKDAY}${SP}+)?(${DAY}${SP}+${MONTH})(?![\\p{L}])(?!${SP}*\\d)`,
  "giu",
);

/** A deadline with its year: "jusqu'au 17 septembre 2025", "d'ici le 31 mars 2026". */
const FORWARD_DATE = new RegExp(`(?<![\\p{L}])${FORWARD_CUE}${SP}*(${NAMED_DATE})`, "giu");

const MONTH_WORD = new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])`, "giu");

// ---------- reading one date expression ----------

/** Rewrites a span so that chrono reads it: spaces restored, months spelled in full. */
export function normalizeDateText(span: string): string {
  return span
    .replace(/[\t\u00a0\u202f]/gu, " ")
    .replace(/(\p{L})(\d)/gu, "$1 $2") // "le11" -> "le 11"
    .replace(/(\d)(?!er(?![\p{L}]))(\p{L})/gu, "$1 $2") // "11avril" -> "11 avril", "1er" kept
    .replace(MONTH_WORD, (word) => {
      const month = MONTHS[word.toLowerCase()];
      return month ? MONTH_FULL_NAMES[month - 1] : word;
    });
}

/**
 * A date in the shapes our candidate patterns find, spaces possibly lost: "9 déc. 2024",
 * "le11 avril2019", "lundi 9 décembre 2024", "6 août", "27/03/2023".
 */
const SIMPLE_NAMED_DATE = new RegExp(
  `^(?:le${SP}*)?(?:${WEEKDAY}${SP}+)?(${DAY})${SP}*(${MONTH})(?![\\p{L}])(?:${SP}*((?:19|20)\\d{2}))?$`,
  "u",
);
const SIMPLE_NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})$/u;
const SIMPLE_ISO_DATE = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/u;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Reads a span of SIMPLE_NAMED_DATE or SIMPLE_NUMERIC_DATE as chrono does (an impossible day
 * such as "31 sept." reads nothing); undefined for any other span, and for "29 février" without
 * a year (chrono's answer depends on the year it implies).
 */
function readSimpleDate(span: string): DateParts | null | undefined {
  const lower = span.toLowerCase();
  let day: number;
  let month: number | undefined;
  let year: number | null;
  const named = SIMPLE_NAMED_DATE.exec(lower);
  if (named) {
    day = named[1] === "1er" ? 1 : Number(named[1]);
    month = MONTHS[named[2]!];
    year = named[3] === undefined ? null : Number(named[3]);
  } else {
    const numeric = SIMPLE_NUMERIC_DATE.exec(span);
    const iso = numeric ? null : SIMPLE_ISO_DATE.exec(span);
    if (!numeric && !iso) return undefined;
    [day, month, year] = numeric ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])] : [Number(iso![3]), Number(iso![2]), Number(iso![1])];
    if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  }
  if (month === undefined) return undefined;
  if (year === null && month === 2 && day === 29) return undefined;
  const last = month === 2 && year !== null && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day > last ? null : { year, month, day };
}

/**
 * Reads one French date expression ("9 déc. 2024", "le11 avril2019", "27/03/2023", "6 août").
 * Only what the text states is returned: no implied year or day.
 */
export function readFrenchDate(span: string): DateParts | null {
  const simple = readSimpleDate(span);
  return simple === undefined ? readWithChrono(span) : simple;
}

const load = createRequire(import.meta.url);
let chronoFr: typeof import("chrono-node/fr") | undefined;

/** readFrenchDate by chrono-node's French parser: for spans of other shapes, and the reference in tests. */
export function readWithChrono(span: string): DateParts | null {
  chronoFr ??= load("chrono-node/fr") as typeof import("chrono-node/fr");
  const [result] = chronoFr.parse(normalizeDateText(span), new Date(2000, 0, 1), { forwardDate: false });
  if (!result || !result.start.isCertain("month")) return null;
  const { start } = result;
  return {
    year: start.isCertain("year") ? start.get("year") : null,
    month: start.get("month")!,
    day: start.isCertain("day") ? start.get("day") : null,
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "2024-12-09", "2024-12" when the day is not known, null without a year. */
export function formatDateParts(parts: DateParts): string | null {
  if (parts.year === null) return null;
  const month = `${parts.year}-${pad(parts.month)}`;
  return parts.day === null ? month : `${month}-${pad(parts.day)}`;
}

// ---------- the sources, one function each ----------

const NONE: ReleaseDate = { date: null, source: null, start: null, end: null };

function fromDateline(masked: string, known: Dateline | null | undefined): ReleaseDate | null {
  const dateline = known === undefined ? findDateline(masked) : known;
  if (!dateline?.date || dateline.dateStart === null || dateline.dateEnd === null) return null;
  return { date: dateline.date, source: "dateline", start: dateline.dateStart, end: dateline.dateEnd };
}

function fromPublishedLine(masked: string): ReleaseDate | null {
  for (const match of masked.matchAll(PUBLISHED_LINE)) {
    const span = match[1];
    const date = readDateWithYear(span);
    if (!date) continue;
    const start = match.index + match[0].length - span.length;
    return { date, source: "published", start, end: start + span.length };
  }
  return null;
}

function fromPageDate(text: string, pageDate: { start: number; end: number }): ReleaseDate | null {
  const line = text.slice(pageDate.start, pageDate.end);
  const match = new RegExp(DATE_EXPR, "iu").exec(line);
  const date = match ? readDateWithYear(match[0]) : null;
  if (!match || !date) return null;
  const start = pageDate.start + match.index;
  return { date, source: "page", start, end: start + match[0].length };
}

/**
 * When no chrome reader looked for the page date: a date alone on its line, in the page header,
 * i.e. before the first paragraph of running text. Dates listed under the body are never read.
 */
export function findHeaderDateLine(text: string): { start: number; end: number } | null {
  let offset = 0;
  for (const line of text.split("\n")) {
    if (isRunningText(line)) return null;
    const match = DATE_LINE.exec(line);
    if (match) {
      const start = offset + line.indexOf(match[1]);
      return { start, end: start + match[1].length };
    }
    offset += line.length + 1;
  }
  return null;
}

/** A paragraph of the body rather than a menu item, a title or a widget. */
function isRunningText(line: string): boolean {
  const words = line.trim().split(/\s+/u).filter(Boolean).length;
  return words >= 25 || (words >= 12 && /[.!?»:]\s*$/u.test(line));
}

function fromPrefixToken(text: string): ReleaseDate | null {
  const match = PREFIX_TOKEN.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length - 7;
  return { date: `${match[1]}-${match[2]}`, source: "prefix", start, end: start + 7 };
}

/**
 * Last resort: a deictic date of the news ("depuis ce 6 août") gives the month; its year comes
 * from a deadline in the same paragraph ("jusqu'au 17 septembre 2025"), which lies after it.
 * Only the month is returned: the deictic day is an event of the news, not the publication day.
 */
function fromDeicticDate(masked: string): ReleaseDate | null {
  for (const match of masked.matchAll(DEICTIC_DATE)) {
    const parts = readFrenchDate(match[1]);
    if (!parts) continue;
    const year = yearFromDeadline(masked, match.index, parts.month);
    if (year === null) continue;
    const start = match.index + match[0].length - match[1].length;
    return { date: `${year}-${pad(parts.month)}`, source: "text", start, end: start + match[1].length };
  }
  return null;
}

function yearFromDeadline(masked: string, at: number, month: number): number | null {
  const paragraphStart = masked.lastIndexOf("\n", at) + 1;
  const paragraphEnd = masked.indexOf("\n", at) === -1 ? masked.length : masked.indexOf("\n", at);
  const paragraph = masked.slice(paragraphStart, paragraphEnd);
  for (const deadline of paragraph.matchAll(FORWARD_DATE)) {
    const parts = readFrenchDate(deadline[1]);
    if (!parts || parts.year === null) continue;
    // A deadline within the year after the news: same year unless the deadline's month comes first.
    return parts.month >= month ? parts.year : parts.year - 1;
  }
  return null;
}

function readDateWithYear(span: string): string | null {
  const parts = readFrenchDate(span);
  return parts ? formatDateParts(parts) : null;
}

/**
 * The release's own date, with where it was read. Precedence: dateline > publication line >
 * page header date > leading "date YYYY-MM" token > a deictic date of the body > null.
 */
export function findReleaseDate(input: ReleaseDateInput): ReleaseDate {
  const { text, masked, pageDate } = input;
  const pageSpan = pageDate === undefined ? findHeaderDateLine(text) : pageDate;
  return (
    fromDateline(masked, input.dateline) ??
    fromPublishedLine(masked) ??
    (pageSpan ? fromPageDate(text, pageSpan) : null) ??
    fromPrefixToken(text) ??
    fromDeicticDate(masked) ??
    NONE
  );
}
