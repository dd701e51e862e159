// Accent- and case-insensitive text for matching: "Alliance Métal Québec" -> "alliance metal quebec".
// The same function runs in JS (on the user's filter) and in SQL (registered as fold(text)).

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/gu;
const MARKS = /\p{M}+/gu;
const SPACES = /[\s\u00A0\u202F]+/gu;

/** Removes diacritics, lowercases, unifies apostrophes and spaces; "Cœur d’Élan" -> "coeur d'elan". */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/œ/gu, "oe")
    .replace(/æ/gu, "ae")
    .replace(APOSTROPHES, "'")
    .replace(SPACES, " ");
}

/** The words of a user's filter, folded; split on spaces only so "%" or "'; DROP" stay literal text. */
export function filterWords(filter: string): string[] {
  return fold(filter).split(" ").filter((word) => word.length > 0);
}

/** A LIKE pattern that matches `word` anywhere, with %, _ and \ escaped (use with ESCAPE '\'). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** A safe FTS5 query: every word becomes a quoted phrase (implicit AND); a trailing * keeps prefix search. */
export function ftsQuery(search: string): string | null {
  const phrases = search
    .split(/[\s\u00A0\u202F]+/u)
    .filter((word) => word.length > 0)
    .map((word) => {
      const prefix = word.length > 1 && word.endsWith("*");
      const bare = prefix ? word.slice(0, -1) : word;
      return `"${bare.replace(/"/gu, '""')}"${prefix ? "*" : ""}`;
    });
  return phrases.length > 0 ? phrases.join(" ") : null;
}
