// Issue 6, fuzzing: for any text, extractText never throws (except ExtractError for a text without
// letters once page chrome is blanked), every offset lies inside the text the record carries, amounts are the text they cover,
// values are finite and positive, the record validates, and extracting twice gives the same record.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { extractText, ExtractError } from "../../src/pipeline.js";
import { decodeBytes } from "../../src/input/decode.js";
import { Release } from "../../src/record.js";
import { normalizeText } from "../../src/text/normalize.js";
import { maskChrome } from "../../src/text/body.js";
import { ROOT } from "../helpers/cli.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** What must hold for any input; returns the record, or null for the documented ExtractError. */
function checkExtraction(input: string): Release | null {
  let record: Release;
  try {
    record = extractText({ source: "fuzz", text: input });
  } catch (err) {
    // Documented: no letters left once the page chrome is blanked ("X" alone, "Renseignements : …").
    if (err instanceof ExtractError && !/\p{L}/u.test(maskChrome(normalizeText(input).text).text)) return null;
    throw err;
  }
  Release.parse(record);
  const text = record.text!;
  expect(typeof text).toBe("string");
  const spans = [record.amounts, record.ministers, record.recipients, record.programs, record.grants, record.quotes].flat();
  for (const span of spans) {
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length, JSON.stringify(span)).toBe(true);
  }
  for (const amount of record.amounts) {
    expect(text.slice(amount.start, amount.end)).toBe(amount.text);
    expect(Number.isFinite(amount.value) && amount.value > 0, amount.text).toBe(true);
  }
  for (const grant of record.grants) expect(Number.isFinite(grant.amount) && grant.amount > 0).toBe(true);
  expect(extractText({ source: "fuzz", text: input })).toEqual(record);
  return record;
}

/** COMMUNIQUE_FUZZ_SCALE=20 for a longer hunt; the suite runs at 1 (a few seconds). */
const SCALE = Math.max(1, Number(process.env.COMMUNIQUE_FUZZ_SCALE) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });
const RUNS = runs(250);

describe("extractText on arbitrary strings", () => {
  it("ASCII and printable strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void checkExtraction(s)), RUNS);
  });

  it("any code points (astral, combining marks, lone controls)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => void checkExtraction(s)), RUNS);
  });

  it("a text without letters fails with ExtractError, never with anything else", () => {
    const noLetters = fc.string({ unit: fc.constantFrom(..."0123456789 $,.%-–—«»()[]\n\t*#/:;'’" + NBSP + NNBSP), maxLength: 200 });
    fc.assert(
      fc.property(noLetters, (s) => {
        expect(() => extractText({ source: "fuzz", text: s })).toThrow(ExtractError);
      }),
      runs(100),
    );
  });
});

// Pieces of French releases: money in every form, dates, titles, guillemets, tables, page chrome.
const FRAGMENTS = [
  "2,3 millions de dollars", "2 300 000 $", `2${NBSP}300${NBSP}000${NBSP}$`, `1${NNBSP}250${NNBSP}000 $`, "3 M$", "1,5 G$", "450 000$",
  "plus de 1 million de dollars", "jusqu'à 500 000 $", "environ 12,5 M$", "entre 2 et 3 M$", "de 100 000 $ à 250 000 $",
  "cinq millions de dollars", "deux cent mille dollars", "12 500 €", "3 M$US", "0 $", "0,00 $", "-5 000 $", "99999999999999999999 $",
  "1e308 $", "9 999 999 999 999 999 $", "$", "M$", "millions de dollars", "%", "2024-2028", "G1A 2B3", "418 555-0199",
  "QUÉBEC, le 3 mars 2025 /CNW/ -", "GATINEAU, QC, le 14 févr. 2025 /CNW Telbec/ -", "le 31 février 2025", "le 1er janvier 2026", " date 2025-02 ",
  "La ministre des Affaires municipales, Mme Hélène Tremblay,", "le ministre de l'Économie, M. Paul Côté,", "le premier ministre", "la députée de Rimouski",
  "annonce une aide financière de", "accorde au", "à la Coopérative de solidarité du Lac", "au Centre d'innovation (CIO)",
  "dans le cadre du Programme d'aide aux infrastructures (PAI)", "du Fonds régions et ruralité", "volet 2",
  "« ", " »", "«", "»", "“", "”", "\"", "a déclaré la ministre.", "— Mme Tremblay", ":",
  "| Organisme | Montant |", "|---|---|", "Organisme\tMontant", "Total\t1 200 000 $", "Recommandés pour vous", "Partager", "Commentaires",
  "Renseignements :", "Source :", "-30-", "&nbsp;", "&eacute;", "QuÃ©bec", "â€™", "\u200b", "\ufeff", "\r\n", "\n\n", "\t", "...",
];

const SEPARATORS = [" ", " ", " ", NBSP, NNBSP, "\n", "\n\n", "\t", "", ", ", ". "];

const releaseLike = fc
  .array(
    fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), fc.constantFrom(...SEPARATORS)),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.map(([fragment, sep]) => fragment + sep).join(""));

describe("extractText on text built from release fragments", () => {
  it("amounts, dates, titles, guillemets, tables and chrome in any order", () => {
    fc.assert(fc.property(releaseLike, (s) => void checkExtraction(s)), runs(300));
  });
});

// Our fixtures (synthetic releases), decoded as the pipeline would.
const FIXTURES = readdirSync(join(ROOT, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => decodeBytes(readFileSync(join(ROOT, "fixtures", f))).text);

type Mutation = (text: string) => string;

/** A random edit of a text: position and size are fractions, so they fit any length. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 })).map(
    ([at, n]): Mutation => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + t.slice(i + n); // deletion
    },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 8 }))).map(
    ([at, s]): Mutation => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + s + t.slice(i); // insertion
    },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 })).map(
    ([at, n]): Mutation => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i + n) + t.slice(i, i + n) + t.slice(i + n); // duplication
    },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 300 }), fc.boolean()).map(
    ([at, n, upper]): Mutation => (t) => {
      const i = Math.floor(at * t.length);
      const part = t.slice(i, i + n);
      return t.slice(0, i) + (upper ? part.toUpperCase() : part.toLowerCase()) + t.slice(i + n); // case flip
    },
  ),
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (share): Mutation => (t) => {
      // Spaces become NBSP / narrow NBSP, a share of them.
      let k = 0;
      return t.replace(/ /gu, () => (++k % 7 < share * 7 ? (k % 2 ? NBSP : NNBSP) : " "));
    },
  ),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): Mutation => (t) => t.slice(0, Math.floor(at * t.length))), // truncation
);

describe("extractText on mutated fixtures", () => {
  it("deletions, insertions, duplications, case flips, NBSP and truncation never break a record", () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (index, edits) => {
        checkExtraction(edits.reduce((t, edit) => edit(t), FIXTURES[index]!));
      }),
      runs(200),
    );
  });

  it("every fixture as is gives a record that passes the same checks", () => {
    expect(FIXTURES.length).toBeGreaterThan(10);
    for (const text of FIXTURES) expect(checkExtraction(text)).not.toBeNull();
  });
});
