// Ministers: people the release names as holding a ministerial office.
// Every mention starts at a title stem ("ministre", "premier ministre", "vice-première ministre");
// the person is then read on one of its sides:
//   title, then name   "La ministre des Affaires municipales, Mme Andrée Laforest, annonce"
//                      "par le ministre de l'Agriculture du Québec André Lamontagne et …"
//   name, then title   "a déclaré Simon Jolin-Barrette, ministre de la Justice."
//                      "Caroline Proulx, députée de Berthier, ministre du Tourisme"
//   cabinet list       "M. Eric Girard\n\nMinistre des Finances"
// and each person is listed once, with the first mention that names them in full.
import type { Minister } from "../record.js";
import {
  ABBREVIATIONS,
  FUNCTION_WORDS,
  HONORIFIC,
  MINISTER_STEM,
  NAME_PARTICLES,
  NOT_A_FIRST_NAME,
  NOT_IN_A_NAME,
  NOT_IN_OFFICE,
  SERVES_A_MINISTER,
  TITLE_OFFICE,
  TREASURY_CHAIR,
  TITLE_PREPOSITION,
  TITLE_STOP_WORDS,
} from "../lexicon/titles.js";

/** A person's name found in the text; `start`/`end` cover the name only, without honorific. */
export interface PersonName {
  name: string;
  start: number;
  end: number;
}

const SP_ = String.raw`[ \u00A0\u202F]`;
const GAP = /[ \u00A0\u202F]+/uy;
/** One capitalised part: "Laforest", "LeBel", "D'Amours", "St". */
const NAME_PART = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}\p{L}*`;
/** One word of a name, hyphenated parts included: "Jolin-Barrette", "Marie-Eve", "St-Onge". */
const NAME_WORD = new RegExp(String.raw`${NAME_PART}(?:[\-‑]${NAME_PART})*(?![\p{L}\p{N}'’\-‑])`, "uy");
const PARTICLE = /(\p{Ll}+)[ \u00A0\u202F]+/uy;
const HONORIFIC_AT = new RegExp(String.raw`${HONORIFIC}[ \u00A0\u202F]*`, "uy");
const HONORIFIC_BEFORE = new RegExp(String.raw`${HONORIFIC}[ \u00A0\u202F]*$`, "u");
/** Where a capitalised word may start (not inside "l'Intégration" or "Saint-Jean"). */
export const WORD_START = /(?<![\p{L}\p{N}'’\-‑])\p{Lu}/gu;
const WORD = /[\p{L}\p{N}]+(?:[\-‑][\p{L}\p{N}]+)*['’]?/gu;

/** One capitalised word of a name at `pos` ("Poulin", "Jolin-Barrette"), or null. */
export function nameWordAt(text: string, pos: number): string | null {
  NAME_WORD.lastIndex = pos;
  return NAME_WORD.exec(text)?.[0] ?? null;
}

/**
 * The person's name that starts at `pos`: two to four capitalised words on one line,
 * a lower-case particle allowed after the first ("Jean de Brébeuf"). Rejects sentence
 * openers ("Ensuite Marc …") and organisations or places ("Investissement Québec").
 */
export function personNameAt(text: string, pos: number): PersonName | null {
  const first = nameWordAt(text, pos);
  if (!first || NOT_A_FIRST_NAME.has(first) || NOT_IN_A_NAME.has(first)) return null;
  const words = [first];
  let end = pos + first.length;
  while (words.length < 4) {
    GAP.lastIndex = end;
    const gap = GAP.exec(text);
    if (!gap) break;
    let next = end + gap[0].length;
    PARTICLE.lastIndex = next;
    const particle = words.length === 1 ? PARTICLE.exec(text) : null;
    if (particle && NAME_PARTICLES.has(particle[1]!)) next += particle[0].length;
    const word = nameWordAt(text, next);
    if (!word || NOT_IN_A_NAME.has(word)) break;
    words.push(word);
    end = next + word.length;
    if (particle && NAME_PARTICLES.has(particle[1]!)) break;
  }
  if (words.length < 2) return null;
  return { name: text.slice(pos, end).replace(/[ \u00A0\u202F]+/gu, " "), start: pos, end };
}

/** A name followed by nothing more of a name: end of the stretch, or a lower-case word ("… Lamontagne et"). */
function endsCleanly(text: string, end: number, limit: number): boolean {
  const after = text.slice(end, limit);
  return /^[ \u00A0\u202F]*$/u.test(after) || /^[ \u00A0\u202F]+\p{Ll}/u.test(after);
}

/** "(M.|Mme|L'honorable) Name" filling the start of `[from, limit)`. */
export function nameOpening(text: string, from: number, limit: number): PersonName | null {
  let pos = from;
  while (pos < limit && /\s/u.test(text[pos]!)) pos++;
  HONORIFIC_AT.lastIndex = pos;
  const honorific = HONORIFIC_AT.exec(text);
  if (honorific) pos += honorific[0].length;
  const name = personNameAt(text, pos);
  return name && name.end <= limit && endsCleanly(text, name.end, limit) ? name : null;
}

/** The end of the stretch a title can occupy: a line end, a sentence end, a quotation mark. */
export function stretchEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isStretchEnd(c)) return i;
    if (c === 0x2e /* . */ && (i + 1 === text.length || /\s/u.test(text[i + 1]!))) {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1];
      if (!before || !ABBREVIATIONS.has(before)) return i;
    }
  }
  return text.length;
}

/** Line end, ";", ":", "!", "?" and quotation marks: « » “ ” ". Compared, not looked up in a Set: it runs on every character of a title. */
const isStretchEnd = (c: number): boolean => c === 0x0a || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f
  || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x22;

export interface TitleReading {
  /** End of the ministerial part of the title. */
  titleEnd: number;
  /** The person named after the title, if any. */
  name?: PersonName;
}

type SegmentReading = { kind: "name"; name: PersonName; titleEnd: number } | { kind: "stop" | "open"; titleEnd: number };

/**
 * Reads one comma-free piece of a title word by word: a name embedded after a non-function
 * word ("… du Québec André Lamontagne"), a word that ends the title ("annonce", "et député"),
 * or the title simply going on.
 */
function readSegment(text: string, from: number, limit: number, previous: string | null, titleEnd: number): SegmentReading {
  let prev = previous;
  let beforePrev = titleEnd;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < limit; m = WORD.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (/^\p{Lu}/u.test(word) && prev !== null && !FUNCTION_WORDS.has(prev.toLowerCase())) {
      // "ministre des Finances Mme Lise Roy": the honorific belongs to neither title nor name.
      HONORIFIC_AT.lastIndex = m.index;
      const honorific = HONORIFIC_AT.exec(text)?.[0].length ?? 0;
      const name = personNameAt(text, m.index + honorific);
      if (name && name.end <= limit && endsCleanly(text, name.end, limit)) return { kind: "name", name, titleEnd };
    }
    const isArticle = ["le", "la", "les", "un", "une"].includes(lower);
    if (isArticle ? prev === null || !FUNCTION_WORDS.has(prev.toLowerCase()) : TITLE_STOP_WORDS.has(lower)) {
      // "ministre des Transports et député de Pontiac": drop the "et" as well.
      const end = lower.startsWith("député") && prev?.toLowerCase() === "et" ? beforePrev : titleEnd;
      return { kind: "stop", titleEnd: end };
    }
    beforePrev = titleEnd;
    titleEnd = m.index + word.length;
    prev = word;
  }
  return { kind: "open", titleEnd };
}

const CONTINUATION = new RegExp(
  String.raw`^[ \u00A0\u202F]*(?:et[ \u00A0\u202F]+)?(?:${TITLE_OFFICE}|${TITLE_PREPOSITION}[ \u00A0\u202F]*(?:\S+[ \u00A0\u202F]+){0,2}?(?:[lLdD]['’])?\p{Lu})`,
  "u",
);

/**
 * Reads the title that starts at a stem ("ministre", or any role word such as "président"),
 * and the name that follows it if there is one.
 */
export function readTitle(text: string, stemStart: number, stemEnd: number): TitleReading {
  const limit = stretchEnd(text, stemEnd);
  const stem = text.slice(stemStart, stemEnd);
  let segStart = stemEnd;
  let titleEnd = stemEnd;
  let first = true;
  while (segStart < limit) {
    const comma = text.indexOf(",", segStart);
    const segEnd = comma === -1 || comma > limit ? limit : comma;
    if (!first) {
      const name = nameOpening(text, segStart, segEnd);
      if (name) return { titleEnd, name };
      if (!CONTINUATION.test(text.slice(segStart, segEnd))) break;
    }
    const reading = readSegment(text, segStart, segEnd, first ? stem.split(/\s+/u).pop()! : null, titleEnd);
    if (reading.kind === "name") return { titleEnd: reading.titleEnd, name: reading.name };
    titleEnd = reading.titleEnd;
    if (reading.kind === "stop") break;
    first = false;
    segStart = segEnd + 1;
  }
  return { titleEnd };
}

/** ", députée de Berthier, " or ", député de Lévis et ": a riding between a name and its title. */
const RIDING = String.raw`(?:et${SP_}+)?députée?${SP_}[^,\n]*?(?:,${SP_}*|${SP_}+et${SP_}+)`;
/** What joins a name to the title after it: ", " or ", députée de Berthier, ". */
const NAME_TO_TITLE = new RegExp(String.raw`,${SP_}*(?:${RIDING})?$`, "u");

/** "Name, ministre …" or "Name, députée de Berthier, ministre …": the name just before the title. */
function nameBefore(text: string, stemStart: number): PersonName | null {
  const lineStart = text.lastIndexOf("\n", stemStart - 1) + 1;
  const before = text.slice(lineStart, stemStart);
  const link = NAME_TO_TITLE.exec(before);
  if (!link) return null;
  return nameEndingAt(text, lineStart + link.index, lineStart);
}

/** The longest person's name that ends exactly at `end`, starting no earlier than `from`. */
function nameEndingAt(text: string, end: number, from: number): PersonName | null {
  const stretch = text.slice(Math.max(from, end - 80), end);
  const offset = end - stretch.length;
  for (const m of stretch.matchAll(WORD_START)) {
    const name = personNameAt(text, offset + m.index);
    if (name && name.end === end) return name;
  }
  return null;
}

/** Cabinet lists: a title line under "M. Eric Girard" (other title lines may come between). */
function nameAbove(text: string, stemStart: number): PersonName | null {
  const lineStart = text.lastIndexOf("\n", stemStart - 1) + 1;
  if (text.slice(lineStart, stemStart).trim() !== "" || !/^\p{Lu}/u.test(text.slice(stemStart))) return null;
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 12; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== "") {
      MINISTER_STEM.lastIndex = 0;
      const titleLine = MINISTER_STEM.exec(line);
      if (titleLine && line.slice(0, titleLine.index).trim() === "") {
        end = start - 1;
        continue;
      }
      const name = nameOpening(text, start, end);
      return name && text.slice(name.end, end).trim() === "" ? name : null;
    }
    end = start - 1;
  }
  return null;
}

/** "adjointe parlementaire de la ministre …", "l'ancienne ministre …": a stem that names no minister. */
function isSomeoneElsesMinister(text: string, stemStart: number): boolean {
  // Read backwards from the stem, within 60 characters: "<word> (de la|du|de l'|au|à la) " or "<word> ".
  const from = Math.max(0, stemStart - 60);
  const gap = spacesBefore(text, stemStart, from);
  if (gap === stemStart) return false;
  const previous = wordBefore(text, gap, from, LETTER);
  if (previous !== null && NOT_IN_OFFICE.has(previous.toLowerCase())) return true;
  const linkStart = servingLinkStart(text, gap, from);
  if (linkStart === -1) return false;
  const gap2 = spacesBefore(text, linkStart, from);
  const serves = gap2 < linkStart ? wordBefore(text, gap2, from, LETTER_OR_HYPHEN) : null;
  return serves !== null && SERVES_A_MINISTER.has(serves.toLowerCase());
}

const LETTER = /\p{L}/u;
const LETTER_OR_HYPHEN = /[\p{L}\-]/u;
const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f;

/** Where the spaces (space, NBSP, NARROW NBSP) that end at `end` begin, not before `from`. */
function spacesBefore(text: string, end: number, from: number): number {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The run of `chars` ending at `end` (not before `from`), or null when there is none. */
function wordBefore(text: string, end: number, from: number, chars: RegExp): string | null {
  let i = end;
  while (i > from && chars.test(text[i - 1]!)) i--;
  // A letter outside the BMP ends the run here, but belongs to the word: no list word has one.
  if (i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00) return null;
  return i < end ? text.slice(i, end) : null;
}

/** Start of "de la", "du", "de l'", "au" or "à la" ending at `end` (not before `from`), or -1. */
function servingLinkStart(text: string, end: number, from: number): number {
  const ending = text.slice(Math.max(from, end - 2), end);
  if (ending === "du" || ending === "au") return end - 2;
  if (ending !== "la" && ending !== "l'" && ending !== "l’") return -1;
  const spaces = spacesBefore(text, end - 2, from);
  if (spaces === end - 2) return -1;
  if (text.slice(Math.max(from, spaces - 2), spaces) === "de") return spaces - 2;
  return ending === "la" && text.slice(Math.max(from, spaces - 1), spaces) === "à" ? spaces - 1 : -1;
}

/** nameKey's answers: the same few names recur in a release and across releases (quotes ask once per minister per speaker). */
const NAME_KEYS = new Map<string, string>();

/** Same person however written: accents, case and hyphens ignored. */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s\-‑]+/gu, " ").trim();
    if (NAME_KEYS.size >= 2_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}

/** Where the title ends: a parenthesis it opened is closed ("… du Québec (DEC)"). */
function closeTitle(text: string, start: number, end: number): number {
  const title = text.slice(start, end);
  return title.lastIndexOf("(") > title.lastIndexOf(")") && text[end] === ")" ? end + 1 : end;
}

const MINISTER_STEM_AT = new RegExp(MINISTER_STEM.source, "uy");

/**
 * The matches of MINISTER_STEM, in order, without running it over the whole text (its leading
 * lookbehind is tried at every character): each "inistre" is found with indexOf, then the pattern
 * is tried where a match ending there can start, leftmost first ("Vice-première ministre",
 * "premier ministre", "ministre"), as the global scan would.
 */
function* ministerStems(text: string): Generator<{ start: number; end: number }> {
  let scanned = 0;
  for (let at = text.indexOf("inistre", 1); at !== -1; at = text.indexOf("inistre", at + 1)) {
    const m = at - 1;
    if (m < scanned) continue;
    const gap = spacesOrNbspBefore(text, m);
    const starts = gap < m ? [gap - 13, gap - 12, gap - 8, gap - 7, m] : [m];
    for (const start of starts) {
      if (start < scanned) continue;
      MINISTER_STEM_AT.lastIndex = start;
      const stem = MINISTER_STEM_AT.exec(text);
      if (!stem) continue;
      scanned = start + stem[0].length;
      yield { start, end: scanned };
      break;
    }
  }
}

/** Where the spaces and NBSP between "premier" and "ministre" begin. */
function spacesOrNbspBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\u00A0")) i--;
  return i;
}

/**
 * "président du Conseil du Trésor", "la présidente du Conseil du trésor": a minister's office without the
 * word "ministre" (in Québec's cabinet and Canada's), as stems beside ministerStems'.
 */
const TREASURY_OFFICE_AT = new RegExp(TREASURY_CHAIR, "uy");
function treasuryStems(text: string): { start: number; end: number }[] {
  const stems: { start: number; end: number }[] = [];
  for (let at = text.indexOf("onseil du "); at !== -1; at = text.indexOf("onseil du ", at + 1)) {
    for (const start of [at - 15, at - 14]) {
      TREASURY_OFFICE_AT.lastIndex = start;
      const m = start >= 0 ? TREASURY_OFFICE_AT.exec(text) : null;
      // (not "vice-président du Conseil du trésor")
      if (m && !/[\p{L}\-‑]/u.test(text.charAt(start - 1))) { stems.push({ start, end: start + m[0].length }); break; }
    }
  }
  return stems;
}

/** Ministers named in the text, each once, in order of first mention. */
export function findMinisters(text: string): Minister[] {
  const byName = new Map<string, Minister>();
  let consumedUntil = 0;
  const treasury = text.includes("onseil du ") ? treasuryStems(text) : [];
  const stems = treasury.length === 0 ? ministerStems(text) : [...ministerStems(text), ...treasury].sort((a, b) => a.start - b.start);
  for (const stem of stems) {
    const stemStart = stem.start;
    const stemEnd = stem.end;
    if (stemStart < consumedUntil) continue;
    const reading = readTitle(text, stemStart, stemEnd);
    consumedUntil = Math.max(reading.titleEnd, reading.name?.end ?? 0);
    if (isSomeoneElsesMinister(text, stemStart)) continue;
    // A name right before the title wins: in "A, ministre de X, B, ministre de Y", B has her own title.
    const person = nameBefore(text, stemStart) ?? reading.name ?? nameAbove(text, stemStart);
    if (!person) continue;
    const key = nameKey(person.name);
    if (byName.has(key)) continue;
    const titleEnd = closeTitle(text, stemStart, reading.titleEnd);
    const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, person.start - 16), person.start));
    const personStart = person.start - (honorific?.[0].length ?? 0);
    byName.set(key, {
      name: person.name,
      title: text.slice(stemStart, titleEnd).replace(/\s+/gu, " "),
      start: Math.min(stemStart, personStart),
      end: Math.max(titleEnd, person.end),
    });
  }
  return [...byName.values()].sort((a, b) => a.start - b.start);
}
