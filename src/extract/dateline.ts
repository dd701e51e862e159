// The newswire opening of a release: city, province code, date and wire.
// "JOLIETTE, QC, le 9 déc. 2024 /CNW/ - ", "QUÉBEC, le11 avril2019 /CNW Telbec/ - ",
// "MONTRÉAL et QUÉBEC, le 6 août 2024 /CNW/ - ", "GATINEAU, QC, le 3 mai 2024 - ".
// The date part is found by our pattern, then read by readFrenchDate (date.ts).
import { CITY_PARTICLES, NAMED_DATE, PROVINCE, SP, WEEKDAY, WIRE } from "../lexicon/dates.js";
import { formatDateParts, readFrenchDate } from "./date.js";

export interface Dateline {
  /** In normal capitalisation: "Salaberry-de-Valleyfield", "Montréal et Québec". */
  city: string;
  /** The code as written ("QC", "ON", "N.-B."), or null. */
  province: string | null;
  /** As written between the slashes ("CNW", "CNW Telbec"), or null. */
  wire: string | null;
  /** "YYYY-MM-DD" (or "YYYY-MM"), or null when the date cannot be read. */
  date: string | null;
  /** Offsets [start, end) of the whole dateline, from the city to the dash. */
  start: number;
  end: number;
  /** Offsets of the date expression inside it ("9 déc. 2024"). */
  dateStart: number | null;
  dateEnd: number | null;
}

/** A dash that closes the dateline: "-", "–", "—". */
const DASH = "[-\\u2013\\u2014]";

/**
 * Everything after the city: ", QC, le 9 déc. 2024 /CNW/ -", ", le11 avril2019 /CNW Telbec/ -",
 * ", ON, le 3 mai 2024 -". The closing dash, or a wire, is required: "QUÉBEC, le 3 mai 2024, la
 * ministre" inside a sentence is not a dateline.
 */
const DATELINE_TAIL = new RegExp(
  `,${SP}*(?:(${PROVINCE})${SP}*,${SP}*)?(?:[Ll]e${SP}*)?(${NAMED_DATE})` +
    `(?:${SP}*${WIRE}(?:${SP}*${DASH})?|${SP}*${DASH})`,
  "gu",
);

/** What may precede the city on its line: nothing, or the crawler's " date 2024-12 " token. */
const LINE_START = /^[ \t\u00a0]*(?:date[ \t]+\d{4}-\d{2}[ \t\u00a0]+)?$/u;

const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`, "iu");

/** "SAINT-MATHIEU-DE-RIOUX", "MONTRÉAL et QUÉBEC": a name longer than this is running text. */
const MAX_CITY_WORDS = 8;
const MAX_CITY_WORD_LENGTH = 30;

/** Words and the separators between them, read backwards from the comma. */
const CITY_TOKEN = /[\p{L}'’.]+|[ \-]/gu;

/**
 * Finds the first newswire dateline of the text. The city is read backwards from the comma:
 * at a line start any capitalised name is accepted ("Québec, le ..."); after other words on the
 * same line only an upper-case name is ("... TROIS-RIVIÈRES, QC, le ...").
 */
export function findDateline(text: string): Dateline | null {
  // An exec loop, not matchAll: matchAll copies the pattern on every call, and most texts hold no dateline.
  DATELINE_TAIL.lastIndex = 0;
  for (let tail = DATELINE_TAIL.exec(text); tail; tail = DATELINE_TAIL.exec(text)) {
    const lineStart = text.lastIndexOf("\n", tail.index) + 1;
    const city = cityBefore(text.slice(lineStart, tail.index));
    if (!city) continue;
    const dateSpan = tail[2];
    const dateStart = tail.index + tail[0].indexOf(dateSpan);
    const parts = readFrenchDate(dateSpan);
    return {
      city: normalizeCityCase(city.name),
      province: tail[1] ?? null,
      wire: tail[3]?.trim() || null,
      date: parts ? formatDateParts(parts) : null,
      start: lineStart + city.offset,
      end: tail.index + tail[0].length,
      dateStart,
      dateEnd: dateStart + dateSpan.length,
    };
  }
  return federalDateline(text);
}

/**
 * The Government of Canada's opening line: "Le 9 juillet 2024 – Gatineau (Québec) – Emploi et
 * Développement social Canada", the dashes sometimes lost to runs of blanks; no wire.
 */
const FEDERAL_DATELINE = new RegExp(
  `^[ \\t\\u00a0]*(?:[Ll]e${SP}+)?(${NAMED_DATE})${SP}*(?:${DASH}|${SP}{2,})${SP}*` +
    `(\\p{Lu}[\\p{L}'’.\\- ]{1,40}?)${SP}*\\((\\p{Lu}[\\p{L}.\\- ]{1,30}?)\\)${SP}*(?:${DASH}|${SP}{2,}|$)`,
  "mu",
);

/** The same, the place first: "Drummondville (Québec), le 2 octobre 2024 — Quatre municipalités …" (Canada.ca pages). */
const FEDERAL_DATELINE_PLACE_FIRST = new RegExp(
  `^[ \\t\\u00a0]*(\\p{Lu}[\\p{L}'’.\\-]{1,40}(?: [\\p{L}'’.\\-]{1,40}){0,4})${SP}*\\((\\p{Lu}[\\p{L}.\\-]{1,30}(?: [\\p{L}.\\-]{1,30}){0,2})\\)${SP}*,${SP}*` +
    `(?:[Ll]e${SP}+)?(${NAMED_DATE})${SP}*${DASH}`,
  "mu",
);

function federalDateline(text: string): Dateline | null {
  const m = FEDERAL_DATELINE.exec(text);
  if (m) return federalMatch(m, m[1]!, m[2]!, m[3]!, m[0].indexOf(m[1]!));
  const p = FEDERAL_DATELINE_PLACE_FIRST.exec(text);
  return p ? federalMatch(p, p[3]!, p[1]!, p[2]!, p[0].lastIndexOf(p[3]!)) : null;
}

/** The dateline a federal opening `m` gives: its date's text (at `dateOffset` in the match), its city and province. */
function federalMatch(m: RegExpExecArray, date: string, city: string, province: string, dateOffset: number): Dateline {
  const dateStart = m.index + dateOffset;
  const parts = readFrenchDate(date);
  return {
    city: city.trim(),
    province: province.trim(),
    wire: null,
    date: parts ? formatDateParts(parts) : null,
    start: m.index,
    end: m.index + m[0].length,
    dateStart,
    dateEnd: dateStart + date.length,
  };
}

/** The city name that ends `before` (the line up to the comma), with its offset in it. */
function cityBefore(before: string): { name: string; offset: number } | null {
  const tokens = [...before.matchAll(CITY_TOKEN)];
  // Walk back over capitalised words, particles and single separators, up to the line start.
  let first = tokens.length;
  let expectWord = true;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 2 * MAX_CITY_WORDS; i--) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (expectWord) {
      if (!isCityWord(token[0]) || token[0].length > MAX_CITY_WORD_LENGTH) break;
      if (next === undefined && token.index + token[0].length !== before.length) break;
      first = i;
    } else if (!/^[ \-]$/u.test(token[0]) || token.index + token[0].length !== next.index) break;
    expectWord = !expectWord;
  }
  // A name starts and ends with a capitalised word, never with a particle.
  while (first < tokens.length && !startsUpper(tokens[first][0])) first += 2;
  if (first >= tokens.length) return null;
  const offset = tokens[first].index;
  const name = before.slice(offset);
  if (WEEKDAY_ONLY.test(name)) return null;
  if (LINE_START.test(before.slice(0, offset))) return { name, offset };
  return upperCaseTail(before, tokens.slice(first));
}

/** After other words on the line: only the trailing upper-case name ("MONTRÉAL et QUÉBEC"). */
function upperCaseTail(before: string, tokens: RegExpMatchArray[]): { name: string; offset: number } | null {
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 2 * MAX_CITY_WORDS; i -= 2) {
    const word = tokens[i][0];
    const isUpper = word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
    if (!isUpper && !(word === "et" && first < tokens.length)) break;
    first = i;
  }
  while (first < tokens.length && tokens[first][0] === "et") first += 2;
  if (first >= tokens.length) return null;
  return { name: before.slice(tokens[first].index), offset: tokens[first].index! };
}

const startsUpper = (word: string): boolean => /^\p{Lu}/u.test(word);

function isCityWord(word: string): boolean {
  return startsUpper(word) || CITY_PARTICLES.has(word) || /^[dl]['’]\p{Lu}/u.test(word);
}

/**
 * Normal capitalisation of a city written in capitals: "SALABERRY-DE-VALLEYFIELD" ->
 * "Salaberry-de-Valleyfield", "L'ASSOMPTION" -> "L'Assomption", "BAIE-D'URFÉ" -> "Baie-d'Urfé".
 * A name already in mixed case ("Saint-Jean-sur-Richelieu") is kept as written.
 */
export function normalizeCityCase(city: string): string {
  const words = city.split(/([ \-'’])/u);
  const significant = words.filter((w, i) => i % 2 === 0 && !CITY_PARTICLES.has(w));
  if (significant.some((w) => w !== w.toUpperCase())) return city;
  return words
    .map((word, i) => {
      if (i % 2 === 1) return word;
      const lower = word.toLowerCase();
      if (i > 0 && CITY_PARTICLES.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}
