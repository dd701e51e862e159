// Body vs page chrome. A plain-text export of a news page puts menus and widgets before the release
// ("Nous joindre", "Rechercher", "durée 09h00", "22 août 2020", "j'aime", "Par Salle des nouvelles")
// and other articles, comment boxes and the newswire contact block after it. maskChrome replaces
// chrome with spaces (newlines kept) so the text keeps its length and later offsets stay valid.
import {
  BYLINE_PREFIXES,
  COMMENT_BOX_PREFIXES,
  CONTACT_HEADINGS,
  CONTACT_INVITATIONS,
  END_MARK,
  MENU_LINES,
  PHOTO_CREDIT,
  RELATED_HEADINGS,
  SPACES_TO_COLLAPSE,
  WIDGET_PREFIXES,
  chromeKey,
  chromeKeyOfCollapsed,
  collapseSpaces,
} from "../lexicon/chrome.js";
import { PUBLISHED_CUE } from "../lexicon/dates.js";

export interface Span {
  start: number;
  end: number;
}

export interface MaskedBody {
  /** Same length as the input; chrome replaced by spaces, newlines kept. */
  text: string;
  /** The release's headline, or null. */
  title: string | null;
  /** First and last (exclusive) offsets of unmasked text; both 0 when nothing is left. */
  bodyStart: number;
  bodyEnd: number;
  /** A standalone date line of the page header ("22 août 2020" under a time widget); it is masked. */
  pageDate?: Span | null;
}

type LineKind =
  | "blank" | "menu" | "widget" | "date" | "count" | "byline" | "credit" // page header widgets
  | "related" | "comments" | "contact" | "end" // the release is over
  | "text";

const BODY_CHROME: ReadonlySet<LineKind> = new Set(["menu", "widget", "byline", "credit", "comments"]);
const HEADER_WIDGETS: ReadonlySet<LineKind> = new Set(["menu", "widget", "date", "count", "byline", "related"]);

interface Line extends Span {
  /** The line's text (for the first line, without the leading metadata token). */
  text: string;
  kind: LineKind;
}

/** Leading metadata token of scraped releases: " date 2024-12 JOLIETTE, QC, ...". */
const META_DATE_TOKEN = /^[ \u00A0]*date[ \u00A0]+\d{4}-\d{2}(?=[\s\u00A0]|$)/u;

// A standalone date line: "22 août 2020", "Mercredi 22 avril 2025", "le 3 avril 2024 à 11 h 43",
// "27/03/2023", "2020-08-22", "09 déc, 2024, 13:25 ET" (newswire header), "28 juin 2023 — 11:15".
const WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
const MONTH =
  "(?:janvier|janv\\.?|février|févr\\.?|fév\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|" +
  "août|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|décembre|déc\\.?)";
// The time may follow a comma, a space or a dash/bar: "28 juin 2023 — 11:15", "3 mai 2024 | 9 h 30".
const CLOCK = "(?:(?:[,\\s]+|\\s*[—–|·-]\\s*)(?:à\\s+)?\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?:\\s*(?:HNE|HAE|ET|HE))?)?";
const DAY_MONTH_YEAR = `(?:${WEEKDAY},?\\s+)?(?:le\\s+)?(?:1er|\\d{1,2})\\s+${MONTH},?\\s+\\d{4}${CLOCK}`;
const NUMERIC_DATE = `(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})${CLOCK}`;
const DATE_LINE = new RegExp(`^(?:${DAY_MONTH_YEAR}|${NUMERIC_DATE})$`, "iu");

/** The widget prefix that gives the page's own publication date (not "mis à jour", "modifié"). */
const PUBLISHED_WIDGET = "mis en ligne ";

/** A blog's link to the previous or next post: "← Article précédent : …", "Billet suivant : … →". */
const PREV_NEXT_LINK = /^(?:[←‹«<][ \u00A0]*)?(?:article|billet|publication|nouvelle|actualité|communiqué)[ \u00A0]+(?:précédente?|suivante?)(?![\p{L}])/iu;

/** Widget times: "durée 09h00", "heure 17h00", "durée Hier 15h00", "11:43". */
const TIME_ONLY = /^(?:(?:hier|aujourd'hui|avant-hier)\s+)?(?:à\s+)?\d{1,2}\s*[h:]\s*\d{2}$/iu;

/**
 * A CNW opening: "JOLIETTE, QC, le 9 déc. 2024 /CNW/ -", "QUÉBEC, le 5 juill. 2021 /CNW Telbec/".
 * Such a line is the body's first paragraph, never a headline.
 */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{L}'’. -]*(?:,\s*[\p{Lu}]{2}\.?)?,\s*le\s*\d|\/CNW/u;

/** Paragraph: a long line, or a medium one that ends like a sentence. Headlines are neither. */
const PARAGRAPH_MIN = 250;
const SENTENCE_MIN = 80;
/** Headlines are at most this long (a lead paragraph after the metadata token is longer). */
const TITLE_MAX = 220;
/** Header lines of at most this many words with no digit are labels: category, author name. */
const LABEL_MAX_WORDS = 3;
/** The header is looked for in the first lines only. */
const HEADER_MAX_LINES = 60;

export function maskChrome(text: string): MaskedBody {
  const lines = splitLines(text);
  const masked = new Array<boolean>(lines.length).fill(false);
  const spans: Span[] = [];

  const token = META_DATE_TOKEN.exec(text);
  if (token && lines[0]) {
    spans.push({ start: 0, end: token[0].length });
    const rest = text.slice(token[0].length, lines[0].end);
    lines[0] = { ...lines[0], text: rest, kind: kindOf(rest) };
  }

  const firstParagraph = lines.findIndex((l, i) => i < HEADER_MAX_LINES && isParagraph(l));
  const headerEnd = firstParagraph === -1 ? Math.min(lines.length, HEADER_MAX_LINES) : firstParagraph;

  // Header: widgets, menu words, labels, repeated headlines; headlines and "Publié le" stay.
  let pageDate: Span | null = null;
  let firstWidgetAfterText = -1;
  let seenText = false;
  const seen = new Set<string>();
  // Short labels ("Consultations", an author's name) are chrome only on a page that has widgets;
  // in a bare release the same lines are section headings ("Contexte provincial").
  const widgetPage = lines.slice(0, headerEnd).filter((l) => HEADER_WIDGETS.has(l.kind)).length >= 2;
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || masked[i]) continue;
    const key = chromeKey(line.text);
    if (line.kind === "text" && !(widgetPage && isLabel(line.text)) && !seen.has(key)) {
      seen.add(key);
      seenText = true;
      continue;
    }
    masked[i] = true;
    if (line.kind === "byline" && isBylineHeading(key)) maskNextLine(lines, masked, i, headerEnd);
    if ((line.kind === "date" || line.kind === "byline") && !pageDate) pageDate = dateSpan(text, line);
    // "Mis en ligne le 4 décembre 2023": a widget that states the publication date, read as the page date.
    if (line.kind === "widget" && !pageDate && key.startsWith(PUBLISHED_WIDGET)) pageDate = trimmedSpan(text, line);
    if (seenText && firstWidgetAfterText === -1 && line.kind !== "text") firstWidgetAfterText = i;
  }

  // Footer: from the first "related articles" / comments / contact heading after the body began.
  const footer = findFooter(lines, firstParagraph === -1 ? headerEnd : firstParagraph);
  for (let i = footer; i < lines.length; i++) masked[i] = true;

  // Inside the body: ad slots, menu words, clock widgets, bylines and photo credits alone on their line.
  for (let i = headerEnd; i < footer; i++) {
    if (BODY_CHROME.has(lines[i]!.kind)) masked[i] = true;
  }

  lines.forEach((line, i) => {
    if (masked[i]) spans.push(line);
  });
  const out = maskSpans(text, spans);
  const title = findTitle(lines, masked, headerEnd, firstWidgetAfterText);
  const start = out.search(/\S/u);
  const end = start === -1 ? 0 : out.trimEnd().length;
  return { text: out, title, bodyStart: Math.max(start, 0), bodyEnd: end, pageDate };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    lines.push({ start, end, text: line, kind: kindOf(line) });
    start = end + 1;
  }
  return lines;
}

/**
 * Longer lines are paragraphs or chrome that opens with its word ("SOURCE …", "Photo : …", a
 * comment-box notice): every other kind is a short line. Checking only the openings of long
 * lines saves a lower-cased copy of each paragraph.
 */
const SHORT_LINE_MAX = 200;
/** Longer than any comment-box opening (COMMENT_BOX_PREFIXES). */
const OPENING_LENGTH = 60;

function kindOf(raw: string): LineKind {
  if (raw === "") return "blank";
  const opening = longLineOpening(raw);
  if (opening !== null) {
    const key = chromeKeyOfCollapsed(opening);
    if (COMMENT_BOX_PREFIXES.some((p) => key.startsWith(p))) return "comments";
    if (/^SOURCE(?:\s|$)/u.test(opening)) return "contact";
    return PHOTO_CREDIT.test(opening) ? "credit" : "text";
  }
  const line = clean(raw);
  if (line === "") return "blank";
  const key = chromeKeyOfCollapsed(line);
  // ("Commentaires (3)", "Réagissez à cet article (2)": a heading with its count)
  if (RELATED_HEADINGS.has(key) || PREV_NEXT_LINK.test(line) || key.endsWith(")") && RELATED_HEADINGS.has(key.replace(/\s*\(\d{1,4}\)$/u, ""))) return "related";
  if (COMMENT_BOX_PREFIXES.some((p) => key.startsWith(p))) return "comments";
  if (END_MARK.test(line)) return "end";
  if (isContactHeading(line, key)) return "contact";
  if (MENU_LINES.has(key)) return "menu";
  if (PHOTO_CREDIT.test(line)) return "credit";
  if (DATE_LINE.test(line)) return "date";
  if (/^\d{1,7}$/u.test(line)) return "count";
  if (TIME_ONLY.test(line) || isWidget(key) || isConsentBanner(line)) return "widget";
  if (isByline(line, key)) return "byline";
  if (dateSegment(line) !== null) return "date";
  return "text";
}

/** "Ce site utilise des témoins (cookies) afin d'améliorer votre expérience de navigation.": a consent banner, not the first paragraph. */
const CONSENT_BANNER = /(?<![\p{L}])(?:cookies?|témoins?)(?![\p{L}])[^\n]*(?:navigation|naviguer|navigant|poursuivant|acceptez|consentez|confidentialité)|(?:navigation|naviguer|navigant|poursuivant)[^\n]*(?<![\p{L}])(?:cookies?|témoins)(?![\p{L}])/iu;

function isConsentBanner(line: string): boolean {
  return line.length <= 400 && CONSENT_BANNER.test(line);
}

/** Bylines with fields: "Rédaction | 12 janvier 2025 | 9 h 40", "Par Anne Roy · 4 juillet 2024". */
const FIELD_SEPARATOR = /[ \u00A0]*[|·][ \u00A0]*/u;
const FIELDS_MAX = 120;

/** "Publié le " before a field's date. */
const PUBLISHED_PREFIX = new RegExp(`^${PUBLISHED_CUE}[ \t\u00a0]*`, "iu");

/** The date field of a short line of fields, as [offset, length] in the line; null when there is none. */
function dateSegment(line: string): [number, number] | null {
  if (line.length > FIELDS_MAX || !(line.includes("|") || line.includes("·"))) return null;
  let offset = 0;
  for (const field of line.split(FIELD_SEPARATOR)) {
    const at = line.indexOf(field, offset);
    // "Par Rédaction | Publié le 30 avril 2025 à 14 h 12": the field may name itself
    const value = field.trim().replace(PUBLISHED_PREFIX, "");
    if (value && DATE_LINE.test(value)) return [at + field.indexOf(value), value.length];
    offset = at + field.length;
  }
  return null;
}

/** What follows a widget word: a clock, minutes or a date ("Durée : 3 ans" is body text). */
const WIDGET_VALUE = new RegExp(
  `\\d\\s*[h:]\\s*\\d{2}|\\d\\s*min(?![\\p{L}])|\\d/\\d|\\d\\s+${MONTH}`,
  "iu",
);

/** "durée 09h00", "heure 17h00", "Mis à jour le 18/06/2024 | Agence": a short line with a clock or date. */
function isWidget(key: string): boolean {
  if (key.length > 80) return false;
  const prefix = WIDGET_PREFIXES.find((p) => key.startsWith(p + " ") || key === p);
  if (!prefix) return false;
  return WIDGET_VALUE.test(key.slice(prefix.length));
}

/** "Par Salle des nouvelles", "Un texte de Jeanne Roy, journaliste": short, names after the prefix. */
function isByline(line: string, key: string): boolean {
  if (isBylineHeading(key)) return true;
  if (line.length > 90 || /[.!?]$/u.test(line)) return false;
  const prefix = BYLINE_PREFIXES.find((p) => key.startsWith(p + " "));
  if (!prefix) return false;
  const rest = line.slice(prefix.length).trimStart();
  return /^[\p{Lu}]/u.test(rest);
}

/** "Nouvelles fournies par" alone: the source's name is on the next line. */
function isBylineHeading(key: string): boolean {
  return BYLINE_PREFIXES.includes(key) && key.includes(" ");
}

function maskNextLine(lines: Line[], masked: boolean[], from: number, until: number): void {
  const next = lines.findIndex((l, j) => j > from && l.kind !== "blank");
  if (next !== -1 && next < until && lines[next]!.text.trim().length <= 100) masked[next] = true;
}

/** "Renseignements :", "SOURCE", "Source : Cabinet...", "Pour plus d'information, vous pouvez communiquer avec :". */
function isContactHeading(line: string, key: string): boolean {
  if (/^SOURCE(?:\s|$)/u.test(line)) return true; // CNW: "SOURCE Cabinet de la ministre ..."
  for (const heading of CONTACT_HEADINGS) {
    if (key === heading) return true;
    if (key.startsWith(heading) && /^\s*:/u.test(key.slice(heading.length)) && line.length <= 200) return true;
  }
  if (/^pour (?:plus d'|de plus amples )?(?:information|renseignement)/u.test(key) && line.length <= 160) {
    return line.trimEnd().endsWith(":") && CONTACT_INVITATIONS.some((w) => key.includes(w));
  }
  return false;
}

function isParagraph(line: Line): boolean {
  if (line.kind !== "text") return false;
  const t = line.text.trim();
  if (t.length >= PARAGRAPH_MIN) return true;
  return t.length >= SENTENCE_MIN && /[.!?»…]$/u.test(t) && !DATE_LINE.test(t);
}

/** A header line that names a section or a person, not a headline: "Consultations", "Sylvio Morin". */
function isLabel(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/u).length <= LABEL_MAX_WORDS && !/\d/u.test(t) && !/[.!?]$/u.test(t);
}

/**
 * The first line, after the body began, that closes the release: a related-articles or comments
 * heading, "-30-", a contact heading followed by contact lines only (no paragraph before the
 * next closing heading), or a list of other headlines after share widgets. Returns lines.length when there is none.
 */
function findFooter(lines: Line[], bodyFrom: number): number {
  for (let i = Math.max(bodyFrom, 0) + 1; i < lines.length; i++) {
    const kind = lines[i]!.kind;
    if (kind === "related" || kind === "comments" || kind === "end") return i;
    if (kind === "contact" && onlyContactLinesAfter(lines, i)) return i;
    if (kind === "menu" && lines[i + 1]?.kind !== "menu") {
      const block = headlineBlockAfter(lines, i + 1);
      if (block !== -1) return block;
    }
  }
  return lines.length;
}

/** A headline of another article in a list: short, no sentence end, no list bullet. */
const HEADLINE_MAX = 140;
const OTHER_HEADLINE = /^[\p{Lu}\p{N}«"“]/u;

/**
 * After share widgets ("Partager :", "Facebook", "Courriel"): a short heading ("Articles récents",
 * "Sur le blogue") and two or more headlines of other articles up to the end of the page (or
 * another closing heading) are chrome. Returns the heading's index, or -1.
 */
function headlineBlockAfter(lines: Line[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j]!.kind === "blank" || lines[j]!.kind === "widget" || lines[j]!.kind === "menu")) j += 1;
  const heading = j;
  const label = lines[heading];
  if (!label || label.kind !== "text" || !isLabel(label.text) || !/^\p{Lu}/u.test(label.text.trim())) return -1;
  let headlines = 0;
  for (j += 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || BODY_CHROME.has(line.kind) || line.kind === "date") continue;
    if (line.kind === "related" || line.kind === "comments" || line.kind === "end" || line.kind === "contact") break;
    const t = line.text.trim();
    if (line.kind !== "text" || t.length > HEADLINE_MAX || /[.!?:;,]$/u.test(t) || !OTHER_HEADLINE.test(t)) return -1;
    headlines += 1;
  }
  return headlines >= 2 ? heading : -1;
}

function onlyContactLinesAfter(lines: Line[], from: number): boolean {
  for (let j = from + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "related" || line.kind === "comments" || line.kind === "end") return true;
    if (isParagraph(line)) return false;
  }
  return true;
}

/**
 * The headline: when the header shows widgets after a headline, the last headline before them
 * (a kicker may come first); otherwise the first unmasked line (lines up to a blank line), when it
 * reads like a headline and not like the dateline paragraph.
 */
function findTitle(lines: Line[], masked: boolean[], headerEnd: number, firstWidget: number): string | null {
  if (firstWidget !== -1) {
    for (let i = firstWidget - 1; i >= 0; i--) {
      if (!masked[i] && lines[i]!.kind === "text" && isHeadline(lines[i]!.text)) return clean(lines[i]!.text);
    }
  }
  const first = lines.findIndex((l, i) => !masked[i] && l.kind !== "blank");
  if (first === -1) return null;
  const block: string[] = [];
  for (let i = first; i < lines.length && !masked[i] && lines[i]!.kind !== "blank"; i++) {
    block.push(lines[i]!.text);
    if (i >= headerEnd) break; // a paragraph line ends the block
  }
  const candidate = clean(block.join(" "));
  return isHeadline(candidate) ? candidate : null;
}

function isHeadline(text: string): boolean {
  const t = clean(text);
  if (t.length < 10 || t.length > TITLE_MAX) return false;
  if (DATELINE.test(t) || /^[«"“]/u.test(t) || /:$/u.test(t)) return false;
  if (/^publié\s+le\b/iu.test(t) || DATE_LINE.test(t)) return false;
  return /[\p{L}]{3}/u.test(t);
}

/**
 * The first OPENING_LENGTH characters of clean(raw) when clean(raw) is longer than
 * SHORT_LINE_MAX, else null; reads only as far as it needs, without cleaning the whole line.
 */
function longLineOpening(raw: string): string | null {
  if (raw.length <= SHORT_LINE_MAX) return null;
  // Most paragraphs hold single plain spaces only: when the first SHORT_LINE_MAX + 3 characters do
  // (one native scan), clean() keeps them as they are but for one blank at each end, so the line is
  // long (or, when that is the whole line, its length is known) and the opening is read off them.
  const head = raw.slice(0, SHORT_LINE_MAX + 3);
  if (!SPACES_TO_COLLAPSE.test(head)) {
    const line = head.trim();
    return line.length > SHORT_LINE_MAX ? line.slice(0, OPENING_LENGTH) : null;
  }
  let length = 0; // of clean(raw[0, i))
  let openingEnd = -1;
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    if (isWhiteSpace(raw.charCodeAt(i))) {
      inSpace = true;
      continue;
    }
    length += inSpace && length > 0 ? 2 : 1;
    inSpace = false;
    if (openingEnd === -1 && length >= OPENING_LENGTH) openingEnd = i + 1;
    if (length > SHORT_LINE_MAX) return clean(raw.slice(0, openingEnd)).slice(0, OPENING_LENGTH);
  }
  return null;
}

/** What /\s/ matches (U+00A0 and U+202F included): the characters clean() collapses and trims. */
function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Blanks collapsed to one space, ends trimmed. */
const clean = collapseSpaces;

/**
 * The date of a date line (the whole line), or the date field of a line of fields, bylines included
 * ("Rédaction | 12 janvier 2025 | 9 h 40", "Par Anne Roy | 4 juillet 2024"); null for a byline without one.
 */
function dateSpan(text: string, line: Line): Span | null {
  if (line.kind === "date" && DATE_LINE.test(clean(line.text))) return trimmedSpan(text, line);
  const field = dateSegment(line.text);
  return field ? { start: line.start + field[0], end: line.start + field[0] + field[1] } : null;
}

function trimmedSpan(text: string, line: Line): Span {
  const slice = text.slice(line.start, line.end);
  const lead = slice.length - slice.trimStart().length;
  return { start: line.start + lead, end: line.start + slice.trimEnd().length };
}

/** Replaces every character of the spans except newlines by a space. */
function maskSpans(text: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let done = 0;
  for (const span of spans) {
    const start = Math.max(span.start, done);
    if (span.end <= start) continue;
    const hidden = text.slice(start, span.end);
    out += text.slice(done, start) + blank(hidden);
    done = span.end;
  }
  return out + text.slice(done);
}

/** As many spaces as UTF-16 units (offsets count units), newlines kept. */
function blank(hidden: string): string {
  return hidden.split("\n").map((part) => " ".repeat(part.length)).join("\n");
}
