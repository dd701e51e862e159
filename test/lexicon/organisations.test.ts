// tokenize reads text by char code; it must cut exactly where the pattern it replaced cut.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { isAcronym, isCapitalized, tokenize, type Token } from "../../src/lexicon/organisations.js";

// The reference: "d'", "l’", "qu'" before a letter; words with inner - – ‑ ' ’ . before a letter; any other non-space.
const ELISION = String.raw`(?<![\p{L}\p{N}])(?:[dDlLjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=[\p{L}\p{N}])`;
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}&]|[-–‑'’.](?=[\p{L}\p{N}]))*`;
const TOKEN = new RegExp(String.raw`(\n)|(${ELISION})|(${WORD})|([^\s])`, "gu");

function reference(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const kind = m[1] ? "newline" : m[2] ? "elision" : m[3] ? "word" : "punct";
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return tokens;
}

describe("tokenize", () => {
  test.each([
    ["L’organisme d'expertise jusqu'à Saint-Côme–Linière", ["L’", "organisme", "d'", "expertise", "jusqu'", "à", "Saint-Côme–Linière"]],
    ["Na'gu'set inc. - 4.0 B.B. 45\u00a0000\u202f$", ["Na'gu'set", "inc", ".", "-", "4.0", "B.B", ".", "45", "000", "$"]],
    ["aujourd'hui qu’il lorsqu'on Puisqu'elle", ["aujourd'hui", "qu’", "il", "lorsqu'", "on", "Puisqu'", "elle"]],
    ["A&W (CQRPM)\n«\u00a0Fonds\u00a0»", ["A&W", "(", "CQRPM", ")", "\n", "«", "Fonds", "»"]],
  ])("%s", (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
    expect(tokenize(text)).toEqual(reference(text));
  });

  test("cuts where the pattern cuts, on any mix of letters, apostrophes, joiners and spaces", () => {
    const pieces = ["d", "l", "L", "qu", "Qu", "jusqu", "lorsqu", "puisqu", "'", "’", "-", "–", "‑", ".", "&", "é", "É", "x", "7", " ", "\u00a0",
      "\u202f", "\n", "\t", "«", "$", "😀", "\ud800", "ǅ", "٣"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(50), (parts, cut) => {
      const text = parts.join("");
      expect(tokenize(text)).toEqual(reference(text));
      const from = Math.min(cut, text.length);
      if (!/[\udc00-\udfff]/u.test(text.charAt(from))) expect(tokenize(text, from)).toEqual(reference(text, from));
    }), { numRuns: 3000 });
  });
});

// isCapitalized and isAcronym answer an ASCII first char without a pattern; they must answer as the patterns do.
describe("isCapitalized, isAcronym", () => {
  test("answer as their patterns for every first char of the BMP", () => {
    const capitalized = (w: string) => /^[\p{Lu}]/u.test(w);
    const acronym = (w: string) => /^[\p{Lu}][\p{Lu}\p{N}&.\-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      for (const rest of ["", "A", "AB", "a", "Ab", "-", "1"]) {
        const w = String.fromCharCode(c) + rest;
        if (isCapitalized(w) !== capitalized(w) || isAcronym(w) !== acronym(w)) wrong.push(w);
      }
    }
    for (const w of ["", "\u{1D400}B", "😀"]) if (isCapitalized(w) !== capitalized(w) || isAcronym(w) !== acronym(w)) wrong.push(w);
    expect(wrong).toEqual([]);
  });
});
