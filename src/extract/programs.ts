// Programs, funds, plans, measures: "Fonds régions et ruralité", "programme Mobilisation-Diversité"
// (-> "Mobilisation-Diversité"), "Programme de la taxe sur l'essence … (TECQ 2019-2023)".
// A program keyword starts a candidate; the name runs until a stop (punctuation, "qui", a verb,
// "pour" + infinitive, "dans le cadre", …); a year range and an "(ACRONYM)" may close it.
import type { Program } from "../record.js";
import {
  ADJECTIVE_ENDING, ADJECTIVE_ONLY_KEYWORDS, ARTICLES, NAME_CONNECTORS, PROGRAM_ADJECTIVES, NAME_STOP_PHRASES, NAME_STOP_WORDS, PROGRAM_KEYWORDS, SUB_PROGRAM_KINDS, TABLE_COLUMNS,
  documentTokens, foldName, isAcronym, isCapitalized, isYearOrRange, tokenize, type Token,
} from "../lexicon/organisations.js";

const KEYWORDS = new Set<string>(PROGRAM_KEYWORDS);
/**
 * By the char code of a first letter (either case), a bit per length of the keywords that start with
 * it ("fonds": bit 5 of "f" and "F"). Lower-casing every word of a release to look it up was
 * findPrograms' main cost; a word whose first letter and length fit no keyword is none (lower-casing
 * keeps the length of every word that can become a keyword). Lengths past 31 wrap: a false hit only.
 */
const KEYWORD_LENGTHS = new Uint32Array(128);
for (const k of PROGRAM_KEYWORDS) for (const c of [k.charCodeAt(0), k.toUpperCase().charCodeAt(0)]) KEYWORD_LENGTHS[c] |= 1 << k.length;
const mayBeKeyword = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 && (KEYWORD_LENGTHS[c] & (1 << w.length)) !== 0;
};
/** Keywords that, capitalised after "du"/"de la", start another program: "volet X du Fonds Y". */
const PROGRAM_HEADS = new Set(["fonds", "programme", "plan", "stratégie", "partenariat"]);
const MAX_NAME_TOKENS = 32;
/** A recipient or amount column header right before a keyword: "Organisme Montant Programme …". */
const COLUMN_HEADER_BEFORE = new RegExp(String.raw`(?<![\p{L}])${TABLE_COLUMNS.recipient}\s+(?:${TABLE_COLUMNS.project}\s+)?${TABLE_COLUMNS.amount}\s+$`, "u");

const RECIPIENT_HEADER_BEFORE = new RegExp(String.raw`(?<![\p{L}])${TABLE_COLUMNS.recipient}\s+$`, "u");
const AMOUNT_HEADER_AFTER = new RegExp(String.raw`^\s+(?:${TABLE_COLUMNS.project}\s+)?${TABLE_COLUMNS.amount}(?![\p{L}])`, "u");

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : "");
const isWord = (t: Token | undefined) => t?.kind === "word";
const isDe = (t: Token | undefined) => !!t && (["de", "du", "des"].includes(lower(t)) || /^d['’]$/iu.test(t.text));
/** "assurer", "soutenir", "mettre", "recevoir": a French infinitive after "pour". */
const isInfinitive = (t: Token | undefined) => isWord(t) && !isCapitalized(t!.text) && /(?:er|ir|re|oir)$/u.test(t!.text);
/** "dans le cadre", "mis en place" (but not "la mise en place de", which a name may contain). */
export const startsStopPhrase = (text: string, t: Token, previous?: Token) => {
  const ahead = text.slice(t.start, t.start + 24).toLowerCase();
  return NAME_STOP_PHRASES.some((p) => ahead.startsWith(p) && !/[\p{L}]/u.test(ahead.charAt(p.length))
    && !(p.startsWith("mis") && ARTICLES.has(lower(previous))));
};

/**
 * "Stratégie gouvernementale pour assurer l'occupation … des territoires 2018-2022,": a name
 * that a year range closes before the next punctuation runs across "pour" + infinitive.
 * Returns the token index after the year, or -1.
 */
function yearClosedRun(toks: Token[], k: number): number {
  for (let j = k; j < toks.length && j < k + 20; j++) {
    const t = toks[j];
    if (t.kind === "newline" || t.kind === "punct") return -1;
    if (isYearOrRange(t.text)) return j + 1;
    if (j > k + 1 && NAME_STOP_WORDS.has(lower(t))) return -1;
  }
  return -1;
}

/**
 * Where a name that starts at token `from` ends (exclusive token index), and whether a year
 * range closed it. Shared rule set for programs; see the stop lists in the lexicon.
 */
export function scanProgramName(text: string, toks: Token[], from: number, quoted: boolean): { end: number; closedByYear: boolean } {
  let k = from;
  while (k < toks.length && k - from < MAX_NAME_TOKENS) {
    const t = toks[k];
    const w = lower(t);
    if (t.kind === "newline") break;
    if (t.kind === "punct") {
      if (quoted && (t.text === "»" || t.text === '"')) return { end: k + 1, closedByYear: false };
      // ", d'infrastructures, de services ou d'activités": an enumeration of complements inside the name
      if (t.text === "," && isDe(toks[k + 1]) && isWord(toks[k + 2]) && !isCapitalized(toks[k + 2].text)
        && !ARTICLES.has(lower(toks[k + 2])) && !NAME_STOP_WORDS.has(lower(toks[k + 2])) && lower(toks[k + 2]) !== "même") {
        k += 1;
        continue;
      }
      if (t.text === "," && continuesCoordination(toks, k)) { k += 1; continue; }
      break;
    }
    if (t.kind === "elision") {
      if (!/^[dl]['’]$/iu.test(t.text)) break;
      k += 1;
      continue;
    }
    if (k > from && !isCapitalized(t.text) && (NAME_STOP_WORDS.has(w) || /.{3}(?:ait|aient)$/u.test(w))) break;
    if (k > from && startsStopPhrase(text, t, toks[k - 1])) break;
    if (w === "pour" && isInfinitive(toks[k + 1])) {
      const run = yearClosedRun(toks, k);
      if (run > 0) return { end: run, closedByYear: true };
      break;
    }
    if (isDe(t) && k > from) {
      const n = toks[k + 1]?.kind === "word" && ["la", "l'", "l’"].includes(lower(toks[k + 1])) ? toks[k + 2] : toks[k + 1];
      const nn = toks[k + 1] && /^l['’]$/iu.test(toks[k + 1].text) ? toks[k + 2] : n;
      if (nn && isWord(nn) && ((isCapitalized(nn.text) && PROGRAM_HEADS.has(lower(nn))) || isAcronym(nn.text))) break;
    }
    if (isYearOrRange(t.text)) return { end: k + 1, closedByYear: true };
    if (/^\p{N}+$/u.test(t.text)) break; // an amount or a count, not a name
    k += 1;
  }
  return { end: k, closedByYear: false };
}

/**
 * "visant la protection, la transmission et la mise en valeur du …": at a comma between two
 * "article + lower-case noun" items, a coordination that an "et" + article closes continues the name.
 */
function continuesCoordination(toks: Token[], k: number): boolean {
  const item = (j: number) => ARTICLES.has(lower(toks[j])) && isWord(toks[j + 1]) && !isCapitalized(toks[j + 1].text)
    && !NAME_STOP_WORDS.has(lower(toks[j + 1]));
  if (!item(k - 2) || !item(k + 1)) return false;
  for (let j = k + 3; j < toks.length && j < k + 10; j++) {
    if (toks[j].kind !== "word") return false;
    if (lower(toks[j]) === "et") return item(j + 1);
  }
  return false;
}

/** Trailing connectors are not part of a name: "Fonds X de" -> "Fonds X". */
function trimEnd(toks: Token[], from: number, end: number): number {
  while (end > from && (NAME_CONNECTORS.has(lower(toks[end - 1])) || toks[end - 1].kind === "elision")) end -= 1;
  return end;
}

/** "(FQIS)", "\(FQIS\)", "(TECQ 2019-2023)", "(PCA durable)" right after a name. */
export function readAcronym(toks: Token[], at: number): { acronym: string; end: number } | null {
  let k = at;
  if (toks[k]?.text === "\\") k += 1;
  if (toks[k]?.text !== "(" || !isWord(toks[k + 1]) || !isAcronym(toks[k + 1].text)) return null;
  const words: string[] = [];
  for (k += 1; k < toks.length && isWord(toks[k]) && words.length < 4; k++) words.push(toks[k].text);
  if (toks[k]?.text === "\\") k += 1;
  if (toks[k]?.text !== ")") return null;
  return { acronym: words.join(" "), end: k + 1 };
}

/** Words an acronym skips: "Fonds pour accélérer la construction de logements (FACL)". */
const ACRONYM_SKIPS = new Set(["de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "en", "et", "pour", "à", "au", "aux", "sur"]);

/**
 * A name anchored by its acronym: the tokens from `from` up to a "(ACRONYM)" whose letters are the
 * initials of their content words ("Consortium québécois de recherche en procédés minéraux (CQRPM)",
 * "Fonds pour accélérer la construction de logements (FACL)"). A hyphenated word may give one
 * initial per part ("Jeunesse Santé-Mentale" -> "JSM"). Returns the index of the "(" or -1.
 */
export function acronymAnchor(toks: Token[], from: number, maxTokens = 20): number {
  // Find the "(" first: most names meet a stop before one, and then no initials need computing.
  let open = -1;
  for (let k = from; k < toks.length && k - from <= maxTokens; k++) {
    const t = toks[k];
    if (t.kind === "newline") return -1;
    if (t.text === "(" || t.text === "\\") { open = k; break; }
    if (t.kind === "punct" && !["-", "–", "'", "’"].includes(t.text)) return -1;
  }
  if (open === -1) return -1;
  const acr = readAcronym(toks, open);
  if (!acr) return -1;
  const wanted = foldName(acr.acronym.replace(/[^\p{Lu}]/gu, "")).toUpperCase();
  if (wanted.length < 2) return -1;
  const letters: string[][] = [];
  for (let k = from; k < open; k++) {
    const t = toks[k];
    if (t.kind !== "word" || ACRONYM_SKIPS.has(lower(t)) || /^\p{N}/u.test(t.text)) continue;
    const parts = t.text.split(/[-–‑]/u).filter((x) => x.length > 0);
    letters.push([foldName(t.text[0]).toUpperCase(), parts.map((x) => foldName(x[0]).toUpperCase()).join("")]);
  }
  return initialsMatch(letters, wanted) ? open : -1;
}

/** Whether one choice of initials per word (first letter, or one per hyphenated part) spells `wanted`. */
function initialsMatch(words: string[][], wanted: string, w = 0, at = 0): boolean {
  if (w === words.length) return at === wanted.length;
  return [...new Set(words[w])].some((x) => wanted.startsWith(x, at) && initialsMatch(words, wanted, w + 1, at + x.length));
}

/** Initials of a name's content words: "Fonds québécois d'initiatives sociales" -> "FQIS". */
function initials(name: string): string {
  return tokenize(name).filter((t) => isWord(t) && !NAME_CONNECTORS.has(lower(t)) && !/^\p{N}/u.test(t.text))
    .map((t) => foldName(t.text[0]).toUpperCase()).join("");
}

interface Candidate extends Program { key: string }

function readProgram(text: string, toks: Token[], i: number): Candidate | null {
  const kw = toks[i];
  const kind = lower(kw);
  const capital = isCapitalized(kw.text);
  const next = toks[i + 1];
  if (!next || next.kind === "newline") return null;
  let from = i + 1; // first token of the name when the keyword is not part of it
  let quoted = false;
  const adjective = toks[i - 1];
  if (!capital && isWord(adjective) && isCapitalized(adjective.text) && PROGRAM_ADJECTIVES.has(lower(adjective))
    && ARTICLES.has(lower(toks[i - 2])) && isWord(next)) {
    // "du Grand chantier pour les familles": the capitalised adjective opens the name
    const { end, closedByYear } = scanProgramName(text, toks, i + 1, false);
    const nameEnd = closedByYear ? end : trimEnd(toks, i - 1, end);
    return finish(text, toks, i - 1, i - 1, Math.max(nameEnd, i + 1), kind);
  }
  if (ADJECTIVE_ONLY_KEYWORDS.has(kind)) return null;
  if (capital) {
    from = i; // "Fonds …", "Programme d'aide …", "Plan d'action …": the keyword belongs to the name
    if (next.kind === "punct") return null;
    // "Organisme Montant Programme Festival X 62 000 $ …": a flattened table's column header, not a name
    if (isWord(toks[i - 1]) && COLUMN_HEADER_BEFORE.test(text.slice(Math.max(0, kw.start - 40), kw.start))) return null;
    // "Organisme Programme Aide financière Maison X …", "Municipalité Programme Projet Aide financière …":
    // the keyword is itself a column between two headers
    if (isWord(toks[i - 1]) && RECIPIENT_HEADER_BEFORE.test(text.slice(Math.max(0, kw.start - 40), kw.start))
      && AMOUNT_HEADER_AFTER.test(text.slice(kw.end, kw.end + 40))) return null;
    // "le Fonds dispose d'un budget", "La Stratégie mise sur trois axes"; but "du Programme visant la protection …":
    // a capitalised keyword inside a sentence, then "visant" and an article, is a descriptive name
    const describes = lower(next) === "visant" && ARTICLES.has(lower(toks[i + 2])) && isWord(toks[i - 1]) && !isCapitalized(toks[i - 1].text);
    if (!describes && isWord(next) && !isCapitalized(next.text) && (NAME_STOP_WORDS.has(lower(next)) || startsStopPhrase(text, next, kw))) return null;
  } else if (kind === "mesure" && /^\p{N}+$/u.test(next.text)) {
    // "mesure 11": a numbered measure keeps its keyword
    return finish(text, toks, i, i, i + 2, kind);
  } else if (next.kind === "elision" && /^d/iu.test(next.text) && isWord(toks[i + 2]) && isCapitalized(toks[i + 2].text)) {
    from = i + 2; // "mesure d'Aide financière pour …" -> "Aide financière pour …"
  } else if (isWord(next) && !isCapitalized(next.text) && ADJECTIVE_ENDING.test(next.text) && !NAME_STOP_WORDS.has(lower(next))
    && isWord(toks[i + 2]) && isCapitalized(toks[i + 2].text) && !ARTICLES.has(lower(toks[i + 2]))) {
    from = i + 2; // "l'enveloppe régionale Entrepreneuriat au féminin" -> "Entrepreneuriat au féminin"
  } else if (next.text === "«") {
    from = i + 1;
    quoted = true;
  } else if (!(isWord(next) && isCapitalized(next.text) && !ARTICLES.has(lower(next)))) {
    return null; // "le plan de travail", "des fonds fédéraux", "la stratégie globale"
  }
  const scanFrom = quoted ? from + 1 : from === i ? i + 1 : from;
  const { end, closedByYear } = scanProgramName(text, toks, scanFrom, quoted);
  let nameEnd = closedByYear || quoted ? end : trimEnd(toks, from, end);
  // "Fonds pour accélérer la construction de logements (FACL)": the acronym's initials carry the name past a stop
  const anchor = quoted ? -1 : acronymAnchor(toks, from, MAX_NAME_TOKENS);
  if (anchor > nameEnd) nameEnd = anchor;
  // "Entente de partenariat territorial en lien avec la collectivité de la Côte-Nord": an agreement named by its territory
  if (kind === "entente" && lower(toks[nameEnd]) === "en" && lower(toks[nameEnd + 1]) === "lien" && lower(toks[nameEnd + 2]) === "avec") {
    const tail = trimEnd(toks, nameEnd, scanProgramName(text, toks, nameEnd + 3, false).end);
    if (toks.slice(nameEnd + 3, tail).some((t) => isWord(t) && isCapitalized(t.text))) nameEnd = tail;
  }
  if (nameEnd <= (from === i ? i + 1 : from)) return null;
  // "• Enveloppe totale : 75 M$": a keyword and how much of it, a label, no name
  if (capital && nameEnd === i + 2 && AMOUNT_ADJECTIVE.test(lower(toks[i + 1])) && toks[nameEnd]?.text === ":") return null;
  if (!quoted) nameEnd = subtitleEnd(toks, from, nameEnd);
  return finish(text, toks, i, from, nameEnd, kind);
}

const AMOUNT_ADJECTIVE = /^(?:totale?|globale?|annuelle?|disponible|prévue?|maximale?|budgétaire|additionnelle?|supplémentaire)s?$/u;

/**
 * "programme Territoires : priorités bioalimentaires": a short name, a colon, then a noun and its
 * adjectives (any case) is one name with its subtitle; returns where it ends (`end` when there is none).
 * Not an item or a part after the colon ("programme ESSOR : l'entreprise …", "programme X : volet 2", "X : 45 projets").
 */
function subtitleEnd(toks: Token[], from: number, end: number): number {
  if (toks[end]?.text !== ":" || end - from > 3) return end;
  const noun = toks[end + 1];
  if (!isWord(noun) || !/^\p{L}{3,}$/u.test(noun.text) || ARTICLES.has(lower(noun)) || NAME_STOP_WORDS.has(lower(noun)) || SUB_PROGRAM_KINDS.has(lower(noun))) return end;
  let k = end + 2;
  while (k < toks.length && k - end <= 4 && isWord(toks[k]) && /^\p{Ll}{4,}$/u.test(toks[k]!.text) && ADJECTIVE_ENDING.test(toks[k]!.text) && !NAME_STOP_WORDS.has(toks[k]!.text)) k++;
  return k > end + 2 ? k : end;
}

function finish(text: string, toks: Token[], kwIndex: number, from: number, nameEnd: number, kind: string): Candidate | null {
  let end = nameEnd;
  let acronym: string | null = null;
  const acr = readAcronym(toks, end);
  if (acr) {
    acronym = acr.acronym;
    end = acr.end;
    if (toks[end] && isYearOrRange(toks[end].text)) end += 1; // "(SQDA) 2021-2024"
  }
  const start = toks[from].start;
  const name = text.slice(start, toks[end - 1].end).replace(/\\([()])/g, "$1").replace(/\s+/gu, " ");
  const base = text.slice(start, toks[nameEnd - 1].end);
  // "volet X" and "mesure 11" are parts: kept only when tied to a program; "mesure d'Aide …" is a program
  // "Entente bilatérale" is an agreement; "Entente de partenariat régional en tourisme (EPRT)" names one
  if (kind === "entente" && !acronym && !tokenize(name).slice(1).some((t) => isWord(t) && isCapitalized(t.text))
    && !namedAsSource(text, toks, kwIndex, from)) return null;
  // "la Politique nationale de l'architecture" is a policy; "La somme provient de la Politique de soutien aux
  // projets structurants" names one that funds
  if (kind === "politique" && !acronym && !namedAsSource(text, toks, kwIndex, from)) return null;
  const part = SUB_PROGRAM_KINDS.has(kind) && (kind !== "mesure" || from === kwIndex);
  if (part && !isSubOfProgram(text, toks, kwIndex, end)) return null;
  return { name, acronym, kind, start: toks[kwIndex].start, end: toks[end - 1].end, key: foldName(base) };
}

/** "provient de l'", "dans le cadre de l'", "en vertu de l'": what comes after is where the money comes from. */
const SOURCE_BEFORE = /(?<![\p{L}])(?:provien(?:t|nent|dra|dront)|provenant|dans\s+le\s+cadre|en\s+vertu|grâce|issue?s?|financée?s?\s+par)\s+(?:de\s+l['’]|à\s+l['’]|par\s+l['’]|de\s+la\s+|à\s+la\s+|par\s+la\s+|de\s+|par\s+)\s*$/iu;

/**
 * "Cette somme provient de l'Entente de développement culturel …": an "Entente de …" named as the
 * source of money names an agreement that funds, as a program does (a bare "Entente bilatérale" does not).
 */
function namedAsSource(text: string, toks: Token[], kwIndex: number, from: number): boolean {
  const kw = toks[kwIndex];
  if (from !== kwIndex || !isCapitalized(kw.text) || !["de", "d'", "d’"].includes(lower(toks[kwIndex + 1]))) return false;
  return SOURCE_BEFORE.test(text.slice(Math.max(0, kw.start - 40), kw.start));
}

/** A "volet"/"mesure" counts when tied to a program: "volet X du Fonds Y", "dans le cadre du volet X". */
function isSubOfProgram(text: string, toks: Token[], kwIndex: number, end: number): boolean {
  const after = text.slice(toks[end - 1].end, toks[end - 1].end + 40);
  if (/^\s*(?:du|de\s+la|de\s+l['’]|des)\s*\[?\s*(?:Fonds|Programme|Plan|Stratégie|Partenariat|\p{Lu}{2,})/u.test(after)) return true;
  const before = text.slice(Math.max(0, toks[kwIndex].start - 30), toks[kwIndex].start);
  return /dans\s+le\s+cadre\s+(?:du|de\s+la|de\s+l['’])\s*$/iu.test(before);
}

/** Every named program of the text, one entry per program (mentions merged). */
export function findPrograms(text: string): Program[] {
  const toks = documentTokens(text);
  const byKey = new Map<string, Candidate>();
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]) || !mayBeKeyword(toks[i].text) || !KEYWORDS.has(lower(toks[i]))) continue;
    const c = readProgram(text, toks, i);
    if (!c) continue;
    const seen = byKey.get(c.key);
    if (!seen) byKey.set(c.key, c);
    else if (!seen.acronym && c.acronym) byKey.set(c.key, { ...c, start: seen.start, end: seen.end });
  }
  const programs = [...byKey.values()];
  linkAcronyms(toks, programs);
  return programs.map(({ key: _key, ...p }) => p);
}

/**
 * Whether `w` may be an acronym, by its first two char codes: an acronym opens on two capitals, or a
 * capital and a digit, "&", "." or "-"; a word with an ASCII lower-case letter there is none. Spares
 * isAcronym's two patterns for most words.
 */
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
const mayBeAcronym = (w: string) => !isAsciiLower(w.charCodeAt(0)) && !isAsciiLower(w.charCodeAt(1));

/** "La mesure 11 du PAGIEPS": an acronym alone, whose letters are a program's initials, names it. */
function linkAcronyms(toks: Token[], programs: Candidate[]): void {
  if (programs.every((p) => p.acronym)) return; // nothing to link: spare the pass over every token
  const acronyms = new Set(toks.filter((t) => isWord(t) && t.text.length >= 3 && mayBeAcronym(t.text) && isAcronym(t.text)).map((t) => t.text));
  for (const p of programs) {
    if (p.acronym) continue;
    const full = initials(p.name);
    for (const a of acronyms) {
      const letters = a.replace(/[^\p{Lu}]/gu, "");
      if (letters.length >= 3 && (letters === full || letters === full.slice(1))) p.acronym = a;
    }
  }
}
