// Grants: each (recipient, amount[, program]) pair the text states.
// - table rows carry their own amount ("Lac-Poulin — 75 000 $", "1 MRC de X Eau 25 523 $");
// - in a sentence, one recipient and its amount ("plus de 227 000 $ seront remis à X");
// - several recipients and as many coordinated amounts pair by order ("de 54 000 dollars et de
//   34 000 dollars au Festival A et au Festival B");
// - fewer amounts than recipients is a shared total: no grant to each part.
import type { Amount, Grant, Program, Recipient } from "../record.js";
import { ADJECTIVE_ENDING, EACH, GIVEN_INFINITIVES, ORG_HEADS, PEOPLE_SUBJECT, RECEIVING_VERB_WORD, RECEIVING_VERBS, SUB_PROGRAM_KINDS, TIME_ADVERBIAL, foldName, withoutFinalParens } from "../lexicon/organisations.js";
import { findRecipientMentions, placeOwners, type RecipientMention } from "./recipients.js";
import { endsSentence, firstAtOrAfter, sentenceMarks } from "../text/scan.js";

export interface GrantContext {
  amounts: Amount[];
  recipients: Recipient[];
  programs: Program[];
  /** The recipient mentions findRecipientMentions gave for this text, when the caller has them (else read again). */
  mentions?: RecipientMention[];
}

/** Words that say money changes hands in a sentence. */
/** A list item that gives a sum to someone: "– 14,2 M$ au Centre de services scolaire X, pour …;". */
const AMOUNT_TO_ITEM = /^\s*[-–—•*]\s+\d[\d \u00A0\u202F.,]*\s*(?:[kMG]\$|\$|(?:millions?|milliards?)\s+de\s+dollars|dollars)\s+(?:à|au|aux)\s/u;
const FUNDING_CUE = new RegExp(String.raw`(?:accord|octroi|octroy|vers|remi[st]|allou|attribu|aide|somme|montant|contribution|subvention|financ|appui|soutien|investi|bénéfic|reçoi|recevr|obtien|décroch|(?:a|ont)\s+(?:reçu|obtenu|touché)|destiné|prêt|consenti|profit|faveur|enveloppe|partag|répart|touch|(?:vont|iront|ira|(?<![\p{L}])va|revien(?:t|nent|dra|dront))\s+(?:${TIME_ADVERBIAL}\s+)?(?:à|au|aux)\s|se\s+voi(?:t|ent)\s+${GIVEN_INFINITIVES}|y\s+(?:inject|consacr))`, "iu");
/** Between two amounts of one coordinated run: " et de ", ", ", " et ". */
const COORDINATION = /^[\s,]*(?:et\s+)?(?:de\s+|d['’]\s*)?$/u;

interface Span { start: number; end: number; /** a clause after the first of its sentence ("…, tandis que …") */ clause?: true }

/** The index `n` sentences before `at` (clauses of one sentence count once), for windows over earlier sentences. */
function sentencesBack(spans: Span[], at: number, n: number): number {
  let i = at;
  for (let count = 0; i > 0 && count < n; ) if (!spans[--i]!.clause) count++;
  return i;
}
interface Occurrence extends Span { recipient: Recipient }

/** How many characters lie between two spans (0 when they overlap). */
const gap = (x: Span, y: Span): number => (y.end <= x.start ? x.start - y.end : y.start >= x.end ? y.start - x.end : 0);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A code point of a word: the lookarounds `(?<![\p{L}\p{N}])` / `(?![\p{L}\p{N}])` by char code. */
const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;
const isWordCodePoint = (cp: number) => (cp < 0x80 ? (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a)
  : WORD_CODE_POINT.test(String.fromCodePoint(cp)));
function wordBefore(text: string, i: number): boolean {
  let cp = text.charCodeAt(i - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) cp = text.codePointAt(i - 2)!;
  return isWordCodePoint(cp);
}

type FindIn = (sentence: Span) => Occurrence[];

/**
 * Where the text names each recipient, sentence by sentence, as if each sentence were read alone:
 * its full name, its name without "(ACR)", its acronym (a whole word, case kept), its head word
 * alone. Each form is looked up once in the whole text with indexOf; a sentence takes the starts
 * that fall inside it (one per form where they overlap, leftmost first, as a global regex would)
 * and keeps the longest of overlapping occurrences.
 */
function occurrenceFinder(text: string, recipients: Recipient[], mentions: RecipientMention[]): FindIn {
  const finders: ((s: Span, found: Occurrence[]) => void)[] = [];
  const shorts = shortMentionPatterns(recipients);
  // "L'organisme recevra 385 000 $": where the text takes up a name in generic words
  const takenUp = mentions.filter((m) => m.at);
  if (takenUp.length > 0) {
    const byName = new Map(recipients.map((r) => [foldName(r.name), r]));
    finders.push((s, found) => {
      for (const m of takenUp) {
        const r = byName.get(foldName(m.name));
        if (r && m.at!.start >= s.start && m.at!.end <= s.end) found.push({ start: m.at!.start, end: m.at!.end, recipient: r });
      }
    });
  }
  for (const r of recipients) {
    if (r.role === "intermediary") continue;
    const forms = new Set([r.name, withoutFinalParens(r.name)]);
    if (r.acronym) forms.add(r.acronym);
    for (const form of forms) {
      if (form.length < 2) continue;
      const starts: number[] = [];
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) starts.push(i);
      if (starts.length > 0) finders.push((s, found) => formIn(text, form, starts, s, r, found));
    }
    for (const short of shorts.get(r) ?? []) {
      // the pattern is tried only in sentences where its head word occurs: its look-behind at every
      // character of every sentence cost more than one pass for the head over the text
      const heads: number[] = [];
      short.head.lastIndex = 0;
      for (let m = short.head.exec(text); m; m = short.head.exec(text)) { heads.push(m.index); short.head.lastIndex = m.index + 1; }
      if (heads.length > 0) finders.push((s, found) => { if (startsIn(heads, s)) shortMentionsIn(text, short, s, r, found); });
    }
  }
  // The one recipient of a release is "l'entreprise", "l'organisme" in a later sentence.
  const named = recipients.filter((r) => r.role !== "intermediary");
  if (named.length === 1) {
    const heads: number[] = [];
    SOLE_RECIPIENT.head.lastIndex = 0;
    for (let m = SOLE_RECIPIENT.head.exec(text); m; m = SOLE_RECIPIENT.head.exec(text)) heads.push(m.index);
    if (heads.length > 0) finders.push((s, found) => { if (startsIn(heads, s)) shortMentionsIn(text, SOLE_RECIPIENT, s, named[0]!, found); });
  }
  const bySentence = new Map<number, Occurrence[]>();
  return (s) => {
    let kept = bySentence.get(s.start);
    if (kept) return kept;
    const found: Occurrence[] = [];
    for (const find of finders) find(s, found);
    // keep the longest of overlapping occurrences: an occurrence inside an earlier one (sorted by start, longest first) goes
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    kept = [];
    let reach = -1;
    for (const o of found) {
      if (o.end > reach) kept.push(o);
      reach = Math.max(reach, o.end);
    }
    bySentence.set(s.start, kept);
    return kept;
  };
}

/** Whether one of the sorted offsets falls inside the span. */
function startsIn(starts: number[], s: Span): boolean {
  const k = firstAtOrAfter(starts.length, (i) => starts[i], s.start);
  return k < starts.length && starts[k] < s.end;
}

/** The whole-word occurrences of `form` inside the sentence, non-overlapping, leftmost first. */
function formIn(text: string, form: string, starts: number[], s: Span, r: Recipient, found: Occurrence[]): void {
  let reach = s.start;
  for (let k = firstAtOrAfter(starts.length, (i) => starts[i], s.start); k < starts.length && starts[k] < s.end; k++) {
    const start = starts[k], end = start + form.length;
    if (start < reach || end > s.end) continue;
    if (start > s.start && wordBefore(text, start)) continue;
    if (end < s.end && isWordCodePoint(text.codePointAt(end)!)) continue;
    if (insideLongerName(text, s.start, start)) continue;
    found.push({ start, end, recipient: r });
    reach = end;
  }
}

/** "la Fondation du Cégep X": an organisation named after another's head is part of that other name. */
const HEAD_OF_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)$/u;

const OF_BEFORE = /(?:^|\s)(?:de|du|des|la|l['’]|d['’])\s*$/u;

function insideLongerName(text: string, from: number, start: number): boolean {
  if (!OF_BEFORE.test(text.slice(Math.max(from, start - 8), start))) return false; // most names follow "à la", "au", "le"
  const m = HEAD_OF_BEFORE.exec(text.slice(Math.max(from, start - 40), start));
  return m !== null && ORG_HEADS.has(m[1]!.toLowerCase());
}

/** A short mention's pattern and its head word alone, same flags: where the head is not, the pattern cannot match. */
interface ShortMention { mention: RegExp; head: RegExp; long: boolean }
/**
 * Compiled once per form: V8 compiles [\p{L}] under /iu slowly. At most 200 kept: with this and
 * the caches of folded names and name keys at 10 times their size, a worker held ~37 MB alive
 * after 10k releases instead of ~16, for no speed (single-thread, alternated runs).
 */
const SHORT_MENTION_PATTERNS = new Map<string, ShortMention>();

/** What a release calls its one recipient once it has named it: "accorde à l'entreprise un prêt de 12 M$". */
const SOLE_RECIPIENT: ShortMention = {
  mention: /(?<![\p{L}])(à\s+l['’]|l['’])\s*(entreprise|organisme|organisation|établissement)(?![\p{L}\p{N}])(\s*[\p{L}'’]*)/giu,
  head: /(?<![\p{L}])(?:entreprise|organisme|organisation|établissement)(?![\p{L}])/giu,
  long: true,
};

/**
 * A name's generic part: its head and the lowercase words after it, up to the first proper part
 * ("Centre de services scolaire des Navigateurs-du-Nord" -> "Centre de services scolaire",
 * "Coopérative de solidarité du Bas-Fleuve" -> "Coopérative de solidarité"); ending connectors off.
 */
function genericPart(words: string[]): string[] {
  const part = [words[0]!];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (/^\p{Lu}|^\p{L}['’]\p{Lu}|\d/u.test(w)) break;
    if (/^(?:de|du|des|et)$/u.test(w) && /^\p{Lu}|^\p{L}['’]\p{Lu}/u.test(words[i + 1] ?? "")) break;
    part.push(w);
  }
  while (part.length > 1 && /^(?:de|du|des|et|la|le|les|l['’]|d['’])$/u.test(part[part.length - 1]!)) part.pop();
  return part;
}

/**
 * "la Société", "le Consortium": the head word alone, after a definite article, names the one
 * recipient it heads ("Société de diffusion culturelle X"), unless an adjective or a complement
 * makes it another name ("la Société canadienne d'hypothèques", "la Société de transport").
 * The whole generic part of a longer name names it too, capitalised or not: "accorde 14 M$ au
 * centre de services scolaire" after "le Centre de services scolaire des Navigateurs-du-Nord".
 */
function shortMentionPatterns(recipients: Recipient[]): Map<Recipient, ShortMention[]> {
  const out = new Map<Recipient, ShortMention[]>();
  const named = recipients.map((r) => {
    const words = r.name.split(/\s+/u);
    const head = words[0]!;
    const headed = ORG_HEADS.has(head.toLowerCase()) && head !== r.name && /^\p{Lu}/u.test(head);
    return { r, words, head, generic: headed ? genericPart(words) : [] };
  });
  const count = (key: string) => (counts.get(key) ?? 0);
  const counts = new Map<string, number>();
  for (const { head, generic } of named) {
    counts.set(head, count(head) + 1);
    if (generic.length > 0) counts.set(`~${generic.join(" ").toLowerCase()}`, count(`~${generic.join(" ").toLowerCase()}`) + 1);
  }
  for (const { r, words, head, generic } of named) {
    if (generic.length === 0) continue;
    const patterns: ShortMention[] = [];
    if (count(head) === 1) patterns.push(shortMention(head, head, false));
    // Two words or more besides connectors ("Coopérative de solidarité"): no capital needed.
    if (generic.length >= 3 && generic.length < words.length && count(`~${generic.join(" ").toLowerCase()}`) === 1) {
      patterns.push(shortMention(generic.join(" "), head, true));
    }
    out.set(r, patterns);
  }
  return out;
}

function shortMention(form: string, head: string, long: boolean): ShortMention {
  let re = SHORT_MENTION_PATTERNS.get(form);
  if (!re) {
    const words = form.split(" ").map(escapeRegExp).join(String.raw`\s+`);
    re = {
      mention: new RegExp(String.raw`(?<![\p{L}])(à\s+la|à\s+l['’]|au|le|la|l['’])\s*(${words})(?![\p{L}\p{N}])(\s*[\p{L}'’]*)`, "giu"),
      head: new RegExp(escapeRegExp(head), "giu"),
      long,
    };
    if (SHORT_MENTION_PATTERNS.size >= 200) SHORT_MENTION_PATTERNS.clear();
    SHORT_MENTION_PATTERNS.set(form, re);
  }
  return re;
}

function shortMentionsIn(text: string, short: ShortMention, s: Span, r: Recipient, found: Occurrence[]): void {
  const body = text.slice(s.start, s.end);
  const re = short.mention;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const next = m[3].trim();
    if (/^\p{Lu}/u.test(next) || /^(?:de|du|des|d['’].*)$/u.test(next) || (next !== "" && ADJECTIVE_ENDING.test(next))) continue;
    // given to it ("versée à la Société") or its subject receives ("le Consortium recevra"); not "la Ville et ses partenaires financeront"
    if ((!short.long && !/^\p{Lu}/u.test(m[2])) || (!/^à|^au$/iu.test(m[1]) && !RECEIVING_VERB_WORD.test(next))) continue;
    // group 1 opens the match (after a look-behind): its offsets without the `d` flag, whose
    // match indices V8 builds outside the fast exec path
    found.push({ start: s.start + m.index, end: s.start + m.index + m[1].length, recipient: r });
  }
}


/** Sentences: split at a newline or at ". " / "! " / "? " before a capital or a quote mark. */
function sentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  for (const at of sentenceMarks(text)) {
    const c = text.charCodeAt(at);
    if (c !== 0x0a && !endsSentence(text, at)) continue;
    spans.push({ start, end: at + 1 });
    start = at + 1;
  }
  spans.push({ start, end: n });
  const kept = spans.filter((s) => /\S/u.test(text.slice(s.start, s.end)));
  return text.includes("tandis") || text.includes("alors qu") ? kept.flatMap((s) => clauses(text, s)) : kept;
}

/** "A et B recevront chacun 40 000 $, tandis que C obtient 60 000 $": each clause gives on its own. */
const CONTRAST = /,\s+(?:tandis|alors)\s+qu(?:e\s+|['’]\s*)/gu;
function clauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes("tandis") && !body.includes("alors qu")) return [sentence];
  const out: Span[] = [];
  let start = sentence.start;
  for (const m of body.matchAll(CONTRAST)) {
    out.push(out.length === 0 ? { start, end: sentence.start + m.index! } : { start, end: sentence.start + m.index!, clause: true });
    start = sentence.start + m.index!;
  }
  out.push(out.length === 0 ? { start, end: sentence.end } : { start, end: sentence.end, clause: true });
  return out;
}

/** The amounts (sorted by start) that lie inside the span, in order: found by bisection, not by a pass over all. */
function amountsIn(amounts: Amount[], s: Span): Amount[] {
  const inside: Amount[] = [];
  for (let k = firstAtOrAfter(amounts.length, (i) => amounts[i].start, s.start); k < amounts.length && amounts[k].start <= s.end; k++) if (amounts[k].end <= s.end) inside.push(amounts[k]);
  return inside;
}

/** Runs of amounts joined only by coordination ("54 000 dollars et de 34 000 dollars"). */
function coordinatedRuns(text: string, amounts: Amount[]): Amount[][] {
  const runs: Amount[][] = [];
  for (const a of amounts) {
    const run = runs[runs.length - 1];
    if (run && COORDINATION.test(text.slice(run[run.length - 1].end, a.start))) run.push(a);
    else runs.push([a]);
  }
  return runs;
}

/** A part of a program ("volet …", "mesure 11", "initiative …") is not the program a grant comes from. */
const isPart = (p: Program) => SUB_PROGRAM_KINDS.has(p.kind ?? "") && (p.kind !== "mesure" || /^mesure\s/iu.test(p.name))
  || p.kind === "initiative";

/**
 * The program a sentence names, or the release's one program, or the one that a sentence without
 * its own amount says the money comes from ("Cette aide a été accordée dans le cadre du Fonds X").
 */
function programFor(text: string, sentence: Span, programs: Program[], spans: Span[], amounts: Amount[]): string | null {
  const main = programs.filter((p) => !isPart(p));
  const s = main.length > 0 ? foldName(text.slice(sentence.start, sentence.end)) : ""; // once, not once per program
  const inSentence = (p: Program) => {
    const base = foldName(p.name.replace(/\s*\([^)]*\)/gu, ""));
    return s.includes(base) || (p.acronym !== null && new RegExp(`(?<![a-z])${escapeRegExp(foldName(p.acronym))}(?![a-z])`, "u").test(s));
  };
  const named = main.filter(inSentence);
  if (named.length === 1) return named[0].name;
  // (or with money, when the sentence opens on the sums already stated: "Ces sommes proviennent de
  // l'initiative X, dotée de 45 M$")
  const withoutAmount = () => spans.filter((s) => !amounts.some((a) => a.start >= s.start && a.end <= s.end) || ANAPHORIC_MONEY.test(text.slice(s.start, s.start + 60)));
  const sourceOf = (candidates: Program[]) => {
    const sentences = withoutAmount();
    return candidates.filter((p) => {
      const base = escapeRegExp(p.name.replace(/\s*\([^)]*\)/gu, "").slice(0, 30));
      const re = new RegExp(String.raw`(?:dans le cadre|provient|proviennent|issue?s?|grâce|en vertu)\s+(?:(?:du|de la|des|au)\s+|de l['’]\s*)[^.]*?${base}`, "iu");
      return sentences.some((s) => re.test(text.slice(s.start, s.end)));
    });
  };
  if (main.length === 1) {
    // "Ces sommes proviennent de l'initiative X": an initiative said to be the source, over the one program named elsewhere
    const initiatives = programs.some((p) => p.kind === "initiative") ? sourceOf(programs.filter((p) => p.kind === "initiative")) : [];
    return initiatives.length === 1 && sourceOf(main).length === 0 ? initiatives[0]!.name : main[0]!.name;
  }
  const source = sourceOf(main);
  return source.length === 1 ? source[0].name : null;
}

/** A sentence that opens on money already stated: "Les sommes seront versées …", "Cette aide ira …". */
/** "passera de 120 000 $ à 185 000 $ par organisme": a rate for each member of a group, no one's grant. */
const PER_UNIT = /^(?:\s*(?:à|et)\s+[\d\s\u00A0\u202F,]+(?:\$|M\$|dollars))?\s+par\s+(?:organisme|entreprise|municipalité|établissement|projet|personne|participant|membre)(?![\p{L}])/u;
const perUnit = (text: string, a: Amount) => PER_UNIT.test(text.slice(a.end, a.end + 60));
/** Between an amount and the recipient it goes to: "180 000 $ pour le X", "95 000 $ à la Y". */
const AMOUNT_FOR = /^\s*(?:pour|à|au|aux)\s+(?:(?:le|la|les|l['’])\s*)?$/u;
/** A sentence that opens on money already named, after one of `determiners`: "Les sommes …", "Cette aide …". */
// also the whole of it: "L'ensemble de l'enveloppe sera versé à X"
const anaphoricMoney = (determiners: string) => String.raw`^\s*(?:l['’]ensemble\s+(?:de\s+|d['’]\s*|des\s+|du\s+))?(?:${determiners})\s*(?:sommes?|montants?|aide|aides|financement|contribution|subvention|investissement|enveloppe|appui|soutien|fonds)(?![\p{L}])`;
const ANAPHORIC_MONEY = new RegExp(anaphoricMoney(String.raw`les|ces|cette|ce|cet|l['’]`), "iu");

/**
 * The one amount of the nearest earlier sentence with money (within three sentences), when that
 * sentence names no recipient of its own; for "l'ensemble de …", the one amount called total.
 */
const WHOLE_OF = /^\s*l['’]ensemble(?![\p{L}])/iu;
const TOTAL_BEFORE = /(?<![\p{L}])(?:totale?s?|globale?s?)\s+(?:de\s+|d['’]\s*)$/iu;
function amountBefore(text: string, sentence: Span, spans: Span[], amounts: Amount[], occurrencesIn: FindIn): Amount | null {
  const at = spans.indexOf(sentence);
  const earlier: Amount[][] = []; // the money of each earlier sentence, nearest first, up to one naming a recipient
  for (let i = at - 1, stop = sentencesBack(spans, at, 3); i >= 0 && i >= stop; i--) {
    const s = spans[i];
    const money = amounts.filter((a) => a.start >= s.start && a.end <= s.end);
    if (money.length === 0) continue;
    if (occurrencesIn(s).length > 0) break;
    earlier.push(money);
  }
  // "L'ensemble de l'enveloppe …" after "D'une valeur totale de 540 000 $, … y investit 300 000 $ …": the total
  if (WHOLE_OF.test(text.slice(sentence.start, sentence.start + 20))) {
    const totals = earlier.flat().filter((a) => TOTAL_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)));
    if (totals.length === 1) return totals[0];
  }
  return earlier[0]?.length === 1 ? earlier[0][0] : null;
}

/** "redistribué par le RJSMQ": the one who hands the money on, not who receives it here. */
const AGENT_BEFORE = /(?<![\p{L}])par\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?$/iu;
/**
 * "Le premier projet est porté par la Corporation X (CX), qui obtient 612 000 $", "Le projet, porté
 * par la Coopérative X, recevra …": who carries the project receives (not when the project "représente un investissement de").
 */
// ("sera réalisé par le Centre X, auquel le ministère accorde …": the one who carries it out, given to)
const CARRIER_BEFORE = /(?:porté|portée|portés|portées|piloté|pilotée|pilotés|pilotées|mené|menée|menés|menées|réalisé|réalisée|réalisés|réalisées)\s+par\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?$/iu;
const RECEIVES_AFTER = /^\s*,\s*(?:(?:qui\s+)?(?:obtient|obtiendra|reçoit|recevra|bénéficie|bénéficiera|touche|touchera)(?![\p{L}])|(?:auquel|à\s+laquelle|à\s+qui)\s)/u;
const isAgent = (text: string, sentence: Span, o: Span) => {
  const before = text.slice(Math.max(sentence.start, o.start - 24), o.start);
  return AGENT_BEFORE.test(before) && !(CARRIER_BEFORE.test(before) && RECEIVES_AFTER.test(text.slice(o.end, o.end + 40)));
};
/** "les municipalités de la MRC de Maskinongé", "la députée de X": a place named by another body, not the town that receives. */
const OTHER_PLACE_BEFORE = /(?<![\p{L}])(?:MRC|région|circonscription|territoire|députée?|préfète?|maire|mairesse)\s+(?:de\s+|du\s+|d['’]\s*)$/iu;
/** "À ce montant s'ajoute …", "S'y ajoutent …": a sentence that adds money to the grant before. */
const ADDED_SENTENCE = /^\s*(?:à\s+(?:ce|cette|ces)\s+(?:montants?|sommes?|aides?|contributions?|subventions?|financements?)\s+s['’]ajout(?:e|ent|era|eront)|s['’]y\s+ajout(?:e|ent|era|eront))(?![\p{L}])/iu;
/** "Ce soutien comprend une subvention … et un prêt …": the parts of money already announced. */
// ("L'aide gouvernementale se compose d'un prêt …": an adjective after the noun)
// ("Le soutien gouvernemental se compose d'un prêt …": "le"/"la" too, before the verb that splits it)
const COMPOSED_MONEY = new RegExp(String.raw`${anaphoricMoney(String.raw`les|le|la|ces|cette|ce|cet|l['’]`)}(?:\s+(?:gouvernementale?s?|financière?s?|fédérale?s?|provinciale?s?|accordée?s?|annoncée?s?))?\s+(?:total\s+)?(?:comprend|comprendra|comporte|inclut|se\s+compose|se\s+divise|se\s+répartit|se\s+décline|prend\s+la\s+forme)`, "iu");

/** An amount after "dont" in its sentence: a part of the total before it ("… 17,8 M$ au X, dont 4,5 M$ pour …"). */
function afterDont(text: string, sentence: Span, a: Span): boolean {
  return /(?<![\p{L}])dont(?![\p{L}])/iu.test(text.slice(sentence.start, a.start));
}

/** A total shared with others the sentence may not name: "à parts égales", "conjointement", "recevront ensemble". */
// (not "partagée à parts égales entre les deux ordres de gouvernement": the funders share the cost; not
// "pour un terrain synthétique partagé avec le club de soccer": a thing shared, not the money)
const SHARED_WITH_OTHERS = new RegExp(String.raw`(?<![\p{L}])(?:à\s+parts\s+égales(?!\s+entre\s+(?:les\s+(?:deux\s+)?(?:ordres|paliers|niveaux)\s+de\s+gouvernement|les\s+(?:deux\s+)?gouvernements|Ottawa\s+et\s+Québec|Québec\s+et\s+Ottawa))|conjointement|(?:${RECEIVING_VERBS.join("|")})\s+ensemble|se\s+partager(?:a|ont)?\s+avec|(?:somme|aide|montant|enveloppe|contribution|subvention|financement|\$)\s+(?:[\p{L}'’-]+\s+){0,2}?partagée?s?\s+avec)(?![\p{L}])`, "iu");

/** "un investissement de 10,5 M$ des gouvernements du Canada et du Québec et de la Ville de X": a funder listed with them. */
const COFUNDER_BEFORE = /(?<![\p{L}])(?:des\s+gouvernements|du\s+gouvernement)[^.;$]{0,60}?\set\s+(?:de\s+la|du|de\s+l['’]|des)\s*$/u;

/** "le Centre X, affilié au Cégep, reçoit …": the organisation of an aside is not the one that receives. */
const AFFILIATED_BEFORE = /(?<![\p{L}])(?:affilié|rattaché|associé|situé|basé|installé|intégré)e?s?\s+(?:(?:à\s+la|à\s+l['’]|au|aux|à)\s*)?$/u;

/** "lui verse 2 843 000 $", "leur accorde une aide de 50 000 $": money given to the one named before. */
const DATIVE_GIVING_BEFORE = /(?<![\p{L}])(?:lui|leur)\s+(?:verse|versera|versent|accorde|accordera|accordent|octroie|octroiera|consent|consentira|attribue|attribuera|alloue|allouera|remet|remettra|offre|offrira)\s+(?:(?:également|aussi|en\s+outre|de\s+plus|par\s+ailleurs|enfin)\s+)?(?:(?:une?|la|le)\s+(?:aide|somme|montant|contribution|subvention|prêt|financement)(?:\s+[\p{L}'’-]+){0,5}?\s+(?:de\s+|d['’]\s*))?(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+|jusqu['’]à\s+)?$/u;

/** A list of recipients sharing one total: "se partageront 1,8 M$", "qui se partagent le solde de 79 100 $". */
const SHARED_BY_LIST = /(?<![\p{L}])se\s+partag/u;
/**
 * A word every SHARED_WITH_OTHERS phrase holds, same flags: tried first, as that pattern's look-behind
 * at every character of a sentence costs about three times as much.
 */
const SHARED_HINT = /parts|conjointement|ensemble|partag/iu;

/** Between two amounts offered together: " et une contribution financière non remboursable de ", " ainsi qu'un prêt de ". */
// (its source between: "un prêt de 1,75 M$ d'Investissement Québec, accordé dans le cadre du programme ESSOR, ainsi que d'une subvention de")
// (or how it is given: "un prêt de 20 M$ par l'intermédiaire d'Investissement Québec, dans le cadre du programme ESSOR, ainsi qu'une subvention de")
const OFFER_JOINT = /^(?:,?\s+(?:du|de\s+la|de\s+l['’]|d['’]|par\s+l['’](?:intermédiaire|entremise)|dans\s+le\s+cadre|en\s+vertu|provenant)\s*[^\d$.;:]{0,120}?)?\s*,?\s*(?:et|ainsi\s+qu['’]|ainsi\s+que)\s*(?:d['’]\s*|de\s+)?(?:un|une)\s+(?:prêt|contribution|subvention|aide|bourse|somme|montant)(?:\s+[\p{L}-]+){0,3}?\s+(?:de\s+|d['’]\s*)$/u;

/**
 * "2 110 000 $ du gouvernement fédéral et 1 758 000 $ du gouvernement du Québec", "… du fédéral et
 * … du provincial", "95 000 $ du Fonds X et 20 000 $ du volet Y": each amount from its own source.
 */
// ("22,4 M$ par Québec et 16,1 M$ par Ottawa": the funder after "par")
const FROM_FUNDER = String.raw`\s*(?:(?:du|de\s+la|de\s+l['’]|d['’])\s*(?:gouvernement|ministère|Québec|Ottawa|Canada|fédéral|provincial|Fonds|[Pp]rogramme|volet)|(?:de|par)\s+(?:Québec|Ottawa)|par\s+(?:le|la|l['’])\s*(?:gouvernement|ministère|fédéral|provincial))(?![\p{L}])`;
const FUNDER_JOINT = new RegExp(String.raw`^${FROM_FUNDER}[^\d$.;:]{0,80}?\s(?:et|ainsi\s+que)\s+$`, "u");
const FROM_FUNDER_AFTER = new RegExp(String.raw`^${FROM_FUNDER}`, "u");

/** Whether the amounts x then y are two parts of one offer (OFFER_JOINT) or the shares of two funders (FUNDER_JOINT). */
function joint(text: string, x: Amount, y: Amount): boolean {
  const between = text.slice(x.end, y.start);
  return OFFER_JOINT.test(between) || FUNDER_JOINT.test(between) && FROM_FUNDER_AFTER.test(text.slice(y.end, y.end + 40))
    // "un peu plus de 1,9 M$ d'Ottawa (1 925 000 $) et 1 604 600 $ de Québec": the sum put exactly in parentheses, then
    // the other funder's
    || RESTATED_IN_PARENS.test(between) && /^\s*\)/u.test(text.slice(y.end, y.end + 3))
    || AFTER_PARENS_JOINT.test(between) && FROM_FUNDER_AFTER.test(text.slice(y.end, y.end + 40));
}
const RESTATED_IN_PARENS = /^(?:\s*(?:du|de\s+la|de\s+l['’]|d['’]|de|par)\s*\p{Lu}[\p{L}-]+)?\s*\(\s*$/u;
const AFTER_PARENS_JOINT = /^\s*\)\s*,?\s*(?:et|ainsi\s+que)\s+$/u;

/** The amounts chained to `a` by joint, before or after it. */
function offeredWith(text: string, money: Amount[], a: Amount): Amount[] {
  const sorted = [...money].sort((x, y) => x.start - y.start);
  const out: Amount[] = [];
  const at = sorted.indexOf(a);
  for (let i = at + 1; i < sorted.length && joint(text, sorted[i - 1], sorted[i]); i++) out.push(sorted[i]);
  for (let i = at - 1; i >= 0 && joint(text, sorted[i], sorted[i + 1]); i--) out.push(sorted[i]);
  return out;
}

/** The one recipient of the nearest earlier sentence with money (within three sentences). */
function recipientBefore(sentence: Span, spans: Span[], amounts: Amount[], occurrencesIn: FindIn): Recipient | null {
  const at = spans.indexOf(sentence);
  // (over a sentence whose money is no one's: "Le projet, évalué à plus de 9,8 M$, prévoit …")
  for (let i = at - 1, stop = sentencesBack(spans, at, 4); i >= 0 && i >= stop; i--) {
    const s = spans[i];
    if (!amounts.some((a) => a.start >= s.start && a.end <= s.end)) continue;
    const found = new Set(occurrencesIn(s).map((o) => o.recipient));
    if (found.size === 0) continue;
    return found.size === 1 ? [...found][0] : null;
  }
  return null;
}

/** "<recipient> investit 5,6 M$", "… assumera 1,2 M$": the recipient as the subject of spending its own money. */
const SPENDS_BETWEEN = /^[\s,]*(?:investit|investira|investissent|investiront|injecte|injectera|consacre|consacrera|assume|assumera|débourse|déboursera|ajoute|ajoutera)\s+(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+|quelque\s+)?$/u;

/** ", à raison de" before a sum: its share of a total. */
const AT_RATE_OF = /,\s*à\s+raison\s+(?:de\s+|d['’]\s*)$/u;
const RESTATED_BEFORE = /,\s*soit\s+(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+)?$/u;
/** "… est également financé par la Ville de X, qui y consacre 150 000 $": what a funder named after "par" puts in. */
const FUNDER_SPENDS_BEFORE = /(?<![\p{L}])par\s+(?:le|la|les|l['’])\s*[^,;.]{2,80},\s*qui\s+(?:y\s+)?(?:consacre|consacrera|investit|investira|injecte|injectera|ajoute|ajoutera|verse|versera|accorde|accordera)\s+(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+)?$/u;

/** A sum per year: "500 000 $ par année", "… annuellement". */
const PER_YEAR_AFTER = /^\s*(?:par\s+(?:année|an)|annuellement|chaque\s+année)(?![\p{L}])/u;

/**
 * Between a name and an amount, the name the subject of giving it: "…, s'est engagée à verser une
 * contribution de", "versera". Not when another giver comes between ("X, à qui le ministère versera",
 * "X, que la Ville lui versera"): no relative, pronoun or subject of its own before the verb.
 */
const GIVING_VERB_ENDS = /(?<![\p{L}])(?:verse|versera|versent|verseront|s['’](?:est|sont)\s+engagée?s?\s+à\s+verser|s['’]engage(?:nt)?\s+à\s+verser)\s+(?:(?:une?|la|le)\s+(?:contribution|somme|aide|montant|subvention)\s+(?:de\s+|d['’]\s*))?(?:(?:plus|près)\s+d['e]\s*|environ\s+)?$/u;
const OTHER_GIVER = /(?<![\p{L}])(?:lui|leur|à\s+qui|auquel|à\s+laquelle|auxquels|dont|que|qu['’]|par|reçoit|recevra|obtient|obtiendra|bénéficie)(?![\p{L}])/u;
const givesBetween = (between: string): boolean => GIVING_VERB_ENDS.test(between) && !OTHER_GIVER.test(between);

/** After a part of a total: the kind of money or the program it comes from ("sous forme de prêt", "au titre du Programme X"). */
const PART_OF_KIND = /^\s*(?:(?:sous\s+forme|au\s+titre|dans\s+le\s+cadre|en\s+vertu|provenant|issus?|issue?s?)\s+(?:de|du|des|d['’])|(?:du|de\s+la|de\s+l['’])\s*(?:Programme|Fonds|programme|fonds|volet|Volet))/u;

/** Between a subject and its sum: its receiving verb ("reçoit", "se voit confier", "bénéficie d'une aide de"), or a comma alone (a verb left out). */
// (a relative after an apposition: "B, un regroupement de bénévoles fondé en 1998, obtient", "C, un lieu …, qui reçoit")
const SUBJECT_TAKES = new RegExp(String.raw`^\s*(?:,|(?:,[^,.;:$]{1,120},\s*(?:qui\s+(?:en\s+)?)?|,\s*qui\s+(?:en\s+)?)?(?:reçoit|recevra|obtient|obtiendra|bénéficie|bénéficiera|touche|touchera|décroche|décrochera|reçoivent|recevront|obtiennent|obtiendront|bénéficient|bénéficieront|touchent|toucheront|se\s+voi(?:t|ent)\s+${GIVEN_INFINITIVES})\s+(?:(?:aussi|également|quant\s+à\s+(?:lui|elle)|pour\s+sa\s+part|de\s+son\s+côté)\s+)?(?:(?:de\s+|d['’]\s*)?(?:une?|la|le)\s+(?:aide|somme|subvention|contribution|montant|prêt|appui|soutien)(?:\s+[\p{L}-]+){0,2}?\s+(?:de\s+|d['’]\s*)|de\s+|d['’]\s*)?)\s*$`, "u");

/** Between two amounts: the other government's share, its verb left out ("… et le gouvernement du Québec, "). */
const OTHER_GOVERNMENT = String.raw`et\s+(?:le\s+gouvernement\s+du\s+(?:Québec|Canada)|Québec|Ottawa|le\s+fédéral|le\s+provincial)\s*,\s*$`;
const OTHER_GOVERNMENT_SHARE = new RegExp(String.raw`^\s*(?:pour\s+sa\s+part\s*)?,?\s*${OTHER_GOVERNMENT}`, "u");
/** The same after the recipient and its program: "… à la Ville X dans le cadre du Programme Y, et le gouvernement du Canada, ". */
const OTHER_GOVERNMENT_SHARE_TAIL = new RegExp(String.raw`,\s*${OTHER_GOVERNMENT}`, "u");
const RESPECTIVELY = /\brespectivement\b/u;

/** "…, auxquels s'ajoutent 2,15 M$": an amount added to the one just given. */
// (the kind of money between: "auquel s'ajoute une aide ponctuelle de 310 000 $")
const ADDED_TO = /(?<![\p{L}])(?:auxquels|auxquelles|auquel|à\s+laquelle|à\s+quoi)\s+s['’]ajout(?:e|ent|era|eront)\s+(?:(?:une?|la|le)\s+(?:aide|somme|montant|contribution|subvention|prêt|financement|enveloppe)(?:\s+[\p{L}-]+){0,2}?\s+(?:de\s+|d['’]\s*))?(?:(?:plus|près)\s+d['e]\s*|environ\s+)?$/u;

const OTHER_FUNDER_GIVES = /^\s*(?:De\s+son\s+côté|Pour\s+sa\s+part|De\s+même|Quant\s+à\s+lui|Quant\s+à\s+elle)\s*,\s*(?:le\s+gouvernement\s+(?:du\s+Québec|du\s+Canada|fédéral)|Québec|Ottawa|le\s+ministère\s[^.,]{0,80}?)\s+(?:octroie|accorde|verse|consent|alloue|attribue|octroiera|accordera|versera|consentira)\s/u;

/** "elle bénéficie d'un prêt de", "Elle recevra également": a subject pronoun receiving, right before the amount. */
// (or a generic word for it: "L'organisme recevra aussi 275 000 $")
const TAKE_UP_SUBJECT = String.raw`elle|il|celle-ci|celui-ci|l['’](?:organisme|entreprise|établissement|association|organisation)|la\s+(?:coopérative|corporation|société|fondation|municipalité|ville|MRC)|le\s+(?:centre|regroupement|festival|musée|club)`;
const PRONOUN_RECEIVES_HINT = new RegExp(String.raw`(?<![\p{L}])(?:${TAKE_UP_SUBJECT})\s+(?:(?:également|aussi)\s+)?(?:recev|reç|obt|bénéfic|touch)`, "iu");
const PRONOUN_RECEIVES = new RegExp(String.raw`(?<![\p{L}])(?:${TAKE_UP_SUBJECT})\s+(?:reçoit|recevra|obtient|obtiendra|bénéficie|bénéficiera|touche|touchera)\s+(?:(?:également|aussi|ainsi|donc|en\s+outre|de\s+plus)\s+)?(?:(?:d['’]\s*|de\s+)?(?:une?|la|le)\s+(?:aide|somme|montant|contribution|subvention|prêt|financement|bourse|appui|soutien)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:de\s+|d['’]\s*))?(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+|jusqu['’]à\s+)?$`, "iu");

/** The one recipient named in the sentence before (or the one before that, when that one names none). */
function referentBefore(sentence: Span, spans: Span[], occurrencesIn: FindIn, resolved?: Map<Span, Recipient>): Recipient | null {
  const at = spans.indexOf(sentence);
  for (let i = at - 1, stop = sentencesBack(spans, at, 2); i >= 0 && i >= stop; i--) {
    // "elle bénéficie d'un prêt … Le gouvernement lui consent …": a pronoun already resolved
    const earlier = resolved?.get(spans[i]!);
    if (earlier) return earlier;
    const found = new Set(occurrencesIn(spans[i]!).map((o) => o.recipient));
    if (found.size > 0) return found.size === 1 ? [...found][0]! : null;
  }
  return null;
}

/** What names a cost, not a grant, right before an amount: "un projet de", "d'un coût total de", "d'une valeur de". */
// ("des dommages estimés à 300 000 $", "des travaux évalués à 1,1 M$": an estimate, not money given)
// ("le projet représente un investissement total de 15 870 000 $": what the project costs in all)
const COST_BEFORE = /(?<![\p{L}])(?:(?:projet|coût|valeur)(?:\s+(?:total|totale|estimée?|global|globale))?\s+(?:de|d['’])|investissement\s+(?:total|global)\s+de|(?:estimée?s?|évaluée?s?)\s+à)\s*(?:(?:plus|près|moins)\s+d['e]\s*|environ\s+)?$/u;

/** Whether a program is named inside the span (any of its mentions: a program keeps the first one's offsets). */
const programsIn = (text: string, programs: Program[], s: Span) => programs.some((p) => text.slice(s.start, s.end).includes(p.name));

/** Every grant the text states, one per (recipient, amount). */
export function findGrants(text: string, ctx: GrantContext): Grant[] {
  const grants: Grant[] = [];
  const seen = new Set<string>();
  const amounts = [...ctx.amounts].sort((a, b) => a.start - b.start);
  const spans = sentences(text);
  const names = new Set(ctx.recipients.map((r) => foldName(r.name)));
  const mentions = ctx.mentions ?? findRecipientMentions(text, { amounts: ctx.amounts, programs: ctx.programs });
  const occurrencesIn = occurrenceFinder(text, ctx.recipients, mentions);
  const programs = new Map<Span, string | null>(); // one answer per sentence
  const resolved = new Map<Span, Recipient>(); // sentences whose "elle"/"lui" was found to be a recipient
  const programOf = (sentence: Span) => {
    if (!programs.has(sentence)) programs.set(sentence, programFor(text, sentence, ctx.programs, spans, amounts));
    return programs.get(sentence)!;
  };
  const rough: { recipient: string; amount: Amount; sentence: Span }[] = []; // grants of a sum given roughly ("près de", "plus de")
  const add = (recipient: string, amount: Amount, sentence: Span, evidence: Span) => {
    const key = `${foldName(recipient)}|${amount.value}`;
    // ("un bail de 1 $ par année": a token sum, no grant)
    if (seen.has(key) || amount.value <= 1) return;
    seen.add(key);
    if (amount.qualifier !== "exact") rough.push({ recipient, amount, sentence });
    grants.push({
      recipient, amount: amount.value, program: programOf(sentence),
      start: Math.min(evidence.start, amount.start), end: Math.max(evidence.end, amount.end),
    });
  };
  /** Up to `n` characters of the sentence right before the amount. */
  const before = (sentence: Span, a: Amount, n: number) => text.slice(Math.max(sentence.start, a.start - n), a.start);
  /** Money the sentence gives to a pronoun ("lui", "elle"): the recipient the sentences before name. */
  const toReferent = (sentence: Span, given: Amount[]) => {
    const referent = given.length > 0 ? referentBefore(sentence, spans, occurrencesIn, resolved) : null;
    if (referent === null) return;
    resolved.set(sentence, referent);
    for (const a of given) add(referent.name, a, sentence, sentence);
  };
  const sentenceOf = (offset: number) => spans.find((s) => s.start <= offset && offset < s.end) ?? { start: offset, end: offset };

  // table rows and "dont 40 000 $ pour X": mentions that carry their own amount
  // a row that names a place whose town is a recipient ("Dégelis | … | 318 450 $" beside "la Ville
  // de Dégelis") is that town's
  const owners = placeOwners(ctx.recipients);
  const recipientOfRow = (m: RecipientMention) => (names.has(foldName(m.name)) ? m.name : owners.get(m.name));
  const rows = mentions.filter((m) => m.amount && recipientOfRow(m) !== undefined);
  for (const row of rows) {
    // the program named beside the sum ("Aide du ministère : 98 000 $ (Programme d'aide à la numérisation)",
    // a line under the name), else as the name's line has it
    const sumLine = sentenceOf(row.amount!.start);
    add(recipientOfRow(row)!, row.amount!, sumLine.start > row.end && programsIn(text, ctx.programs, sumLine) ? sumLine : sentenceOf(row.start), row);
    // "X (FCT) : 95 000 $ du Fonds A et 20 000 $ du volet B": the row's other sums from their own source
    for (const a of offeredWith(text, amounts, row.amount!)) add(recipientOfRow(row)!, a, sentenceOf(row.start), row);
  }
  const rowAmounts = new Set(rows.map((r) => r.amount)); // a table has as many rows as amounts: no pass over rows per amount
  const inRow = (a: Amount) => rowAmounts.has(a);
  const hasPartIn = (r: Recipient, s: Span) => rows.some((m) => m.start >= s.start && m.start < s.end && foldName(m.name) === foldName(r.name));

  for (const sentence of spans) {
    const body = text.slice(sentence.start, sentence.end);
    const money = amountsIn(amounts, sentence).filter((a) => !inRow(a) && !perUnit(text, a)
      && !FUNDER_SPENDS_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 120), a.start)));
    // without money of its own, only a sentence that opens on money already stated gives a grant
    // (both uses below need ANAPHORIC_MONEY): most sentences end here, before the costlier cue test
    if (money.length === 0 && !ANAPHORIC_MONEY.test(body)) continue;
    if (!FUNDING_CUE.test(body) && !AMOUNT_TO_ITEM.test(body)) continue;
    const occ = occurrencesIn(sentence)
      .filter((o) => !isAgent(text, sentence, o) && !PEOPLE_SUBJECT.test(text.slice(sentence.start, o.start))
        && !OTHER_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 24), o.start))
        && !AFFILIATED_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 24), o.start))
        && !COFUNDER_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 90), o.start)));
    const order: Recipient[] = [];
    for (const o of occ) if (!order.includes(o.recipient)) order.push(o.recipient);
    if (order.length === 0) {
      // "Ce soutien comprend une subvention de 45 000 $ … ainsi qu'un prêt de 350 000 $": parts of the earlier grant
      // "À ce montant s'ajoute une somme de 300 000 $": more for the one of the sentence before
      const r = COMPOSED_MONEY.test(body) || ADDED_SENTENCE.test(body) ? recipientBefore(sentence, spans, amounts, occurrencesIn) : null;
      if (r) for (const a of money) add(r.name, a, sentence, sentence);
      // "l'agence fédérale lui consent une contribution de 750 000 $": the one named just before
      // "Pour le réaliser, elle bénéficie d'un prêt de 2,5 M$": one sum the one named just before receives
      // ("lui octroie un prêt de 100 M$ ainsi qu'une subvention de 50 M$": each part of the offer)
      else if (/(?<![\p{L}])(?:lui|leur)\s/u.test(body)) {
        const given = money.filter((a) => DATIVE_GIVING_BEFORE.test(before(sentence, a, 90)));
        toReferent(sentence, [...new Set([...given, ...given.flatMap((a) => offeredWith(text, money, a))])]);
      }
      // "Le gouvernement du Canada accorde 3 450 000 $ au Musée. De son côté, le gouvernement du Québec octroie
      // une subvention de 4,2 M$": the other funder gives to the same one
      else if (OTHER_FUNDER_GIVES.test(body)) toReferent(sentence, money.filter((a) => !COST_BEFORE.test(before(sentence, a, 40))));
      else if (PRONOUN_RECEIVES_HINT.test(body)) {
        const received = money.filter((a) => PRONOUN_RECEIVES.test(before(sentence, a, 90)));
        if (received.length === 1) toReferent(sentence, received);
      }
      continue;
    }
    const first = (r: Recipient) => occ.find((o) => o.recipient === r)!;
    if (money.length === 0) {
      // "Les sommes seront versées au X": the amount of an earlier sentence
      const earlier = order.length === 1 && ANAPHORIC_MONEY.test(body) ? amountBefore(text, sentence, spans, amounts.filter((a) => !inRow(a)), occurrencesIn) : null;
      if (earlier) add(order[0].name, earlier, sentence, first(order[0]));
      continue;
    }
    if (order.length === 1) {
      // "X recevra, conjointement avec ses partenaires, 90 000 $": a total X shares, not X's grant
      if (money.length === 1 && SHARED_HINT.test(body) && SHARED_WITH_OTHERS.test(body)) continue;
      // "Les MRC du A, des B et de C se partageront 1,8 M$": the one of the list written out in full does not take the total
      if (money.length === 1 && SHARED_BY_LIST.test(body) && mentions.filter((m) => m.via === "list" && m.start >= sentence.start && m.start < sentence.end).length >= 2) continue;
      // the amount nearest to the recipient's mention, the parts after "dont" only when nothing else
      // (named twice, the occurrence nearest to money: "la Fondation X, qui s'était engagée à amasser 500 000 $, verra
      // … une contribution de 2,5 M$ versée à la fondation")
      const toMoney = (x: Occurrence) => Math.min(...money.map((a) => gap(x, a)));
      const mine = occ.filter((x) => x.recipient === order[0]);
      const o = mine.length < 2 ? first(order[0]) : mine.reduce((best, x) => (toMoney(x) < toMoney(best) ? x : best));
      // "un financement de 3,4 M$ …, dont 2,1 M$ pour X et …": X, named only after "dont" with its own part, does not take the total
      // "une contribution de 18 M$ à X pour un projet de 74,5 M$": the project's cost is not X's grant when other money is there
      // "La Fromagerie X investit 5,6 M$ et obtient deux prêts": what the recipient itself spends is not its grant
      // "la Municipalité X, qui prête un local, s'est engagée à verser une contribution de 10 000 $ au projet": it gives
      const own = (a: Amount) => a.start > o.end && (SPENDS_BETWEEN.test(text.slice(o.end, a.start)) || givesBetween(text.slice(o.end, a.start)));
      if (money.every(own)) continue;
      // "recevra six millions de dollars, dont 4 200 000 $ sous forme de prêt et 1 800 000 $ sous forme de
      // contribution": a total split into kinds of money or programs; each part is a grant, not the total
      const kinds = money.filter((a) => a.start > o.end && afterDont(text, sentence, a));
      if (kinds.length >= 2 && kinds.every((a) => PART_OF_KIND.test(text.slice(a.end, a.end + 48)))) {
        for (const a of kinds) add(order[0].name, a, sentence, o);
        continue;
      }
      // "1 146 900 $ sur trois ans, soit 382 300 $ par année": the sum put another way is not another grant
      // (not "bénéficie de la somme la plus élevée, soit 4 120 000 $": no sum before it to put another way)
      const restated = (a: Amount) => RESTATED_BEFORE.test(before(sentence, a, 24))
        && money.some((b) => b.end <= a.start);
      const all = money.filter((a) => !afterDont(text, sentence, a) && !own(a));
      // "500 000 $ par année pendant trois ans, soit 1,5 M$ au total": the total, put another way, over the sum per year
      // (not "1 236 000 $ par année, soit 103 000 $ par lit": a sum per anything is no total)
      const perYear = (a: Amount) => PER_YEAR_AFTER.test(text.slice(a.end, a.end + 24));
      const kept = all.filter((a) => !restated(a));
      const totals = all.filter((a) => !/^\s*par\s/u.test(text.slice(a.end, a.end + 8)));
      const parts = kept.every(perYear) && totals.length > 0 ? totals : kept.length > 0 ? kept : all;
      const whole = parts.filter((a) => !COST_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 40), a.start)));
      // "appuient un projet de 1,2 G$ de X": a cost alone is no grant
      if (whole.length === 0 && parts.length > 0) continue;
      if (whole.every((a) => a.start < o.start) && afterDont(text, sentence, o) && hasPartIn(order[0], sentence)) continue;
      const nearest = [...(whole.length > 0 ? whole : money)].sort((a, b) => gap(o, a) - gap(o, b))[0];
      add(order[0].name, nearest, sentence, o);
      // "un prêt de 2,5 M$ et une contribution de 500 000 $ à X": each part of the offer is a grant
      for (const a of offeredWith(text, money, nearest)) add(order[0].name, a, sentence, o);
      // "… accorde 3,4 M$ à la Ville X, et le gouvernement du Québec lui verse 2,8 M$": given to it again
      for (const a of money) if (a.start > o.end && DATIVE_GIVING_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 60), a.start))) add(order[0].name, a, sentence, o);
      // "Le gouvernement du Canada y investit 4,2 M$ et le gouvernement du Québec, 3,5 M$": each government's
      // share; "Les gouvernements du Canada et du Québec y investissent respectivement 3,8 M$ et 3,2 M$"
      for (let k = money.indexOf(nearest) + 1, last = nearest; k < money.length; k++) {
        const a = money[k]!;
        const between = text.slice(last.end, a.start);
        // ("accorde 4 312 000 $ à la Ville X dans le cadre du Programme Y, et le gouvernement du Canada, 1 432 800 $ par
        // l'intermédiaire du Fonds Z": the recipient and the program between, when the share goes to no one else)
        const tail = OTHER_GOVERNMENT_SHARE_TAIL.test(between) && !/^\s*(?:à|au|aux)\s/u.test(text.slice(a.end, a.end + 6));
        if (!OTHER_GOVERNMENT_SHARE.test(between) && !tail && !(RESPECTIVELY.test(body) && COORDINATION.test(between))) break;
        add(order[0].name, a, sentence, o);
        last = a;
      }
      // "l'organisme reçoit 4,6 M$ du Québec, auxquels s'ajoutent 2,15 M$ de la SCHL": more for it
      if (nearest.start > o.end) for (const a of money) if (a.start > nearest.end && ADDED_TO.test(text.slice(Math.max(sentence.start, a.start - 40), a.start))) add(order[0].name, a, sentence, o);
      continue;
    }
    // "les MRC A, B et C recevront chacune 150 000 $": one sum, each of them gets it
    // "… recevront chacune 1 250 000 $ du gouvernement du Canada et 1 041 667 $ du gouvernement du Québec":
    // each of them gets each part
    // ("recevront chacune 450 000 $, soit 150 000 $ par année": the sum put another way is no other part)
    // "A et B se partagent 120 000 $, soit 60 000 $ chacune": the share put another way, each of them gets it
    // ("une somme de 60 000 $, à raison de 20 000 $ chacun")
    const share = money.find((a, i) => i > 0 && EACH.test(text.slice(a.end, a.end + 9))
      && (RESTATED_BEFORE.test(before(sentence, a, 24)) || AT_RATE_OF.test(before(sentence, a, 24))));
    if (share && share.qualifier === "exact") {
      for (const r of order) add(r.name, share, sentence, first(r));
      continue;
    }
    const each = money.filter((a, i) => i === 0 || !RESTATED_BEFORE.test(before(sentence, a, 24)));
    const parts = !EACH.test(body) ? [] : each.length === 1 ? (each[0]!.qualifier === "exact" ? each : [])
      : offeredWith(text, each, each[0]!).length === each.length - 1 ? each : [];
    if (parts.length > 0) {
      for (const r of order) for (const a of parts) add(r.name, a, sentence, first(r));
      continue;
    }
    // "se partageront 275 000 $, soit 180 000 $ pour le PESM et 95 000 $ pour la CDC": each recipient
    // named right after its own amount ("<montant> pour|à X") takes it; the total is no one's grant
    const direct = order.map((r) => money.filter((a) => occ.some((o) => o.recipient === r && o.start >= a.end
      && o.start - a.end <= 16 && AMOUNT_FOR.test(text.slice(a.end, o.start)))));
    if (direct.every((d) => d.length === 1) && new Set(direct.map((d) => d[0])).size === order.length) {
      order.forEach((r, i) => add(r.name, direct[i][0], sentence, first(r)));
      continue;
    }
    // several recipients: a coordinated run of as many amounts, before or after them, pairs by order
    const run = coordinatedRuns(text, money).find((r) => r.length === order.length);
    if (run) {
      order.forEach((r, i) => add(r.name, run[i], sentence, first(r)));
      continue;
    }
    // "A obtient 58 000 $, B reçoit 41 500 $ pour … et C, 42 000 $ (, pour un total de …)": each subject
    // with the sum its verb takes, or the sum right after its name and a comma (a verb left out)
    const takes = (r: Recipient, broken: boolean) => {
      const o = first(r);
      return money.find((a) => a.start > o.end && a.start - o.end <= 60 && SUBJECT_TAKES.test(text.slice(o.end, a.start))
        && /^\s*:/u.test(text.slice(a.end, a.end + 3)) === broken);
    };
    // (not a total the text then breaks down: "La MRC X bénéficie pour sa part de 263 350 $ : A recevra …")
    const taken = order.map((r) => takes(r, false));
    const totals = order.map((r) => takes(r, true));
    if (taken.every((a) => a !== undefined) && new Set(taken).size === order.length) {
      order.forEach((r, i) => add(r.name, taken[i]!, sentence, first(r)));
      continue;
    }
    // some of them so (the others named without a sum of their own, "La MRC X bénéficie pour sa part de … : A
    // recevra 175 000 $ …, tandis que B, un regroupement …, obtient 88 350 $"): those, when no two take the same
    const some = taken.filter((a) => a !== undefined);
    const rest = order.filter((_, i) => taken[i] === undefined);
    // (one subject with its sum, the others named only after that sum: "Le Centre X bénéficiera de 1,15 M$ pour un
    // gymnase …, en vertu d'une entente avec la Ville Y")
    const after = some.length === 1 && rest.every((r) => first(r).start > some[0]!.end);
    if (new Set(some).size === some.length && (some.length >= 2 || some.length === 1 && (after || rest.every((r) => totals[order.indexOf(r)] !== undefined)))) {
      order.forEach((r, i) => { if (taken[i]) add(r.name, taken[i]!, sentence, first(r)); });
      continue;
    }
    // "X recevra 125 000 $ …, tandis que 80 000 $ iront à Y": as many amounts as recipients, each
    // nearest to a different one. Fewer amounts than recipients is a shared total: no one's grant.
    if (money.length !== order.length) continue;
    const nearest = order.map((r) => {
      const o = first(r);
      return [...money].sort((a, b) => gap(o, a) - gap(o, b))[0];
    });
    if (new Set(nearest).size === order.length) order.forEach((r, i) => add(r.name, nearest[i], sentence, first(r)));
  }
  // "X obtient une aide de près d'un demi-million de dollars … L'aide non remboursable de 495 600 $ est accordée dans le
  // cadre du Programme Y": a sum given roughly, then exactly in a sentence about "the aid" that names no one (the one
  // rough grant whose sum is within a fifth of it)
  for (const r of rough) {
    for (const sentence of spans) {
      if (sentence.start <= r.sentence.start || !DEFINITE_AID.test(text.slice(sentence.start, sentence.start + 40))) continue;
      const exact = amounts.filter((a) => a.start >= sentence.start && a.end <= sentence.end);
      const a = exact[0];
      if (exact.length !== 1 || a!.qualifier !== "exact" || a!.start - sentence.start > 90 || Math.abs(a!.value - r.amount.value) > r.amount.value / 5) continue;
      if (rough.filter((o) => Math.abs(a!.value - o.amount.value) <= o.amount.value / 5).length !== 1) break;
      if (occurrencesIn(sentence).length > 0) break;
      add(r.recipient, a!, sentence, sentence);
      break;
    }
  }
  return grants;
}

/** A sentence about the aid itself: "L'aide non remboursable de 495 600 $ est accordée …", "L'aide, qui s'élève à …". */
const DEFINITE_AID = /^\s*(?:L['’]aide|La\s+(?:subvention|contribution|somme)|Le\s+(?:prêt|montant|financement|soutien)|Cette\s+(?:aide|subvention|contribution|somme)|Ce\s+(?:montant|financement|soutien|prêt))(?![\p{L}])/u;
