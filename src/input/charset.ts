// Which charset bytes from the web are in: the BOM, the HTTP header, then a <meta> or an XML
// declaration. Plain patterns, no parser: text files and feeds use it without loading cheerio.

const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/iu; // text/html; charset="ISO-8859-1"
// <meta charset="windows-1252">, <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
const META_TAG = /<meta\s[^>]*>/giu;
const META_CHARSET_ATTR = /\scharset\s*=\s*["']?([\w.:-]+)/iu;
const XML_ENCODING = /^<\?xml\s[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu; // <?xml version="1.0" encoding="ISO-8859-1"?>

/**
 * The charset of a page: byte-order mark, then the HTTP header, then a <meta> (or an XML
 * declaration) in the first 2 KB; null when none says. Labels that browsers read as
 * windows-1252 (iso-8859-1, latin1, us-ascii) are returned as "windows-1252": such pages do
 * contain 0x92 for ’ and 0x80 for €.
 */
export function charsetOf(contentType: string | null, bytes: Uint8Array): string | null {
  const bom = charsetOfBom(bytes);
  if (bom !== null) return bom;
  const fromHeader = contentType === null ? null : CHARSET_PARAM.exec(contentType);
  if (fromHeader) return canonicalCharset(fromHeader[1]);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  const xml = XML_ENCODING.exec(head.trimStart());
  if (xml) return canonicalCharset(xml[1]);
  for (const tag of head.match(META_TAG) ?? []) {
    const direct = META_CHARSET_ATTR.exec(tag);
    if (direct) return canonicalCharset(direct[1]);
    if (/http-equiv\s*=\s*["']?content-type/iu.test(tag)) {
      const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(tag);
      const param = CHARSET_PARAM.exec(content?.[1] ?? content?.[2] ?? "");
      if (param) return canonicalCharset(param[1]);
    }
  }
  return null;
}

function charsetOfBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function canonicalCharset(label: string): string {
  const lower = label.toLowerCase();
  if (lower === "utf8") return "utf-8";
  if (["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252"].includes(lower)) {
    return "windows-1252";
  }
  return lower;
}

/** The charset parameter of a Content-Type header alone ("text/plain; charset=ISO-8859-1"), or null. */
export function charsetParam(contentType: string | null | undefined): string | null {
  const m = contentType ? CHARSET_PARAM.exec(contentType) : null;
  return m ? canonicalCharset(m[1]!) : null;
}
