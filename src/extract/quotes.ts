// Quotes: « … » and “ … ” passages spoken by someone, with who said it and as what.
// The attribution is read where French releases put it:
//   inside, as an incise   "« …, a indiqué Marie Roy. Ils … »"
//   right after            "», a déclaré Marc Roy, ministre des Finances."  "», indique le député Roy."
//   on the next line       "« … »\n\nMarc Roy, président de la Chambre de commerce"
//   before, with a colon   "La ministre a ainsi conclu : « … »"
// A speaker named by surname or as "la ministre" is resolved to a full name when only one fits.
import type { Minister, Quote } from "../record.js";
import { HONORIFIC, SPEAKER_ROLE, SPEECH_VERBS } from "../lexicon/titles.js";
import { WORD_START, nameKey, nameOpening, nameWordAt, personNameAt, readTitle, stretchEnd } from "./ministers.js";

const SP = String.raw`[ \u00A0\u202F]`;

/** "a déclaré", "ont souligné", "a-t-elle ajouté", "indique", "a ainsi conclu", "a déclaré par voie de communiqué". */
const SPEECH_VERB = (() => {
  const present = SPEECH_VERBS.map(([p]) => p).join("|");
  const participle = [...new Set(SPEECH_VERBS.map(([, pp]) => pp))].join("|");
  const adverb = String.raw`(?:${SP}+(?:ainsi|également|aussi|encore|enfin|alors|pour sa part|quant à (?:lui|elle)|de son côté))?`;
  return String.raw`(?:(?:a|ont|avait)(?:-t-(?:il|elle|ils|elles))?${adverb}${SP}+(?:${participle})|(?:${present})(?:-t-(?:il|elle))?)(?![\p{L}])`;
})();

const VERB_THEN_SPEAKER = new RegExp(String.raw`${SPEECH_VERB}(?:${SP}+(?:par voie de communiqué|en entrevue|en conférence de presse|lors de l'annonce))?${SP}+`, "uy");
const SPEECH_VERB_ANYWHERE = new RegExp(SPEECH_VERB, "u");
const HONORIFIC_AT = new RegExp(String.raw`${HONORIFIC}${SP}*`, "uy");
const ROLE_AT = new RegExp(String.raw`(?:(?:[Ll]e|[Ll]a|[Ll]['’])${SP}*)(${SPEAKER_ROLE})(?![\p{L}])`, "uy");
/** Feminine role words: "députée", "présidente", "directrice", "mairesse", "préfète", "première ministre". */
const FEMININE_ROLE = /^(?:première|vice-première)|(?:ée|ente|rice|esse|ète|effe|ue|ointe)(?:[ \u00A0]|$)/iu;

interface Speaker {
  name: string | null;
  role: string | null;
  /** "la ministre", "le ministre Roy": a minister, even when the name is missing. */
  minister: boolean;
  feminine?: boolean;
}

interface QuotedSpan {
  /** Offsets of the opening and closing marks; the quote's evidence is [open, close + 1). */
  open: number;
  close: number;
}

/**
 * Each pair with a pattern for either of its marks. A pattern, not indexOf: V8 looks for "“" (U+201C)
 * in a two-byte string by scanning for its high byte 0x20, the byte of every space, about ten
 * times slower over a release.
 */
const PAIRS: Array<[string, string, RegExp]> = [["«", "»", /[«»]/g], ["“", "”", /[“”]/g]];

/** Quoted passages, outermost only: « … “ … ” … » is one quote. */
function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const [openMark, closeMark, marks] of PAIRS) {
    let depth = 0;
    let open = -1;
    // From mark to mark: most of the text is neither.
    marks.lastIndex = 0;
    for (let m = marks.exec(text); m; m = marks.exec(text)) {
      const i = m.index;
      if (text[i] === openMark) {
        // A paragraph that reopens a quote continues it rather than nesting.
        const continuesParagraph = depth > 0 && /\n[ \u00A0\u202F]*$/u.test(text.slice(Math.max(0, i - 4), i));
        if (depth === 0) open = i;
        if (!continuesParagraph) depth++;
      } else if (text[i] === closeMark && depth > 0) {
        depth--;
        if (depth === 0) spans.push({ open, close: i });
      }
    }
  }
  spans.sort((a, b) => a.open - b.open);
  return spans.filter((s, i) => !spans.some((o, j) => j !== i && o.open < s.open && s.close < o.close));
}

/** The speaker written at `pos`: "Marc Roy", "Mme Roy", "la ministre", "le député Roy", "la présidente de X, Mme Y". */
function speakerAt(text: string, pos: number, limit: number): Speaker | null {
  HONORIFIC_AT.lastIndex = pos;
  const honorific = HONORIFIC_AT.exec(text);
  const at = pos + (honorific?.[0].length ?? 0);
  const name = personNameAt(text, at);
  if (name && name.end <= limit) return { name: name.name, role: roleAfter(text, name.end, limit), minister: false };
  if (honorific) {
    const surname = nameWordAt(text, at);
    if (surname) return { name: surname, role: roleAfter(text, at + surname.length, limit), minister: false };
  }
  ROLE_AT.lastIndex = pos;
  const role = ROLE_AT.exec(text);
  if (!role) return null;
  const roleWord = role[1]!;
  const roleEnd = pos + role[0].length;
  const stemStart = roleEnd - roleWord.length;
  const determiner = text.slice(pos, stemStart).trim().toLowerCase();
  const feminine = determiner === "la" || FEMININE_ROLE.test(roleWord) ? true : determiner === "le" ? false : undefined;
  const isMinister = /ministre$/iu.test(roleWord) && !/^sous-/iu.test(roleWord);
  const reading = readTitle(text, stemStart, roleEnd);
  let title = text.slice(stemStart, Math.min(reading.titleEnd, limit)).trim();
  let person: string | null = reading.name && reading.name.end <= limit ? reading.name.name : null;
  if (!person) {
    // "le député Roy", "la ministre Roy": the role word, then a surname.
    const gap = /^[ \u00A0\u202F]+/u.exec(text.slice(roleEnd, limit))?.[0].length ?? 0;
    const surname = roleEnd + gap < limit ? nameWordAt(text, roleEnd + gap) : null;
    if (surname && gap > 0) {
      person = surname;
      title = roleWord;
    }
  }
  return { name: person, role: title.replace(/\s+/gu, " ") || null, minister: isMinister, feminine };
}

/** ", ministre des Finances." after a speaker's name: the role as written, to the end of the sentence. */
function roleAfter(text: string, from: number, limit: number): string | null {
  const m = /^[ \u00A0\u202F]*,[ \u00A0\u202F]*([^\n]+)/u.exec(text.slice(from, limit));
  if (!m) return null;
  const role = m[1]!.replace(/[\s.,;]+$/u, "").replace(/\s+/gu, " ");
  return role === "" ? null : role;
}

/** Attribution by a speech verb at `pos` ("a déclaré Marc Roy, …"), up to the sentence end. */
function verbThenSpeaker(text: string, pos: number): Speaker | null {
  VERB_THEN_SPEAKER.lastIndex = pos;
  const verb = VERB_THEN_SPEAKER.exec(text);
  if (!verb) return null;
  const at = pos + verb[0].length;
  return speakerAt(text, at, stretchEnd(text, at));
}

/** The incise inside a quote: "…, a indiqué Marie Roy. Ils …" or "…, a-t-elle ajouté. »". */
function inciseSpeaker(text: string, span: QuotedSpan): Speaker | null {
  const inner = text.slice(span.open + 1, span.close);
  for (const comma of inner.matchAll(/,[ \u00A0\u202F]*/gu)) {
    const speaker = verbThenSpeaker(text, span.open + 1 + comma.index + comma[0].length);
    if (speaker) return speaker;
  }
  return null;
}

/** After the closing mark on the same line: "», a déclaré Marc Roy, ministre." or ", indique le député Roy." */
function speakerAfter(text: string, span: QuotedSpan): Speaker | null {
  const m = /^[ \u00A0\u202F]*[,.]?[ \u00A0\u202F]*/u.exec(text.slice(span.close + 1))!;
  return verbThenSpeaker(text, span.close + 1 + m[0].length);
}

/** The next non-empty line is "Name, role" (or the name alone): the release's attribution line. */
function speakerOnNextLine(text: string, span: QuotedSpan): Speaker | null {
  const rest = text.slice(span.close + 1);
  const lineEnd = rest.indexOf("\n");
  if (lineEnd === -1 || rest.slice(0, lineEnd).replace(/[.\s]/gu, "") !== "") return null;
  const next = /\n[ \u00A0\u202F\n]*/u.exec(rest.slice(lineEnd))!;
  const start = span.close + 1 + lineEnd + next[0].length;
  const end = text.indexOf("\n", start) === -1 ? text.length : text.indexOf("\n", start);
  const comma = text.indexOf(",", start);
  const name = nameOpening(text, start, comma !== -1 && comma < end ? comma : end);
  if (!name) return null;
  const after = text.slice(name.end, end);
  if (!/^[ \u00A0\u202F]*(?:,|$)/u.test(after)) return null;
  return { name: name.name, role: roleAfter(text, name.end, end), minister: false };
}

/** Before the opening mark: "La ministre a ainsi conclu : «", "Mme Roy a ajouté : «". */
function speakerBefore(text: string, span: QuotedSpan): Speaker | null {
  const lineStart = text.lastIndexOf("\n", span.open - 1) + 1;
  const before = text.slice(lineStart, span.open);
  const colon = /:[ \u00A0\u202F]*$/u.exec(before);
  if (!colon) return null;
  const sentenceStart = Math.max(...[".", "!", "?", "»"].map((c) => before.lastIndexOf(c, colon.index))) + 1;
  const clause = before.slice(sentenceStart, colon.index);
  if (!SPEECH_VERB_ANYWHERE.test(clause)) return null;
  const from = lineStart + sentenceStart;
  const limit = lineStart + colon.index;
  const starts = [from + (/^[ \u00A0\u202F]*/u.exec(clause)?.[0].length ?? 0), ...[...clause.matchAll(/(?<=[ \u00A0\u202F,])(?=\p{L})/gu)].map((m) => from + m.index)];
  for (const pos of starts) {
    const speaker = speakerAt(text, pos, limit);
    if (speaker) return speaker;
  }
  return null;
}

/** Full names written anywhere in the text, by the key of their last word. */
function fullNamesBySurname(text: string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const m of text.matchAll(WORD_START)) {
    const name = personNameAt(text, m.index);
    if (!name) continue;
    const surname = nameKey(name.name.split(" ").pop()!);
    if (!names.has(surname)) names.set(surname, new Set());
    names.get(surname)!.add(name.name);
  }
  return names;
}

/** Whether the text writes the minister as a woman ("Mme", "la ministre", "ministre déléguée"), a man, or neither. */
function ministerIsFeminine(text: string, minister: Minister): boolean | undefined {
  const evidence = text.slice(Math.max(0, minister.start - 4), minister.end);
  if (/Mme|Madame|(?:^|\s)la\s|déléguée|première|présidente/iu.test(evidence)) return true;
  if (/M\.|Monsieur|(?:^|\s)(?:le|du|au)\s|délégué(?!e)|premier/iu.test(evidence)) return false;
  return undefined;
}

function resolve(speaker: Speaker, ministers: Minister[], text: string, surnames: () => Map<string, Set<string>>): Speaker {
  const byKey = (name: string) => ministers.find((m) => nameKey(m.name) === nameKey(name));
  if (speaker.name) {
    const exact = byKey(speaker.name);
    if (exact) return { ...speaker, name: exact.name, role: speaker.role ?? exact.title };
    if (!speaker.name.includes(" ")) {
      const key = nameKey(speaker.name);
      const ministersNamed = ministers.filter((m) => nameKey(m.name.split(" ").pop()!) === key);
      if (ministersNamed.length === 1) {
        const m = ministersNamed[0]!;
        return { ...speaker, name: m.name, role: speaker.minister ? m.title : speaker.role ?? m.title };
      }
      const full = surnames().get(key);
      if (full && full.size === 1) return { ...speaker, name: [...full][0]! };
    }
    return speaker;
  }
  if (speaker.minister) {
    const candidates = ministers.filter((m) => {
      const feminine = ministerIsFeminine(text, m);
      return speaker.feminine === undefined || feminine === undefined || feminine === speaker.feminine;
    });
    if (candidates.length === 1) return { ...speaker, name: candidates[0]!.name, role: candidates[0]!.title };
  }
  return speaker;
}

/** A passage is a quote when someone says it, or when it stands as its own statement. */
function standsAlone(text: string, span: QuotedSpan): boolean {
  const lineStart = text.lastIndexOf("\n", span.open - 1) + 1;
  const opensParagraph = text.slice(lineStart, span.open).trim() === "" || /:[ \u00A0\u202F]*$/u.test(text.slice(lineStart, span.open));
  const words = text.slice(span.open + 1, span.close).split(/\s+/u).filter(Boolean).length;
  return opensParagraph && words >= 8;
}

/** Quotes in the text, with their speaker and role resolved against the ministers found in it. */
export function findQuotes(text: string, ministers: Minister[]): Quote[] {
  // Read once, and only when a speaker is named by surname alone: it reads every capitalised word.
  let bySurname: Map<string, Set<string>> | undefined;
  const surnames = () => (bySurname ??= fullNamesBySurname(text));
  const quotes: Quote[] = [];
  for (const span of findQuotedSpans(text)) {
    const speaker =
      inciseSpeaker(text, span) ?? speakerAfter(text, span) ?? speakerOnNextLine(text, span) ?? speakerBefore(text, span);
    if (!speaker && !standsAlone(text, span)) continue;
    const resolved = speaker ? resolve(speaker, ministers, text, surnames) : null;
    quotes.push({
      speaker: resolved?.name ?? null,
      role: resolved?.role ?? null,
      text: text.slice(span.open + 1, span.close).replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/gu, ""),
      start: span.open,
      end: span.close + 1,
    });
  }
  return quotes;
}
