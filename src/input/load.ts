// Bytes -> text: decodes (charset from the header, the page, or detected) and, for HTML pages,
// keeps only the release body. cheerio is loaded only when a page is HTML (cold start).
import { extname } from "node:path";
import { decodeBytes } from "./decode.js";
import type { TextDocument, ByteDocument } from "../pipeline.js";

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);

/** True when the bytes are an HTML page: by content type, file extension, or a leading tag. */
export function isHtml(doc: ByteDocument): boolean {
  if (doc.contentType && /html/i.test(doc.contentType)) return true;
  if (HTML_EXTENSIONS.has(extname(doc.source.split(/[?#]/)[0] ?? "").toLowerCase())) return true;
  const head = Buffer.from(doc.bytes.subarray(0, 512)).toString("latin1").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head);
}

export async function loadDocument(doc: ByteDocument): Promise<TextDocument> {
  if (!isHtml(doc)) {
    const decoded = decodeBytes(doc.bytes, { charset: charsetParam(doc.contentType) });
    return { source: doc.source, text: decoded.text, warnings: decoded.warnings };
  }
  const { htmlToText, charsetOf } = await import("./html.js");
  const decoded = decodeBytes(doc.bytes, { charset: charsetOf(doc.contentType ?? null, doc.bytes) });
  const page = htmlToText(decoded.text);
  return { source: doc.source, text: page.text, title: page.title, published: page.published, warnings: decoded.warnings };
}

function charsetParam(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i);
  return m ? m[1]! : null;
}
