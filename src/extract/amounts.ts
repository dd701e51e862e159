// Money amounts in French release text: "686 139 $", "2,3 millions de dollars", "4,5 M$", "1 G$",
// "$ 75 millions", "un demi-million de dollars", "entre 2 et 3 M$", "plus de 10 000 euros".
// Candidates come from two scans (numbers in digits, currency words preceded by number words);
// refiners then drop overlaps, keep a bare "N millions" only in a money context, pair range ends
// and read the qualifier before each amount.
import type { Amount, Qualifier } from "../record.js";
import {
  APOS, LONG_MULTIPLIER, LONG_MULTIPLIERS, MONEY_NOUNS, MONEY_PARTICIPLES, MONEY_VERB_STEMS,
  NUMBER_WORDS, PREFIX_CURRENCIES, QUALIFIERS, SHORT_MULTIPLIER, SHORT_MULTIPLIERS, SP,
  SUFFIX_CURRENCIES, WORD_START, alternation, type CurrencyForm,
} from "../lexicon/money.js";

export interface AmountsResult {
  amounts: Amount[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Pattern parts
// ---------------------------------------------------------------------------------------------

/** A number starts where no other number, "COVID-19" or "2023-04" (date token) ends. */
const NUMBER_START = "(?<!\\p{N})(?<!\\p{N}[.,])(?<!\\p{L}-)(?<!\\p{N}{4}[-‑–])";
/** "2 952 412", "250 000", "2 952412" (a lost space), "94.000", "125.000,50", "10 000,00". */
const GROUPED = `[1-9]\\d{0,2}(?:[ \\u00A0\\u202F\\u2009.]\\d{3}(?:\\d{3})?)+(?:,\\d+|\\.\\d{1,2}(?!\\d))?`;
/** "1,250,000" (English thousands slipped into French text): two comma groups or more, never a decimal comma. */
const COMMA_GROUPED = `[1-9]\\d{0,2}(?:,\\d{3}){2,}(?:\\.\\d{1,2})?(?!\\d|,\\d)`;
/** "250000", "2,3", "12,345" (French decimal comma: 12.345), "0,50", "2.5". */
const PLAIN = "\\d+(?:[.,]\\d+)?";
const DIGITS = `${NUMBER_START}(?:${GROUPED}|${COMMA_GROUPED}|${PLAIN})(?!\\p{N})`;

/** "millions", "milliard", "demi-million", "3 millions et demi"; or "M"/"G"/"k" before a sign. */
const MULTIPLIER =
  `${LONG_MULTIPLIER}(?![\\p{L}])(?:${SP}+et${SP}+demie?(?![\\p{L}]))?` +
  `|${SHORT_MULTIPLIER}(?=${SP}?(?:\\$|€|£|(?:usd|cad|eur)(?![\\p{L}])))`;
/** Between a multiplier and its currency: "millions de dollars", "millions d'euros", "M$", "M $". */
const CONNECTOR = `(?:${SP}+de${SP}+|${SP}*d${APOS}${SP}*|${SP}*)`;

const group = (forms: readonly CurrencyForm[]): string => forms.map((f) => `(?:${f.pattern})`).join("|");
const SUFFIX_CURRENCY = group(SUFFIX_CURRENCIES);
const PREFIX_CURRENCY = `(?<![\\p{L}])(?:${group(PREFIX_CURRENCIES)})`;

/**
 * Every number, with what follows it: a currency ("2,3 M$", "75 millions de dollars", "250 000$",
 * "1 000 EUR"), a bare "28 millions" (kept only in a money context), or nothing (then a currency
 * written before it may make it money: "$ 75 millions", "USD1,23"). One global pass; the
 * currency-before check runs only at numbers, which keeps the scan fast.
 */
const NUMBER_AMOUNT = new RegExp(
  // The currency list appears once (each of its [\p{L}] costs compile time at the first release):
  // a currency after a multiplier and its connector, or right after the number; else a bare
  // multiplier. No currency can start where a multiplier does, so this is the same as
  // "multiplier (connector currency)? | currency", tried in that order.
  `(?<num>${DIGITS})(?:(?:${SP}*(?<mult>${MULTIPLIER})${CONNECTOR}|${SP}*)(?<cur>${SUFFIX_CURRENCY})` +
    `|${SP}*(?<mult2>${MULTIPLIER}))?`,
  "gu",
);
/** Currency just before a number: "$ 75", "$10", "USD1,23", "EUR 20", "cad$ 15", "€20". */
const PREFIX_BEFORE = new RegExp(`(?:${PREFIX_CURRENCY})${SP}?$`, "u");
const PREFIX_LOOKBACK = 16;
const YEAR_RANGE_AFTER = /^(?:19|20)\d\d[-‑–]\d/u;
/** After a currency-first number: "$ 75 millions", "$10k". */
const PREFIX_MULT_AFTER = new RegExp(
  `${SP}*(?:${LONG_MULTIPLIER}(?![\\p{L}])|${SHORT_MULTIPLIER}(?![\\p{L}\\p{N}]))`,
  "uy",
);

/** French number words, each a whole word: "cinq", "quatre-vingt", "deux cent mille". */
const wordList = (exclude: string[] = []): string =>
  Object.keys(NUMBER_WORDS).filter((w) => !exclude.includes(w)).sort((a, b) => b.length - a.length).join("|");
const numberWords = (list: string): string =>
  `${WORD_START}(?:${list})(?![\\p{L}])(?:(?:${SP}+|-)(?:et(?:${SP}+|-))?(?:${list})(?![\\p{L}]))*`;
const NUMBER_WORDS_RE = numberWords(wordList());
/** Number words for cents: "quarante-cinq" (without "cent", read there as the coin). */
const CENT_WORDS_RE = numberWords(wordList(["cent", "cents", "mille"]));

/**
 * Amounts in words end with a currency: "cinq millions de dollars", "un demi-million de dollars",
 * "dix dollars". The scan finds currency words (rare), then reads the words before them. The
 * anchor spells case out and stays short (no `i` flag, few words): it runs over the whole text
 * and is several times faster so. Word amounts in other currencies are not read.
 */
const CURRENCY_ANCHOR = /[$€£¥]|[dD](?:ollar|OLLAR)|[eE](?:uro|URO)|[yY]en|USD|CAD|EUR/g;
const CURRENCY_AT = new RegExp(`(?:${SUFFIX_CURRENCY})`, "uy");
const WORDS_BEFORE = new RegExp(
  // "trois millions deux cent cinquante mille dollars": millions (or billions) before the rest
  `(?:(?<hwords>${NUMBER_WORDS_RE})[-${SP.slice(1, -1)}]+(?<hmult>millions?|milliards?)${SP}+(?:et${SP}+)?)?` +
    `(?<words>${NUMBER_WORDS_RE})` +
    `(?:[-${SP.slice(1, -1)}]+(?<wmult>${LONG_MULTIPLIER}(?![\\p{L}])(?:${SP}+et${SP}+demie?(?![\\p{L}]))?))?` +
    `${CONNECTOR}$`,
  "u",
);
const WORDS_LOOKBACK = 80;

/** The article "un"/"une" alone as the number; after the currency word, "par" makes a rate. */
const ONE_UNIT = /^(?:un|une)$/iu;
const RATE_AFTER = /^[ \u00A0\u202F]+par(?![\p{L}])/u;

/** Cents after a currency word: "15 dollars et 15 cents", "1 USD 23 cents", "15 dollars 50". */
const CENTS_AFTER = new RegExp(
  `${SP}+(?:et${SP}+)?(?:(?<cdigits>\\d{1,2})(?!\\p{N})|(?<cwords>${CENT_WORDS_RE}))(?:${SP}*(?<coin>cents?|centimes?)(?![\\p{L}]))?`,
  "uy",
);
/** Cents without "cents" must close the phrase: "15 dollars 50." but not "500 dollars 2 fois". */
const PHRASE_END = /^[ \u00A0\u202F]*[.;,!?)]/u;

const QUALIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?<over>${alternation(QUALIFIERS.over)})|(?<about>${alternation(QUALIFIERS.about)})` +
    `|(?<up_to>${alternation(QUALIFIERS.up_to)})|(?<under>${alternation(QUALIFIERS.under)}))${SP}*$`,
  "u",
);
const LOOKBACK = 48;

/** Low end of a range before an amount: "entre 2 et", "de 15 000 à", "entre 30 millions et", "10 -". */
const RANGE_LOW = new RegExp(
  `(?:(?<![\\p{L}])(?<kw>entre|de|d${APOS})${SP}*)?(?<low>${DIGITS})` +
    `(?:${SP}*(?<lmult>${LONG_MULTIPLIER})(?![\\p{L}]))?${SP}*(?<conn>et|à|au|-|–)${SP}*$`,
  "u",
);
/** Between two amounts of one range: "entre 10 euro et 20 euro", "de 500 000 $ à 1 M$". */
const RANGE_JOIN = new RegExp(`^${SP}*(?<conn>et|à|au|-|–)${SP}*$`, "u");
const RANGE_OPEN = new RegExp(`(?<![\\p{L}])(?<kw>entre|de|d${APOS})${SP}*$`, "u");
/** The connector that ends a range's low end: "30 millions et" -> "30 millions". */
const RANGE_CONNECTOR_END = new RegExp(`${SP}*(?:et|à|au|-|–)${SP}*$`, "u");
/** The number a candidate starts with: "2 500 000" of "2 500 000 $". */
const NUMBER_AT = /[\d \u00A0\u202F\u2009.,]*\d/uy;

/** A bare "N millions" is money after "un montant de", "une enveloppe globale de", "investit". */
const MONEY_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:${MONEY_NOUNS.join("|")})s?(?:${SP}+[\\p{L}'’-]+){0,3}?${SP}+` +
    `(?:de|d${APOS}|à|totalis\\p{L}*|atteign\\p{L}*|atteint|atteindr\\p{L}*|représent\\p{L}*` +
    `|s${APOS}él[eè]v\\p{L}*${SP}+à|(?:évalué|estimé)e?s?${SP}+à)` +
    `|(?<![\\p{L}])(?:${MONEY_VERB_STEMS.join("|")})\\p{L}*(?:${SP}+(?:de|d${APOS}|à))?)${SP}*$`,
  "u",
);
/** ... or before "ont été remis", "seront investis", ", consacré", "déjà prévus". */
const MONEY_AFTER = new RegExp(
  `^[\\s,]*(?:(?:ont|a|avaient|avait|auront|aura|seront|sera|sont|est|étaient|était)\\s+)?` +
    `(?:(?:aussi|déjà|également|ainsi|donc|notamment|ensuite|récemment)\\s+)?(?:été\\s+)?` +
    `(?:${MONEY_PARTICIPLES.join("|")})(?:e|s|es)?(?![\\p{L}])`,
  "u",
);
/** "1,2 million de véhicules", "3 millions d'habitants": a noun follows, not money. */
const NOUN_AFTER = new RegExp(`^${SP}*(?:de${SP}+|d${APOS})`, "u");

const SUFFIX_CURRENCY_TESTS = SUFFIX_CURRENCIES.map((c) => ({ re: new RegExp(`^(?:${c.pattern})$`, "u"), iso: c.iso }));
const PREFIX_CURRENCY_TESTS = PREFIX_CURRENCIES.map((c) => ({ re: new RegExp(`^(?:${c.pattern})$`, "u"), iso: c.iso }));
const SPACES = /[ \u00A0\u202F\u2009]/g;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** "2 952 412" -> 2952412, "2,3" -> 2.3, "94.000" -> 94000, "125.000,50" -> 125000.5, "1,250,000" -> 1250000. */
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/;

export function parseFrenchNumber(written: string): number {
  let s = written.replace(SPACES, "");
  if (COMMA_THOUSANDS.test(s)) return Number(s.replace(/,/g, ""));
  if (s.includes(",") ? /\.\d{3}(?!\d)/.test(s) : DOT_THOUSANDS.test(s)) s = s.replace(/\./g, "");
  return Number(s.replace(",", "."));
}

/** "cinq" -> 5, "quatre-vingt-dix" -> 90, "deux cent mille" -> 200000; null if a word is unknown. */
export function parseNumberWords(written: string): number | null {
  let total = 0;
  let current = 0;
  let previous = "";
  for (const word of written.toLowerCase().split(/[\s\u00A0\u202F\u2009-]+/u)) {
    if (word === "" || word === "et") continue;
    const n = NUMBER_WORDS[word];
    if (n === undefined) return null;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) { total += (current || 1) * 1000; current = 0; }
    else if (n === 20 && previous === "quatre") current += 76; // quatre-vingt: 4 -> 80
    else current += n;
    previous = word;
  }
  return total + current;
}

/** "millions" -> 1e6, "M" -> 1e6, "demi-million" -> 5e5, "millions et demi" (+half: caller). */
function multiplierValue(mult: string): { factor: number; andHalf: boolean } {
  const m = mult.toLowerCase();
  const andHalf = /et\s*demie?$/u.test(m.replace(SPACES, " "));
  const word = m.replace(/[\s\u00A0\u202F\u2009]+et[\s\u00A0\u202F\u2009]+demie?$/u, "");
  const half = word.startsWith("demi");
  const base = word.replace(/^demi[-\s\u00A0\u202F]?/u, "");
  const factor = LONG_MULTIPLIERS[base] ?? SHORT_MULTIPLIERS[base] ?? 1;
  return { factor: half ? factor / 2 : factor, andHalf };
}

function isoOf(written: string, tests: typeof SUFFIX_CURRENCY_TESTS): string {
  let known = isoCache.get(tests);
  if (!known) isoCache.set(tests, (known = new Map()));
  let iso = known.get(written);
  if (iso === undefined) {
    iso = tests.find((t) => t.re.test(written))?.iso ?? "CAD";
    iso ||= written.trim().toUpperCase();
    known.set(written, iso);
  }
  return iso;
}
/** Releases write their currency a few ways ("$", "dollars", "M$"): each is read once. */
const isoCache = new Map<typeof SUFFIX_CURRENCY_TESTS, Map<string, string>>();

/** Float noise away: 4,35 * 1e6 is 4349999.999999999 in binary. */
const tidy = (v: number): number => (Number.isInteger(v) && Math.abs(v) < 1e12 ? v : Number(v.toPrecision(12)));

// ---------------------------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------------------------

interface Candidate {
  start: number;
  end: number;
  value: number;
  currency: string | null; // null: a bare "28 millions", kept only in a money context
  numStart: number;
  warning?: string;
  range?: "low" | "high";
  qualifier?: Qualifier;
}

/** A number matched by NUMBER_AMOUNT -> an amount, or null when nothing makes it money. `text` is lower-cased. */
function digitCandidate(m: RegExpMatchArray, text: string, consumedUpTo: number, original: string): Candidate | null {
  const g = m.groups!;
  const numStart = m.index!;
  let start = numStart;
  let end = numStart + m[0].length;
  let mult = g.mult ?? g.mult2;
  let cur = g.cur;
  let prefix = false;
  if (cur === undefined && mayFollowPrefixCurrency(text, numStart)) {
    // "$ 75 millions", "USD1,23": the currency comes first (and was not the last amount's "$").
    const before = text.slice(Math.max(0, numStart - PREFIX_LOOKBACK), numStart);
    const p = PREFIX_BEFORE.exec(before);
    // "en $ 2023-2024" heads a table column: a year range, not an amount.
    if (p && !YEAR_RANGE_AFTER.test(text.slice(numStart, numStart + 10)) && numStart - before.length + p.index >= consumedUpTo) {
      prefix = true;
      cur = p[0].trim();
      start = numStart - before.length + p.index;
      PREFIX_MULT_AFTER.lastIndex = end;
      const pm = mult === undefined ? PREFIX_MULT_AFTER.exec(text) : null;
      if (pm) { mult = pm[0].trim(); end += pm[0].length; }
    }
  }
  if (cur === undefined && (!mult || !/^(?:demi[-\s\u00A0\u202F]?)?milli/u.test(mult) || NOUN_AFTER.test(text.slice(end, end + 4)))) {
    return null; // a bare number is money only as "N millions" with no noun after
  }
  const raw = parseFrenchNumber(g.num!);
  let value = raw;
  let warning: string | undefined;
  const written = original.slice(start, end);
  if (mult) {
    const { factor, andHalf } = multiplierValue(mult);
    if (factor >= 1e6 && raw >= 1e5 && Number.isInteger(raw)) {
      // "1 047 834 M$", "275 000 M$": the digits already give the full amount (100 billion dollars or more
      // written in millions is no announcement's sum); a reader drops the "M".
      warning = `amounts: "${written}" read as ${raw} $ (digits already give the full amount)`;
    } else value = (raw + (andHalf ? 0.5 : 0)) * factor;
  } else if (/\d[ \u00A0\u202F\u2009]\d{6}/u.test(g.num!)) {
    warning = `amounts: "${written}" has a digit group of six; read as ${raw}`;
  }
  let currency: string | null = null;
  if (cur !== undefined) {
    currency = isoOf(cur, prefix ? PREFIX_CURRENCY_TESTS : SUFFIX_CURRENCY_TESTS);
    if (!prefix && /^\p{L}/u.test(cur)) {
      const cents = readCents(text, end);
      if (cents) { value += cents.value; end = cents.end; }
    }
  }
  return { start, end, value: tidy(value), currency, numStart, warning };
}

/**
 * Whether a currency may be written just before `at` ("$ 75", "USD1,23", "€20"): every prefix form
 * ends with a sign or a letter, so most numbers skip PREFIX_BEFORE.
 */
function mayFollowPrefixCurrency(text: string, at: number): boolean {
  let i = at - 1;
  if (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && SIGN_OR_LETTER.test(text[i]!);
}
const SIGN_OR_LETTER = /[$€£\p{L}]/u;

/** The horizontal spaces of SP: space, NBSP, NARROW NBSP, thin space. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;

/** A currency word found by CURRENCY_ANCHOR -> an amount written in words before it, or null. */
function wordCandidate(text: string, at: number): Candidate | null {
  CURRENCY_AT.lastIndex = at;
  const cur = CURRENCY_AT.exec(text);
  if (!cur) return null;
  const before = text.slice(Math.max(0, at - WORDS_LOOKBACK), at);
  const w = WORDS_BEFORE.exec(before);
  if (!w) return null;
  const g = w.groups!;
  const n = parseNumberWords(g.words!);
  if (n === null || n === 0) return null;
  // "chaque dollar investi est un dollar investi dans …": a lone "un dollar" is a figure of speech,
  // not a sum ("un dollar par habitant", "un dollar et 50 cents" stay amounts)
  if (n === 1 && !g.wmult && ONE_UNIT.test(g.words!) && !RATE_AFTER.test(text.slice(at + cur[0].length, at + cur[0].length + 8))
    && !readCents(text, at + cur[0].length)) return null;
  let value = n;
  if (g.wmult) {
    const { factor, andHalf } = multiplierValue(g.wmult);
    value = (n + (andHalf ? 0.5 : 0)) * factor;
  }
  if (g.hmult) {
    // the part after the millions is smaller than a million ("deux millions trois cent mille")
    const high = parseNumberWords(g.hwords!);
    const { factor } = multiplierValue(g.hmult);
    if (high === null || high === 0 || value >= factor) return null;
    value += high * factor;
  }
  const start = at - before.length + w.index;
  let end = at + cur[0].length;
  const cents = readCents(text, end);
  if (cents) { value += cents.value; end = cents.end; }
  return { start, end, value: tidy(value), currency: isoOf(cur[0], SUFFIX_CURRENCY_TESTS), numStart: start };
}

/** "et 15 cents", "23 centimes", "et quarante-cinq cents", or "50" closing the phrase. */
function readCents(text: string, at: number): { value: number; end: number } | null {
  CENTS_AFTER.lastIndex = at;
  const c = CENTS_AFTER.exec(text);
  if (!c) return null;
  const end = at + c[0].length;
  if (!c.groups!.coin && (c.groups!.cwords || !PHRASE_END.test(text.slice(end, end + 3)))) return null;
  const n = c.groups!.cdigits !== undefined ? Number(c.groups!.cdigits) : parseNumberWords(c.groups!.cwords!);
  if (n === null || n >= 100) return null;
  return { value: n / 100, end };
}

// ---------------------------------------------------------------------------------------------
// Refiners
// ---------------------------------------------------------------------------------------------

/** Overlaps (digits vs words): keep the earliest, then the longest. */
function dropOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

function qualifierBefore(text: string, at: number): { qualifier: Qualifier; start: number } {
  if (!QUALIFIER_LAST_WORDS.has(wordBefore(text, at))) return { qualifier: "exact", start: at };
  const before = text.slice(Math.max(0, at - LOOKBACK), at);
  const q = QUALIFIER_BEFORE.exec(before);
  if (!q) return { qualifier: "exact", start: at };
  const g = q.groups!;
  const qualifier: Qualifier = g.over ? "over" : g.about ? "about" : g.up_to ? "up_to" : "under";
  return { qualifier, start: at - before.length + q.index };
}

/**
 * The word that ends just before `at` (spaces skipped), with its apostrophe: "de" in "plus de ",
 * "d'" in "plus d’". A qualifier can only end with the last word of one of its phrases.
 */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const apostrophe = end > 0 && (text[end - 1] === "'" || text[end - 1] === "’");
  if (apostrophe) end--;
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  return text.slice(start, end) + (apostrophe ? "'" : "");
}
const LETTER = /\p{L}/u;

/** "de" (plus de), "d'" (plus d'), "à" (jusqu'à), "environ", "pas" (n'excédant pas), … */
const QUALIFIER_LAST_WORDS: ReadonlySet<string> = new Set(
  Object.values(QUALIFIERS).flat().map((phrase) => wordBefore(phrase, phrase.length)),
);

/**
 * ... or a part of a sum in dollars said just before, in the same sentence: "33 milliards de dollars dans
 * l'ensemble du pays, dont 7,5 milliards au Québec", "une enveloppe de 4 M$, soit 1,5 million par année".
 */
const PART_OF_DOLLARS_BEFORE = new RegExp(`(?:\\$|(?<![\\p{L}])dollars)[^.;:!?\\n]{0,150}?(?<![\\p{L}])(?:dont|soit)${SP}+$`, "u");
/** ... or the sum that goes to someone: "La plus grosse part, soit 1,5 million, va à la Ville de X". */
const GOES_TO_AFTER = /^\s*,?\s*(?:va|vont|ira|iront|revient|reviennent|reviendra|reviendront)\s+(?:à|au|aux)\s/u;

/** A bare "28 millions" stays only when the words around it say money. */
function isMoneyInContext(text: string, c: Candidate): boolean {
  // Before the qualifier ("une somme de | plus de 5 millions") or with it ("une aide maximale de").
  const from = qualifierBefore(text, c.start).start;
  return MONEY_BEFORE.test(text.slice(Math.max(0, from - 60), from)) ||
    (from < c.start && MONEY_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))) ||
    MONEY_AFTER.test(text.slice(c.end, c.end + 60)) ||
    GOES_TO_AFTER.test(text.slice(c.end, c.end + 20)) ||
    PART_OF_DOLLARS_BEFORE.test(text.slice(Math.max(0, from - 200), from));
}

/** "entre 2 et 3 M$": adds the low end (2 000 000) that has no currency of its own. */
function lowEndBefore(text: string, high: Candidate): Candidate | null {
  if (!endsWithRangeConnector(text, high.start)) return null;
  const from = Math.max(0, high.start - 60);
  const r = RANGE_LOW.exec(text.slice(from, high.start));
  if (!r) return null;
  const g = r.groups!;
  const kw = g.kw?.toLowerCase().replace("’", "'");
  const conn = g.conn!.toLowerCase();
  if (conn === "et" ? kw !== "entre" : conn === "à" || conn === "au" ? kw !== "de" && kw !== "d'" : false) return null;
  const raw = parseFrenchNumber(g.low!);
  // "Phase 2 - 3 M$" is a label, "accordé 10 000-15 000 $" a range: after a word, only big numbers.
  const afterWord = /[\p{L}\p{N}]\s*$/u.test(text.slice(Math.max(0, from + r.index - 3), from + r.index));
  if (!kw && afterWord && raw < 1000 && !g.lmult) return null;
  const lowStart = from + r.index + r[0].indexOf(g.low!, g.kw ? g.kw.length : 0);
  NUMBER_AT.lastIndex = high.numStart;
  const highNumber = parseFrenchNumber(NUMBER_AT.exec(text)?.[0] ?? "0");
  let value = raw;
  if (g.lmult) value = raw * multiplierValue(g.lmult).factor;
  else if (raw < highNumber && high.value > highNumber) value = raw * (high.value / highNumber);
  if (!(value > 0 && value < high.value && high.value / value <= 1000)) return null;
  const lowText = g.lmult ? r[0].slice(r[0].indexOf(g.low!)).replace(RANGE_CONNECTOR_END, "") : g.low!;
  return { start: lowStart, end: lowStart + lowText.length, value: tidy(value), currency: high.currency, numStart: lowStart, range: "low" };
}

/** RANGE_LOW's end: "et", "à", "au", "-" or "–" before `at`, spaces skipped. */
function endsWithRangeConnector(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const last = text[end - 1];
  if (last === "-" || last === "–" || last === "à") return true;
  const two = text.slice(Math.max(0, end - 2), end);
  return two === "et" || two === "au";
}

function addRanges(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = out[out.length - 1];
    if (prev && !prev.range && prev.currency === c.currency && prev.value < c.value) {
      const join = RANGE_JOIN.exec(text.slice(prev.end, c.start));
      if (join) {
        const conn = join.groups!.conn!.toLowerCase();
        const open = RANGE_OPEN.exec(text.slice(Math.max(0, prev.start - 12), prev.start));
        const kw = open?.groups!.kw!.toLowerCase().replace("’", "'");
        const ok = conn === "et" ? kw === "entre" : conn === "à" || conn === "au" ? kw === "de" || kw === "d'" : true;
        if (ok) {
          prev.range = "low";
          out.push({ ...c, range: "high" });
          continue;
        }
      }
    }
    const low = lowEndBefore(text, c);
    if (low && (!prev || prev.end <= low.start)) {
      out.push(low, { ...c, range: "high" });
      continue;
    }
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/**
 * The text in lower case, offsets unchanged. The patterns read it without the `i` flag: with it,
 * V8 takes 30-60 ms to compile the many [\p{L}] of these patterns (a release's first extraction).
 * The same as `i`: a letter whose lower case is longer ("İ") has no simple case folding and stays,
 * and "ſ" folds to "s".
 */
export function lowerCased(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = "";
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** Every money amount of the text, in text order, with offsets into `text` (end exclusive). */
export function findAmounts(original: string): AmountsResult {
  const text = lowerCased(original);
  const cands: Candidate[] = [];
  let consumedUpTo = 0;
  // exec loops, not matchAll: matchAll copies the pattern on every call.
  NUMBER_AMOUNT.lastIndex = 0;
  for (let m = NUMBER_AMOUNT.exec(text); m; m = NUMBER_AMOUNT.exec(text)) {
    const c = digitCandidate(m, text, consumedUpTo, original);
    if (c) { cands.push(c); consumedUpTo = c.end; }
  }
  const digitCount = cands.length;
  let next = 0; // digit amounts are in text order: skip anchors inside them
  CURRENCY_ANCHOR.lastIndex = 0;
  for (let m = CURRENCY_ANCHOR.exec(original); m; m = CURRENCY_ANCHOR.exec(original)) {
    const at = m.index;
    while (next < digitCount && cands[next]!.end <= at) next++;
    if (next < digitCount && cands[next]!.start <= at) continue;
    const c = wordCandidate(text, at);
    if (c) cands.push(c);
  }
  // "Organisme | Projet | Montant ($)" then "X | Y | 2 600 000": the currency in the column's header
  if (original.includes("$)")) for (const c of columnAmounts(original)) if (!cands.some((d) => d.start < c.end && c.start < d.end)) cands.push(c);
  const money = dropOverlaps(cands).filter((c) => c.value > 0 && Number.isFinite(c.value) && (c.currency !== null || isMoneyInContext(text, c)));
  for (const c of money) c.currency ??= "CAD";
  const ranged = addRanges(text, money);

  const amounts: Amount[] = [];
  const warnings: string[] = [];
  for (let i = 0; i < ranged.length; i++) {
    const c = ranged[i]!;
    if (c.warning) warnings.push(c.warning);
    // The high end of a range takes the qualifier written before the low end.
    const qualifier = c.range === "high" && ranged[i - 1]?.range === "low"
      ? amounts[amounts.length - 1]!.qualifier
      : qualifierBefore(text, c.range === "low" ? rangeOpenStart(text, c.start) : c.start).qualifier;
    const amount: Amount = {
      text: original.slice(c.start, c.end), value: c.value, currency: c.currency!, qualifier, start: c.start, end: c.end,
    };
    if (c.range) amount.range = c.range;
    amounts.push(amount);
  }
  return { amounts, warnings };
}

/** A header cell that puts the column's currency in parentheses: "Montant ($)", "Aide accordée (en $)", "Contribution (M$)". */
const CURRENCY_HEADER_CELL = /^[\p{L}][\p{L}'’ .-]{0,40}\(\s*(?:en\s+)?(k|M|G)?\s*\$\s*\)$/u;
/** A cell that is a bare number: "2 600 000", "480 000", "1,5". */
const BARE_NUMBER_CELL = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u;

/**
 * Amounts of a table whose header gives the currency of a column ("Organisme | Projet | Montant ($)"): each
 * row below, cells apart by bars or tabs as in the header, has a bare number in that column. Rows run to the
 * first line with another number of cells.
 */
function columnAmounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  const lineEnd = (from: number) => (text.indexOf("\n", from) < 0 ? text.length : text.indexOf("\n", from));
  // cells apart by `sep`, trimmed, with their offsets in the line
  const cellsOf = (line: string, sep: string) => {
    let from = 0;
    return line.split(sep).map((part) => {
      const cell = { text: part.trim(), offset: from + part.length - part.trimStart().length };
      from += part.length + 1;
      return cell;
    });
  };
  // the header lines: where "$)" is (read from each one's line, the rows below it)
  for (let at = text.indexOf("$)"); at >= 0; at = text.indexOf("$)", lineEnd(at) + 1)) {
    const headerStart = text.lastIndexOf("\n", at) + 1;
    const header = text.slice(headerStart, lineEnd(at));
    const sep = header.includes("|") ? "|" : header.includes("\t") ? "\t" : null;
    if (sep === null) continue;
    const cells = cellsOf(header, sep);
    const column = cells.findIndex((c) => CURRENCY_HEADER_CELL.test(c.text));
    if (column < 0) continue;
    const multiplier = { k: 1e3, M: 1e6, G: 1e9 }[CURRENCY_HEADER_CELL.exec(cells[column]!.text)![1] ?? ""] ?? 1;
    for (let rowStart = lineEnd(at) + 1; rowStart < text.length; rowStart = lineEnd(rowStart) + 1) {
      const row = cellsOf(text.slice(rowStart, lineEnd(rowStart)), sep);
      if (row.length !== cells.length) break;
      const cell = row[column]!;
      if (!BARE_NUMBER_CELL.test(cell.text)) continue;
      const start = rowStart + cell.offset;
      out.push({ start, end: start + cell.text.length, value: parseFrenchNumber(cell.text) * multiplier, currency: "CAD", numStart: start });
    }
  }
  return out;
}

/** Where "entre"/"de" opens a range whose low end starts at `at`. */
function rangeOpenStart(text: string, at: number): number {
  const open = RANGE_OPEN.exec(text.slice(Math.max(0, at - 12), at));
  return open ? at - Math.min(at, 12) + open.index : at;
}
