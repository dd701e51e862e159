// Bytes -> text: decodes (charset from the header, the page, or detected) and, for HTML pages,
// keeps only the release body. cheerio is loaded only when a page is HTML (cold start).
import { extname } from "node:path";
import { decodeBytes, InputError } from "./decode.js";
import { charsetOf, charsetParam } from "./charset.js";
import type { TextDocument, ByteDocument } from "../pipeline.js";

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);

/** True when the bytes are an HTML page: by content type, file extension, or a leading tag. */
export function isHtml(doc: ByteDocument): boolean {
  if (doc.contentType && /html/i.test(doc.contentType)) return true;
  if (HTML_EXTENSIONS.has(extname(doc.source.split(/[?#]/)[0] ?? "").toLowerCase())) return true;
  // Every leading tag opens with "<": other texts skip the copy of their head.
  if (doc.bytes[firstNonBlank(doc.bytes)] !== 0x3c) return false;
  const head = Buffer.from(doc.bytes.subarray(0, 512)).toString("latin1").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head);
}

/** Index of the first byte that trimStart() keeps in a Latin-1 reading (tab..CR, space, NBSP skipped). */
function firstNonBlank(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && ((bytes[i]! >= 0x09 && bytes[i]! <= 0x0d) || bytes[i] === 0x20 || bytes[i] === 0xa0)) i++;
  return i;
}

export async function loadDocument(doc: ByteDocument): Promise<TextDocument> {
  if (!isHtml(doc)) {
    const decoded = decodeBytes(doc.bytes, { charset: charsetParam(doc.contentType) });
    return { source: doc.source, text: decoded.text, warnings: decoded.warnings };
  }
  const { htmlToText } = await import("./html.js");
  const decoded = decodeBytes(doc.bytes, { charset: charsetOf(doc.contentType ?? null, doc.bytes) });
  refuseDeepNesting(decoded.text);
  const page = htmlToText(decoded.text);
  return { source: doc.source, text: page.text, title: page.title, published: page.published, warnings: decoded.warnings };
}


/**
 * Real pages nest 20-60 elements deep. The HTML parser's cost grows with the square of the depth and
 * the text walk recurses, so 100,000 nested <div> (1 MB) would run for minutes: refuse such a page
 * at once. Elements whose end tag may be left out (<p>, <li>, <td>…) and void ones are not counted,
 * so a page that never closes its paragraphs is not deep.
 */
export const MAX_HTML_DEPTH = 1000;

const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rt", "rp",
  "html", "head", "body",
]);
// <div class="x">, </div>, <br/>: the name, and whether the tag closes or is self-closed.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/gu;

function refuseDeepNesting(html: string): void {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    if (NOT_NESTING.has(m[2]!.toLowerCase()) || m[3] === "/") continue;
    depth = m[1] === "/" ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest > MAX_HTML_DEPTH) throw new InputError(`HTML nested ${deepest} elements deep (more than ${MAX_HTML_DEPTH}), not a release page`);
}
