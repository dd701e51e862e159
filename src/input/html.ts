// HTML page -> plain text of the release body, with its title and publication date.
// Page chrome (menus, sidebars, "Recommandés pour vous", share buttons, comments) is dropped here;
// block structure becomes line breaks so that sentences never run together.
import * as cheerio from "cheerio";
import type { Cheerio, CheerioAPI } from "cheerio";
export { charsetOf } from "./charset.js";

/** A node of cheerio's DOM (domhandler's AnyNode, reached without importing domhandler). */
type DomNode = Parameters<typeof cheerio.contains>[0];

export interface HtmlText {
  text: string;
  title: string | null;
  /** YYYY-MM-DD, as written by the page (no time-zone shift); YYYY-MM when it gives only a month; or null. */
  published: string | null;
}

/** Elements that are never release text, wherever they are. */
const CHROME_TAGS =
  "nav, aside, script, style, noscript, iframe, template, svg, canvas, button, select, " +
  "textarea, dialog, object, embed, video, audio, [hidden], [aria-hidden=true], " +
  "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [role=search], " +
  "[role=menu], [role=menubar], [role=dialog]";

/** An element holding one of these is the page's content, not chrome around it. */
const CONTENT_MARKERS = "h1, main, article, [itemprop=articleBody]";

/** Page header and footer: dropped unless they belong to an article (its title, its sources). */
const PAGE_FRAME_TAGS = "header, footer";

// Class/id words of chrome. Long words match anywhere ("relatedPosts", "bloc-commentaires");
// short ones only as a whole segment of a class split on - and _ ("pub", "ad-slot", not "public", "head").
const CHROME_CLASS_WORDS = [
  "related", "recommand", "comment", "share", "sharing", "partage", "social", "newsletter",
  "infolettre", "sidebar", "menu", "breadcrumb", "ariane", "footer", "publicite", "advert",
  "cookie", "connexe", "lire-aussi", "voir-aussi", "popular", "populaire", "signup", "subscribe",
];
const CHROME_CLASS_SEGMENTS = new Set(["pub", "ad", "ads", "adv", "banner", "promo", "nav", "navbar", "navigation"]);
// Modifiers describing the page, not the element: <article class="has-comments"> is the article.
const STATE_PREFIX = /^(?:has|with|no|is|show|hide)[-_]/u;

/** Headings that open a block of other articles or of reader comments. */
const CHROME_HEADING =
  /^(?:recommand[ée]s? pour vous|[àa] lire (?:aussi|[ée]galement)|lire aussi|voir aussi|articles? (?:similaires|connexes|reli[ée]s|recommand[ée]s)|sur le m[êe]me sujet|vous aimerez aussi|dans la m[êe]me cat[ée]gorie|les plus (?:lus|populaires)|commentaires?|partagez?(?: cet article)?|abonnez-vous|inscrivez-vous)\b/iu;

/** Where release bodies live, most specific first. */
const BODY_SELECTORS = [
  "[itemprop=articleBody]",
  ".article-body, .article__body, .articleBody, .article-content, .article__content, .release-body, .entry-content, .post-content, .news-content, .field--name-body",
  "article",
  "main, [role=main]",
  "#content, #main-content, #contenu, #main, .content, .contenu",
];

/** Blocks that end a paragraph: they are separated by a blank line. */
const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "html", "main", "ol", "p", "pre", "section", "summary", "table", "ul",
  "caption", "tbody", "thead", "tfoot",
]);

/** Text of an HTML page: the release body, its title, its publication date. */
export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html);
  const title = titleOf($);
  const publishedFromHead = publishedFromMeta($) ?? publishedFromJsonLd($);

  $(CHROME_TAGS).remove();
  // ASP.NET pages wrap everything in one <form>: keep a form that holds the article.
  $("form")
    .filter((_, el) => $(el).find(CONTENT_MARKERS).length === 0)
    .remove();
  $(PAGE_FRAME_TAGS)
    .filter((_, el) => $(el).closest("article").length === 0)
    .remove();
  removeChromeByClass($);
  removeChromeSections($);

  const body = findBody($);
  const published = publishedFromHead ?? publishedFromTime($, body);
  let text = blockText(body);
  if (title !== null && !startsWithTitle(text, title)) {
    text = text === "" ? title : `${title}\n\n${text}`;
  }
  return { text, title, published };
}

// ---------------------------------------------------------------------------------------------
// Title and date

function titleOf($: CheerioAPI): string | null {
  const og = $('meta[property="og:title"], meta[name="og:title"]').attr("content");
  const h1 = $("h1").first().text();
  const head = $("title").first().text();
  for (const candidate of [og, h1]) {
    const clean = collapseSpaces(candidate ?? "").replace(/ \| [^|]*$/u, ""); // "Titre | Site"
    if (clean !== "") return clean;
  }
  const clean = withoutSiteName(collapseSpaces(head));
  if (clean !== "") return clean;
  return null;
}

/**
 * A <title>: "Titre | Site", "Titre - L'Écho régional": the last segment goes when it is a short name, shorter
 * than the headline before it ("Sherbrooke - 4,7 M$ pour une résidence" keeps its second part).
 */
function withoutSiteName(title: string): string {
  const piped = title.replace(/ \| [^|]*$/u, "");
  if (piped !== title) return piped;
  const dash = / [-–—] (?=[^-–—]*$)/u.exec(title);
  if (dash === null) return title;
  const words = (s: string) => s.split(" ").filter(Boolean).length;
  const site = title.slice(dash.index + 3);
  const headline = title.slice(0, dash.index);
  return words(site) <= 5 && words(site) < words(headline) ? headline : title;
}

function publishedFromMeta($: CheerioAPI): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="dcterms.date"], meta[name="DC.date"], meta[name="dc.date"], meta[name="date"]',
  ];
  for (const selector of selectors) {
    const content = $(selector).first().attr("content") ?? "";
    const date = isoDateOf(content) ?? monthOf(content);
    if (date !== null) return date;
  }
  return null;
}

/** <meta name="date" content="2024-06">: a page dated to the month only gives YYYY-MM. */
function monthOf(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})\s*$/u.exec(value);
  return m && validDate(Number(m[1]), Number(m[2]), 1) !== null ? `${m[1]}-${m[2]}` : null;
}

function publishedFromJsonLd($: CheerioAPI): string | null {
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(script).text());
    } catch {
      continue; // a broken JSON-LD block is common and not our problem
    }
    const found = findDatePublished(data, 0);
    if (found !== null) return found;
  }
  return null;
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string") {
    const date = isoDateOf(record.datePublished);
    if (date !== null) return date;
  }
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage"]) {
    const found = findDatePublished(record[key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The first <time datetime> of the body, else of the page (other articles' dates are gone by now). */
function publishedFromTime($: CheerioAPI, body: Cheerio<DomNode>): string | null {
  for (const scope of [body.find("time[datetime]"), $("time[datetime]")]) {
    for (const el of scope.toArray()) {
      const date = isoDateOf($(el).attr("datetime") ?? "");
      if (date !== null) return date;
    }
  }
  return null;
}

const ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FRENCH_MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
// "2024-12-09", "2024-12-09T10:30:00-05:00"
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
// RFC 822 as in RSS: "Mon, 09 Dec 2024 10:30:00 -0500"; also "9 déc. 2024", "1er mars 2025"
const DAY_MONTH_YEAR = /(?<![\p{L}\p{N}])(\d{1,2})(?:er)?\s+(\p{L}{3,9})\.?\s+(\d{4})(?!\p{N})/u;

/** A date written in a page or feed, as YYYY-MM-DD in the writer's own time zone; null if unreadable. */
export function isoDateOf(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (!dmy) return null;
  const word = dmy[2].toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""); // "déc" -> "dec"
  let month = ENGLISH_MONTHS.findIndex((m) => word.startsWith(m));
  if (month < 0) month = FRENCH_MONTHS.findIndex((m) => m.startsWith(word));
  return month < 0 ? null : validDate(Number(dmy[3]), month + 1, Number(dmy[1]));
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Chrome removal

function isChromeClass(attr: string): boolean {
  for (const token of attr.toLowerCase().split(/\s+/u)) {
    if (token === "" || STATE_PREFIX.test(token)) continue;
    if (CHROME_CLASS_WORDS.some((word) => token.includes(word))) return true;
    if (token.split(/[-_]/u).some((segment) => CHROME_CLASS_SEGMENTS.has(segment))) return true;
  }
  return false;
}

/** Elements whose class or id says chrome, unless they hold the article itself (a page wrapper). */
function removeChromeByClass($: CheerioAPI): void {
  const chrome = $("[class], [id]").filter((_, el) => {
    const name = el.tagName;
    if (name === "html" || name === "body") return false;
    return isChromeClass(`${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`);
  });
  for (const el of chrome.toArray()) {
    const $el = $(el);
    if ($el.find(CONTENT_MARKERS).length > 0) continue;
    $el.remove();
  }
}

/** "Recommandés pour vous", "Commentaires": the heading and what follows it up to the next heading of its rank. */
function removeChromeSections($: CheerioAPI): void {
  for (const heading of $("h2, h3, h4, h5, h6").toArray()) {
    const $heading = $(heading);
    if (!CHROME_HEADING.test(collapseSpaces($heading.text()))) continue;
    const rank = Number(heading.tagName.slice(1));
    let next = $heading.next();
    while (next.length > 0) {
      const tag = next[0].tagName ?? "";
      if (/^h[1-6]$/u.test(tag) && Number(tag.slice(1)) <= rank) break;
      const after = next.next();
      next.remove();
      next = after;
    }
    $heading.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Finding the body

function findBody($: CheerioAPI): Cheerio<DomNode> {
  const densest = densestBlock($);
  const densestLength = densest ? textLength($(densest)) : 0;
  for (const selector of BODY_SELECTORS) {
    let best: DomNode | null = null;
    let bestLength = 0;
    for (const el of $(selector).toArray()) {
      const length = textLength($(el));
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    // A body container must hold most of the page's paragraph text (not a teaser <article>).
    if (best !== null && bestLength > 0 && bestLength >= 0.5 * densestLength) return $(best);
  }
  if (densest !== null) return $(densest);
  const body = $("body");
  return body.length > 0 ? body : $.root();
}

const INSIDE_BLOCK_TAGS = new Set([
  "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "figure", "span", "a", "b", "strong", "em", "i", "font", "small", "center",
]);

/** The element whose direct <p> children hold the most text (readability's core idea). */
function densestBlock($: CheerioAPI): DomNode | null {
  const score = new Map<DomNode, number>();
  for (const p of $("p").toArray()) {
    let parent = p.parent;
    // <li><p>, <blockquote><p>, <font><p>: the block is the container of the list or quote
    while (parent && "tagName" in parent && INSIDE_BLOCK_TAGS.has(parent.tagName.toLowerCase()) && parent.parent) {
      parent = parent.parent;
    }
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + collapseSpaces($(p).text()).length);
  }
  let best: DomNode | null = null;
  let bestScore = 0;
  for (const [el, value] of score) {
    if (value > bestScore) {
      best = el;
      bestScore = value;
    }
  }
  return best;
}

function textLength(el: Cheerio<DomNode>): number {
  return collapseSpaces(el.text()).length;
}

// ---------------------------------------------------------------------------------------------
// Serialising to text

/** Builds text from DOM pieces line by line (linear in the page size); a pending break is written only once text follows it. */
class TextWriter {
  private done: string[] = []; // finished lines, trailing spaces removed
  private line = "";
  private lineStart = 0; // length of the list marker that opens the line, if any
  private pendingBreak = 0; // newlines wanted before the next text

  text(raw: string, preformatted: boolean): void {
    let piece = preformatted ? raw : raw.replace(/[ \t\n\r\f]+/gu, " "); // keeps U+00A0 and U+202F
    const startsLine = this.line.length === this.lineStart || this.pendingBreak > 0;
    // <p>&nbsp;</p> spacers and indentation are layout, not text
    if (startsLine && !preformatted) piece = piece.replace(/^\s+/u, "");
    if (piece === "") return;
    const afterMarker = this.lineStart > 0 && this.line.length === this.lineStart; // <li><p>Texte</p></li>
    if (this.pendingBreak > 0 && !this.isEmpty() && !afterMarker) this.newlines(this.pendingBreak);
    this.pendingBreak = 0;
    if (this.line.length === this.lineStart && !preformatted) piece = piece.replace(/^\s+/u, "");
    else if (this.line.endsWith(" ") && piece.startsWith(" ")) piece = piece.slice(1);
    const [first, ...rest] = piece.split("\n"); // only <pre> text still holds newlines
    this.line += first;
    for (const next of rest) {
      this.endLine();
      this.line = next;
    }
  }

  /** "- " or "2. " opening a list item on a line of its own. */
  listMarker(marker: string): void {
    if (!this.isEmpty()) this.newlines(Math.max(this.pendingBreak, 1));
    this.pendingBreak = 0;
    this.line = marker;
    this.lineStart = marker.length;
  }

  /** The end of a list item: the next item starts on the next line, even after a <p> inside this one. */
  endListItem(): void {
    this.pendingBreak = 1;
  }

  /** A block boundary: `count` newlines (2 = paragraph break), merged with neighbouring ones. */
  boundary(count: number): void {
    this.pendingBreak = Math.max(this.pendingBreak, count);
  }

  /** A <br>: a line break now, even between two inline pieces. */
  lineBreak(): void {
    this.endLine();
  }

  private isEmpty(): boolean {
    return this.done.length === 0 && this.line === "";
  }

  private endLine(): void {
    this.done.push(this.line.replace(/\s+$/u, ""));
    this.line = "";
    this.lineStart = 0;
  }

  private newlines(count: number): void {
    if (this.line !== "") this.endLine();
    // newlines already written = 1 (end of the last line) + the empty lines after it
    let existing = 1;
    for (let k = this.done.length - 1; k >= 0 && this.done[k] === "" && existing < count; k--) existing++;
    for (; existing < count; existing++) this.done.push("");
  }

  toString(): string {
    return [...this.done, this.line.replace(/\s+$/u, "")]
      .join("\n")
      .replace(/\n{3,}/gu, "\n\n")
      .trim();
  }
}

function blockText(root: Cheerio<DomNode>): string {
  const writer = new TextWriter();
  for (const node of root.toArray()) writeNode(node, writer, false);
  return writer.toString();
}

function writeNode(node: DomNode, writer: TextWriter, preformatted: boolean): void {
  if (node.type === "text") {
    writer.text((node as { data: string }).data, preformatted);
    return;
  }
  if (!("children" in node)) return; // comments, processing instructions
  const name = "tagName" in node ? node.tagName.toLowerCase() : "";
  switch (name) {
    case "br":
      writer.lineBreak();
      return;
    case "tr":
      writeTableRow(node, writer);
      return;
    case "li":
      if (collapseSpaces(rawText(node)) === "") return; // no dangling "- "
      writer.listMarker(listMarker(node));
      writeChildren(node, writer, preformatted);
      writer.endListItem();
      return;
    case "img":
      return;
  }
  const block = BLOCK_TAGS.has(name);
  if (block) writer.boundary(2);
  writeChildren(node, writer, preformatted || name === "pre");
  if (block) writer.boundary(2);
}

function writeChildren(node: DomNode, writer: TextWriter, preformatted: boolean): void {
  if (!("children" in node)) return;
  for (const child of node.children) writeNode(child as DomNode, writer, preformatted);
}

/** "- " in a bulleted list, "3. " in a numbered one (the same marks as our text inputs). */
function listMarker(li: DomNode): string {
  const parent = li.parent;
  if (parent && "tagName" in parent && parent.tagName.toLowerCase() === "ol") {
    const items = parent.children.filter((c) => "tagName" in c && c.tagName.toLowerCase() === "li");
    return `${items.indexOf(li as (typeof items)[number]) + 1}. `;
  }
  return "- ";
}

/** A table row is one line, cells joined by " | ". */
function writeTableRow(row: DomNode, writer: TextWriter): void {
  if (!("children" in row)) return;
  const cells: string[] = [];
  for (const cell of row.children) {
    if (!("tagName" in cell) || !/^t[dh]$/iu.test(cell.tagName)) continue;
    const inner = new TextWriter();
    writeChildren(cell as DomNode, inner, false);
    cells.push(inner.toString().replace(/\s*\n\s*/gu, " "));
  }
  if (cells.every((c) => c === "")) return;
  writer.boundary(1);
  writer.text(cells.join(" | "), true);
  writer.boundary(1);
}

function rawText(node: DomNode): string {
  if (node.type === "text") return (node as { data: string }).data;
  return "children" in node ? node.children.map((child) => rawText(child as DomNode)).join("") : "";
}

function collapseSpaces(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

function startsWithTitle(text: string, title: string): boolean {
  const head = collapseSpaces(text.slice(0, title.length + 200)).toLowerCase();
  return head.startsWith(title.toLowerCase());
}
