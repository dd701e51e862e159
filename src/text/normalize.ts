// Raw decoded text -> the one text every extractor reads and every offset points into.
// Deterministic: same input, same output. NO-BREAK SPACE (U+00A0), NARROW NBSP (U+202F) and
// apostrophes (' and ’) are kept as written: extractors handle them, and quotes stay verbatim.
import { iconv, htmlEntities } from "../input/lazy.js";

export interface NormalizedText {
  text: string;
  warnings: string[];
}

export const MOJIBAKE_WARNING = "repaired mojibake (UTF-8 read as Windows-1252)";

/** BOM, zero-width space/joiners, word joiner, soft hyphen: invisible, and they split words. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** An entity with its semicolon: "&amp;", "&eacute;", "&#233;", "&#x00E9;" (not "R&D", "AT&T"). */
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/u;

export function normalizeText(raw: string): NormalizedText {
  const warnings: string[] = [];
  // includes() first: a native search for one character is several times faster than a regex scan.
  const plain = (raw.includes("\r") ? raw.replace(/\r\n?/gu, "\n") : raw).replace(INVISIBLE, "");
  let text = decodeEntities(plain);
  const repaired = repairMojibake(text);
  if (repaired !== text) {
    text = repaired;
    warnings.push(MOJIBAKE_WARNING);
  }
  // Entities can reappear once mojibake is gone ("&amp;" written in a mis-decoded page stays "&amp;").
  // When neither step changed the text, that second pass would find nothing: skip its two scans.
  if (text !== plain) text = decodeEntities(text).replace(INVISIBLE, "");
  text = trimLineEnds(text.includes("\t") ? untab(text) : text);
  if (text.includes("   ")) text = unspace(text);
  return { text, warnings };
}

/**
 * A line of cells apart by runs of three blanks or more, with a figure in it ("Ripon   Reconstruction
 * du chemin   964 320 $"): the runs become " | ", as tabs do (untab). One run alone may be layout.
 * A header of such cells (no figure) above its rows becomes cells too, and gives its columns: in the
 * rows under it, up to a blank line, two blanks or more that end where a header's column starts are
 * a cell's end as well ("1 250 000 $  Usinage X inc." under "Montant      Entreprise").
 */
function unspace(text: string): string {
  const lines = text.split("\n");
  const runs = (line: string | undefined) => (line?.includes("   ") ? line.match(CELL_GAP)?.length ?? 0 : 0);
  const rowBelow = (k: number) => /\d/u.test(lines[k] ?? "") && runs(lines[k]) >= 1;
  let columns: number[] = [];
  return lines.map((line, i) => {
    if (line.trim() === "") { columns = []; return line; }
    if (!/\d/u.test(line)) {
      // a header: right above a row, or above a region's heading line then a row ("Montant   Entreprise   Ville" / "Mauricie")
      const header = runs(line) >= 2 && (rowBelow(i + 1) || runs(lines[i + 1]) === 0 && /^\p{Lu}[^\d]{0,60}$/u.test(lines[i + 1] ?? "") && rowBelow(i + 2));
      if (!header) return line;
      columns = [...line.matchAll(/(?<= {3})\S/gu)].map((m) => m.index!);
      return line.replace(CELL_GAP, " | ");
    }
    const cut = columns.length > 0 ? splitAtColumns(line, columns) : line;
    return runs(cut) >= 2 || cut !== line ? cut.replace(CELL_GAP, " | ") : line;
  }).join("\n");
}

/** A run of three blanks or more between two cells. */
const CELL_GAP = /(?<=\S) {3,}(?=\S)/gu;

/** The row with " | " where two blanks or more end at one of the header's column starts. */
function splitAtColumns(line: string, columns: readonly number[]): string {
  let out = line;
  for (let c = columns.length - 1; c >= 0; c--) {
    const at = columns[c]!;
    if (at >= out.length || out[at] === " " || out[at - 1] !== " " || out[at - 2] !== " ") continue;
    let from = at - 1;
    while (from > 0 && out[from - 1] === " ") from--;
    if (from === 0) continue; // leading blanks: an empty first cell, not a boundary
    out = `${out.slice(0, from)} | ${out.slice(at)}`;
  }
  return out;
}

/**
 * Tabs become blanks, except between two cells of a line ("Chertsey\tRedressement\t602 400 $"):
 * there they become " | ", so a tab-separated table reads as the bar table it is instead of one
 * name running into the next column ("Chertsey Redressement").
 */
function untab(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}$%).])[ ]*\t[\t ]*(?=[\p{L}\p{N}(«"])/gu, " | ").replace(/\t/gu, " ");
}

/**
 * Removes spaces at the end of each line (not NBSP: it may be the only thing left of a cell).
 * A loop, not /[ ]+$/gm: that pattern retries at every blank of a long blank run (quadratic).
 */
function trimLineEnds(text: string): string {
  // Jumps from newline to newline (indexOf of one character is a fast native search; of " \n" it
  // stops at every space) and copies only around the lines it trims, instead of splitting them all.
  let out = "";
  let done = 0; // text[0, done) is in out
  for (let newline = text.indexOf("\n"); ; newline = text.indexOf("\n", newline + 1)) {
    const lineEnd = newline === -1 ? text.length : newline;
    let end = lineEnd;
    while (end > done && text.charCodeAt(end - 1) === 0x20) end--;
    if (end < lineEnd) {
      out += text.slice(done, end);
      done = lineEnd;
    }
    if (newline === -1) break;
  }
  return done === 0 ? text : out + text.slice(done);
}

/**
 * Decodes HTML entities left in the text. Strict mode (semicolon required) so that
 * "Recherche&notoriété" does not become "Recherche¬oriété". Two passes handle "&amp;eacute;".
 */
export function decodeEntities(text: string): string {
  for (let pass = 0; pass < 2 && text.includes("&") && ENTITY.test(text); pass++) {
    text = htmlEntities().decodeHTMLStrict(text);
  }
  return text;
}

// --- mojibake: UTF-8 bytes that were read as Windows-1252 (or Latin-1) ---------------------------
// "Québec" -> "QuÃ©bec", "’" -> "â€™", "à " -> "Ã  ", NBSP -> "Â ". Each mojibake sequence is a
// UTF-8 lead byte (Â..ô) followed by continuation bytes (0x80-0xBF) as Windows-1252 shows them.

/** Lead chars: Â..ß starts 2 bytes, à..ï starts 3, ð..ô starts 4. */
const LEAD2 = "\u00C2-\u00DF";
const LEAD3 = "\u00E0-\u00EF";
const LEAD4 = "\u00F0-\u00F4";

/**
 * A cheap test that lets clean text skip the repair (and the tables below): a lead char followed by
 * what a continuation byte looks like in Windows-1252 (U+0080-U+00BF, Œ œ Š š Ÿ Ž ž ƒ ˆ ˜, – — ‘ ’ ‚ “ ” „
 * † ‡ • … ‰ ‹ › € ™), "Ã"/"Â" + space, or a bare "â€". A superset of what the sequence pattern matches.
 */
const MAYBE_MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u0192\u02C6\u02DC\u2013-\u2122]|[\u00C3\u00C2] |\u00E2\u20AC/u;

interface MojibakeTables {
  /** Windows-1252 character -> the byte it stands for (0x80-0xFF), plus C1 controls read as Latin-1. */
  byteOf: ReadonlyMap<string, number>;
  /**
   * "Ã©" | "â€™" | "ðŸ˜€"; also "Ã" + space where the NBSP of "à" became a plain space ("Ã  la"),
   * and a bare "â€" whose third byte 0x9D (undefined in Windows-1252) was dropped: "”".
   */
  sequence: RegExp;
}

let tables: MojibakeTables | undefined;

/** Built on first need: most texts have no mojibake and never load iconv-lite. */
function mojibakeTables(): MojibakeTables {
  if (tables) return tables;
  const byteOf = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const ch = iconv().decode(Buffer.from([byte]), "windows-1252");
    if (ch !== "\uFFFD") byteOf.set(ch, byte);
    if (byte <= 0x9f) byteOf.set(String.fromCharCode(byte), byte);
  }
  const continuation = [...byteOf]
    .filter(([, byte]) => byte >= 0x80 && byte <= 0xbf)
    .map(([ch]) => ch)
    .join("")
    .replace(/[\]\\^-]/gu, "\\$&");
  const cont = `[${continuation}]`;
  const sequence = new RegExp(
    `[${LEAD2}]${cont}|[${LEAD3}]${cont}{2}|[${LEAD4}]${cont}{3}|[\u00C3\u00C2] |\u00E2\u20AC`,
    "gu",
  );
  tables = { byteOf, sequence };
  return tables;
}

/**
 * What a mojibake sequence may stand for in a French text: Latin-1 and Latin Extended-A letters
 * (é, œ, ł), punctuation (’ « — …), currency (€), letterlike symbols (™), emoji. Anything else
 * ("é" + NBSP + "»" would decode to a CJK ideograph) means the sequence was real text.
 */
function isPlausible(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0xa0 && cp <= 0x17f) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    cp >= 0x1f300
  );
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The character a mojibake sequence stood for, or null when it is not one. */
function undoSequence(seq: string): string | null {
  if (seq === "\u00E2\u20AC") return "\u201D";
  // "Ã " / "Â ": the second byte was a NBSP (0xA0) that became a plain space on the way.
  const chars = [...seq].map((ch, i) => (i > 0 && ch === " " ? "\u00A0" : ch));
  const bytes = chars.map((ch) => mojibakeTables().byteOf.get(ch));
  if (bytes.some((b) => b === undefined)) return null;
  let decoded: string;
  try {
    decoded = UTF8.decode(Uint8Array.from(bytes as number[]));
  } catch {
    return null;
  }
  return [...decoded].length === 1 && isPlausible(decoded) ? decoded : null;
}

function countMojibake(text: string): number {
  let n = 0;
  for (const m of text.matchAll(mojibakeTables().sequence)) if (undoSequence(m[0]) !== null) n++;
  return n;
}

/**
 * Reverses UTF-8-read-as-Windows-1252, sequence by sequence (a page can mix repaired and broken
 * parts). Applied only when it lowers the number of mojibake sequences; at most twice, for text
 * that went through the mistake twice ("ÃƒÂ©").
 */
export function repairMojibake(text: string): string {
  if (!MAYBE_MOJIBAKE.test(text)) return text;
  for (let pass = 0; pass < 2; pass++) {
    const before = countMojibake(text);
    if (before === 0) break;
    const next = text.replace(mojibakeTables().sequence, (seq) => undoSequence(seq) ?? seq);
    if (countMojibake(next) >= before) break;
    text = next;
  }
  return text;
}
