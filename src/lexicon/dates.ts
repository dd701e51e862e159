// French date vocabulary for the dateline and release-date extractors: month names and
// their newswire abbreviations, province codes, publication and deadline cue words.
// Word lists and regex fragments only; the logic lives in src/extract/date.ts and dateline.ts.

/** Month spellings seen in French releases, abbreviations included, mapped to 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, "janv.": 1, janv: 1, "jan.": 1,
  février: 2, fevrier: 2, "févr.": 2, févr: 2, "fevr.": 2, "fév.": 2, "fev.": 2,
  mars: 3,
  avril: 4, "avr.": 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, "juill.": 7, juill: 7, "juil.": 7, juil: 7,
  août: 8, aout: 8,
  septembre: 9, "sept.": 9, sept: 9, "sep.": 9,
  octobre: 10, "oct.": 10, oct: 10,
  novembre: 11, "nov.": 11, nov: 11,
  décembre: 12, decembre: 12, "déc.": 12, déc: 12, "dec.": 12,
};

/** Full month names by number, the spelling chrono-node reads most reliably. */
export const MONTH_FULL_NAMES = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Longest first so that "juillet" wins over "juil.", "janv." over "jan.". */
const byLengthDesc = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/**
 * A month word: "décembre", "déc.", "juill.", "Sept.". Case-insensitive use expected; the
 * caller adds its own right boundary (a dotless abbreviation must not be followed by a letter).
 */
export const MONTH = `(?:${byLengthDesc(Object.keys(MONTHS)).map(escapeRegex).join("|")})`;

/** Weekday names: "le mercredi 6 août 2025". */
export const WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

// ---------- date expressions (used with the "u" flag) ----------

/** Horizontal space as it occurs in releases, NBSP and narrow NBSP included. */
export const SP = "[ \\t\\u00a0\\u202f]";

/** "1er", "9", "09", "31". */
export const DAY = "(?:1er|[12]\\d|3[01]|0?[1-9])";

/** A four-digit year of the releases' era: "2019", not "20190". */
export const YEAR = "(?:19|20)\\d{2}(?!\\d)";

/**
 * A day, a month word and a year, spaces possibly lost:
 * "9 déc. 2024", "11 avril2019", "1er mai 2024", "mercredi 6 août 2025", "30 janv. 2023".
 */
export const NAMED_DATE = `(?<!\\d)(?:${WEEKDAY}${SP}+)?${DAY}${SP}*${MONTH}(?![\\p{L}])${SP}*${YEAR}`;

/** A numeric date, day first as French writes it: "27/03/2023", "3/4/2024". */
export const NUMERIC_DATE = "(?<!\\d)(?:[12]\\d|3[01]|0?[1-9])\\/(?:1[0-2]|0?[1-9])\\/(?:19|20)\\d{2}(?!\\d)";

/** An ISO date, as web pages print their publication date: "Publié le 2025-09-16 à 11:45". */
export const ISO_DATE = "(?<!\\d)(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?!\\d)";

export const DATE_EXPR = `(?:${NAMED_DATE}|${NUMERIC_DATE}|${ISO_DATE})`;

/**
 * Province and territory codes as newswires write them after the city:
 * "OTTAWA, ON, le", "MONCTON, N.-B., le", "QUÉBEC, Qc, le".
 */
export const PROVINCE_CODES = [
  "QC", "Qc", "Qué.", "ON", "Ont.", "NB", "N.-B.", "NS", "N.-É.", "PE", "PEI", "Î.-P.-É.",
  "NL", "T.-N.-L.", "MB", "Man.", "SK", "Sask.", "AB", "Alb.", "BC", "C.-B.",
  "YT", "Yn", "NT", "T.N.-O.", "NU", "Nt",
] as const;

export const PROVINCE = `(?:${byLengthDesc(PROVINCE_CODES).map(escapeRegex).join("|")})`;

/**
 * The wire between slashes after the dateline date, captured as written:
 * "/CNW/", "/CNW Telbec/", "/ Newswire /", "/PRNewswire/".
 */
export const WIRE = String.raw`\/[ \t\u00a0]*([\p{L}][\p{L}\p{N} .&'’\-]{0,38}?)[ \t\u00a0]*\/`;

/**
 * Lines that state the page's own publication date: "Publié le 17 mars 2022",
 * "Publiée le 27/03/2023 à 11:43", "Mis en ligne le 3 mai 2024", "Date de publication : ...".
 * "Mis à jour le" is left out on purpose: pages list other articles with their update dates.
 */
export const PUBLISHED_CUE = String.raw`(?:Publi[ée]e?|Mis[e]? en ligne|Date de publication)(?:[ \t\u00a0]*:)?(?:[ \t\u00a0]+le)?`;

/**
 * Words that put a date in the future relative to the text: a deadline or an end of period
 * ("jusqu'au 17 septembre 2025", "d'ici le 31 mars", "avant le 1er mai", "au 31 mars 2019").
 */
export const FORWARD_CUE = String.raw`(?:jusqu['’]au|jusqu['’]à|d['’]ici(?:[ \t\u00a0]+(?:le|au))?|avant[ \t\u00a0]+le|au plus tard[ \t\u00a0]+le|date limite[ \t\u00a0]*:?[ \t\u00a0]*(?:le|du)?)`;

/** Particles that stay lowercase inside a city name: "Saint-Jean-sur-Richelieu". */
export const CITY_PARTICLES: ReadonlySet<string> = new Set([
  "de", "du", "des", "la", "le", "les", "sur", "en", "et", "aux", "au", "à", "d", "l", "sous", "lès",
]);
