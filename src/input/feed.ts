// RSS 2.0 / RSS 1.0 / Atom feed -> items (guid, link, title, date, HTML content).
// The document is checked before parsing: DOCTYPEs that declare entities (billion laughs, XXE)
// and documents that are not XML feeds are refused; custom entities are never expanded.
import { createHash } from "node:crypto";
import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";
import { isoDateOf } from "./html.js";

export interface FeedItem {
  /** Stable identity of the item: guid / id, else its link, else a hash of its content. */
  guid: string;
  link: string | null;
  title: string | null;
  /** YYYY-MM-DD as written by the feed, or null. */
  published: string | null;
  /** HTML of content:encoded / content / description / summary. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

export interface FeedOptions {
  /** Names the feed in error messages (its URL or file). Default "feed". */
  source?: string;
  /** The feed's URL: relative item links are resolved against it. */
  baseUrl?: string;
}

export class FeedError extends Error {
  override name = "FeedError";
}

/** An element of cheerio's DOM, reached without importing domhandler. */
type DomNode = Parameters<typeof cheerio.contains>[0];
type DomElement = Extract<DomNode, { tagName: string }>;

export function parseFeed(xml: string, options: FeedOptions = {}): Feed {
  const source = options.source ?? options.baseUrl ?? "feed";
  const refuse = (why: string): never => {
    throw new FeedError(`${source}: not an RSS or Atom feed (${why})`);
  };
  const doc = xml.replace(/^\uFEFF/u, "");
  const root = rootElementName(doc, refuse);
  const kind = feedKind(root);
  if (kind === null) {
    refuse(root.toLowerCase() === "html" ? "an HTML page" : `its root element is <${root}>`);
  }
  const malformed = wellFormednessError(doc);
  if (malformed !== null) refuse(`malformed XML: ${malformed}`);

  const $ = cheerio.load(doc, { xml: { xmlMode: true, decodeEntities: true } });
  const top = $.root().children().first()[0] as DomElement;
  const base = options.baseUrl;
  if (kind === "atom") {
    return {
      title: textTitle($, child(top, "title")),
      items: children(top, "entry").map((entry) => atomEntry($, entry, base)).filter(isItem),
    };
  }
  const channel = child(top, "channel");
  // RSS 2.0 puts items in <channel>; RSS 1.0 (rdf:RDF) puts them beside it.
  const itemParent = kind === "rss" && channel !== null ? channel : top;
  return {
    title: channel === null ? null : textTitle($, child(channel, "title")),
    items: children(itemParent, "item").map((item) => rssItem($, item, base)).filter(isItem),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks before parsing

/**
 * The name of the root element, after the prolog (<?xml?>, comments, DOCTYPE).
 * Refuses what is not XML, and a DOCTYPE that declares entities.
 */
function rootElementName(doc: string, refuse: (why: string) => never): string {
  const start = doc.trimStart();
  if (start === "") refuse("empty document");
  if (start.startsWith("{") || start.startsWith("[")) refuse("JSON");
  if (!start.startsWith("<")) refuse("not XML");
  let i = doc.length - start.length;
  for (;;) {
    while (i < doc.length && /\s/u.test(doc[i]!)) i++;
    if (doc.startsWith("<?", i)) {
      i = endOf(doc, "?>", i, refuse);
    } else if (doc.startsWith("<!--", i)) {
      i = endOf(doc, "-->", i, refuse);
    } else if (/^<!doctype/iu.test(doc.slice(i, i + 9))) {
      const end = doctypeEnd(doc, i);
      if (end < 0) refuse("not XML: unterminated DOCTYPE");
      if (/<!ENTITY/iu.test(doc.slice(i, end))) refuse("its DOCTYPE declares entities, refused");
      i = end;
    } else {
      break;
    }
  }
  const name = /^<([A-Za-z_][\w:.-]*)/u.exec(doc.slice(i, i + 200));
  if (name === null) refuse("not XML");
  return name![1]!;
}

function endOf(doc: string, terminator: string, from: number, refuse: (why: string) => never): number {
  const at = doc.indexOf(terminator, from);
  if (at < 0) refuse("not XML");
  return at + terminator.length;
}

/** The index just after a DOCTYPE's closing ">", skipping its [internal subset]; -1 if none. */
function doctypeEnd(doc: string, from: number): number {
  let inSubset = false;
  let quote: string | null = null;
  for (let k = from; k < doc.length; k++) {
    const c = doc[k];
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "[") {
      inSubset = true;
    } else if (c === "]") {
      inSubset = false;
    } else if (c === ">" && !inSubset) {
      return k + 1;
    }
  }
  return -1;
}

function feedKind(root: string): "rss" | "rdf" | "atom" | null {
  const name = root.toLowerCase();
  if (name === "rss") return "rss";
  if (name === "rdf:rdf") return "rdf";
  if (name === "feed" || name.endsWith(":feed")) return "atom";
  return null;
}

// <tag a="1" b='2'>, <tag/>, with a name like content:encoded
const START_TAG = /<([A-Za-z_][\w:.-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/uy;
const END_TAG = /<\/([A-Za-z_][\w:.-]*)\s*>/uy;

/**
 * Why the document is not well-formed (unbalanced or broken tags, unclosed comment or CDATA), or
 * null. htmlparser2 repairs such documents silently; a truncated feed must not look complete.
 */
function wellFormednessError(doc: string): string | null {
  const open: string[] = [];
  let i = doc.indexOf("<");
  while (i >= 0) {
    if (doc.startsWith("<!--", i) || doc.startsWith("<![CDATA[", i) || doc.startsWith("<?", i)) {
      const terminator = doc.startsWith("<!--", i) ? "-->" : doc.startsWith("<?", i) ? "?>" : "]]>";
      const end = doc.indexOf(terminator, i);
      if (end < 0) return `unclosed ${terminator === "]]>" ? "CDATA section" : terminator === "-->" ? "comment" : "processing instruction"} at line ${lineOf(doc, i)}`;
      i = doc.indexOf("<", end + terminator.length);
      continue;
    }
    if (/^<!doctype/iu.test(doc.slice(i, i + 9))) {
      const end = doctypeEnd(doc, i);
      if (end < 0) return "unterminated DOCTYPE";
      i = doc.indexOf("<", end);
      continue;
    }
    END_TAG.lastIndex = i;
    const end = END_TAG.exec(doc);
    if (end) {
      const expected = open.pop();
      if (expected !== end[1]) {
        return expected === undefined
          ? `</${end[1]}> closes nothing at line ${lineOf(doc, i)}`
          : `</${end[1]}> closes <${expected}> at line ${lineOf(doc, i)}`;
      }
      i = doc.indexOf("<", END_TAG.lastIndex);
      continue;
    }
    START_TAG.lastIndex = i;
    const start = START_TAG.exec(doc);
    if (!start) return `broken tag at line ${lineOf(doc, i)}`;
    if (start[2] !== "/") open.push(start[1]!);
    i = doc.indexOf("<", START_TAG.lastIndex);
  }
  return open.length > 0 ? `<${open[open.length - 1]}> is not closed (truncated?)` : null;
}

function lineOf(doc: string, index: number): number {
  let line = 1;
  for (let k = doc.indexOf("\n"); k >= 0 && k < index; k = doc.indexOf("\n", k + 1)) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------
// Items

function rssItem($: CheerioAPI, item: DomElement, base: string | undefined): FeedItem {
  const guidEl = child(item, "guid");
  const guid = textOf($, guidEl);
  let link = textOf($, child(item, "link"));
  // <guid isPermaLink="true"> (the default) is the item's address when <link> is missing.
  if (link === null && guid !== null && /^https?:\/\//iu.test(guid) && $(guidEl!).attr("isPermaLink") !== "false") {
    link = guid;
  }
  link = absolute(link, base);
  const title = textTitle($, child(item, "title"));
  const published = dateOf($, child(item, "pubDate") ?? child(item, "dc:date") ?? child(item, "dcterms:issued"));
  const content = textOf($, child(item, "content:encoded") ?? child(item, "description"), false);
  return { guid: guid ?? link ?? contentHash(title, published, content), link, title, published, content };
}

function atomEntry($: CheerioAPI, entry: DomElement, base: string | undefined): FeedItem {
  const links = children(entry, "link");
  const alternate = links.find((l) => ($(l).attr("rel") ?? "alternate") === "alternate") ?? links[0];
  const link = absolute(alternate ? ($(alternate).attr("href") ?? null) : null, base);
  const id = textOf($, child(entry, "id"));
  const title = textTitle($, child(entry, "title"));
  const published = dateOf($, child(entry, "published") ?? child(entry, "updated"));
  const content = atomContent($, child(entry, "content") ?? child(entry, "summary"));
  return { guid: id ?? link ?? contentHash(title, published, content), link, title, published, content };
}

/** Atom text constructs: type="html" (escaped HTML), "xhtml" (a <div>), "text" (plain, escaped here). */
function atomContent($: CheerioAPI, el: DomElement | null): string | null {
  if (el === null) return null;
  const type = ($(el).attr("type") ?? "text").toLowerCase();
  if (type === "xhtml") {
    const div = child(el, "div");
    const inner = (div === null ? $(el).html() : $(div).html())?.trim() ?? "";
    return inner === "" ? null : readableReferences(inner);
  }
  const value = textOf($, el, false);
  if (value === null || type === "html" || type.includes("html")) return value;
  // Many feeds leave out type="html" and still send HTML; real plain text is escaped.
  return /<\/?[a-z][a-z0-9]*[\s/>]/iu.test(value) ? value : escapeHtml(value);
}

/** The XML serializer writes "é" as "&#xe9;" and "$" as "&#x24;": give back the characters, not markup. */
function readableReferences(html: string): string {
  return html.replace(/&#x([0-9a-f]+);/giu, (reference, hex: string) => {
    const char = String.fromCodePoint(parseInt(hex, 16));
    return /[&<>"']/u.test(char) ? reference : char;
  });
}

function isItem(item: FeedItem): boolean {
  return item.link !== null || item.title !== null || item.content !== null || !item.guid.startsWith("sha1:");
}

function contentHash(...parts: (string | null)[]): string {
  return `sha1:${createHash("sha1").update(parts.map((p) => p ?? "").join("\u0000")).digest("hex")}`;
}

function absolute(link: string | null, base: string | undefined): string | null {
  if (link === null || base === undefined) return link;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

// ---------------------------------------------------------------------------------------------
// DOM helpers (XML names compared without case: feeds in the wild write pubdate, PubDate)

function elementsOf(el: DomElement): DomElement[] {
  return el.children.filter((c): c is DomElement => "tagName" in c);
}

function child(el: DomElement, name: string): DomElement | null {
  const lower = name.toLowerCase();
  return elementsOf(el).find((c) => c.tagName.toLowerCase() === lower) ?? null;
}

function children(el: DomElement, name: string): DomElement[] {
  const lower = name.toLowerCase();
  return elementsOf(el).filter((c) => c.tagName.toLowerCase() === lower);
}

/** Text of an element (CDATA included), trimmed; null when missing or empty. */
function textOf($: CheerioAPI, el: DomElement | null, collapse = true): string | null {
  if (el === null) return null;
  const raw = $(el).text();
  const value = collapse ? raw.replace(/\s+/gu, " ").trim() : raw.trim();
  return value === "" ? null : value;
}

/** A title as plain text: Atom type="html" titles and RSS titles with tags lose their markup. */
function textTitle($: CheerioAPI, el: DomElement | null): string | null {
  const value = textOf($, el);
  if (value === null || !/<\/?[a-z][a-z0-9]*[\s/>]/iu.test(value)) return value;
  const plain = cheerio.load(value).root().text().replace(/\s+/gu, " ").trim();
  return plain === "" ? null : plain;
}

function dateOf($: CheerioAPI, el: DomElement | null): string | null {
  const value = textOf($, el);
  return value === null ? null : isoDateOf(value);
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
