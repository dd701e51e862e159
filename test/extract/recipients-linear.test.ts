// Masked page chrome leaves lines of blanks; the table-row patterns of recipients must read them in
// linear time. With 100,000 blanks a quadratic pattern takes tens of seconds (test time-out);
// a linear one takes milliseconds. The rows around the blanks are still read.
import { describe, expect, test } from "vitest";
import { findRecipients } from "../../src/extract/recipients.js";
import { findGrants } from "../../src/extract/grants.js";
import type { Amount } from "../../src/record.js";

/** "42 000 $" amounts, built by hand so the test reads recipients alone. */
const amountsOf = (text: string): Amount[] => [...text.matchAll(/\d{1,3}(?: \d{3})* \$/gu)].map((m) => ({
  text: m[0], value: Number(m[0].replace(/[ $]/gu, "")), currency: "CAD", qualifier: "exact" as const, start: m.index!, end: m.index! + m[0].length,
}));

const BLANKS = " ".repeat(100_000);
const TABLE = "Voici les sommes accordées :\nMont-Carmel — 42 000 $\nSaint-Pacôme : 38 500 $\n";

const shapes: [string, string][] = [
  ["a word, blanks, a dash, blanks", `${TABLE}\nNom${BLANKS}—${BLANKS}\n`],
  ["a word, blanks, a colon, blanks", `${TABLE}\nNom${BLANKS}:${BLANKS}\n`],
  ["blanks, a word, blanks", `${TABLE}\n${BLANKS}Fonds${BLANKS}\n`],
  ["a bullet, blanks, a word", `${TABLE}\n-${BLANKS}Nom${BLANKS}x\n`],
  ["a pipe between blanks", `${TABLE}\n${BLANKS}|${BLANKS}\n`],
];

describe("recipients and grants stay linear on lines of blanks", () => {
  test.each(shapes)("%s", (_name, text) => {
    const amounts = amountsOf(text);
    const recipients = findRecipients(text, { amounts, programs: [] });
    expect(recipients.map((r) => r.name)).toEqual(["Mont-Carmel", "Saint-Pacôme"]);
    const grants = findGrants(text, { amounts, recipients, programs: [] });
    expect(grants.map((g) => [g.recipient, g.amount])).toEqual([["Mont-Carmel", 42000], ["Saint-Pacôme", 38500]]);
  }, 3_000);
});

describe("funding verbs in capitals, read on a lower-cased copy or, when lower-casing moves offsets, on the text", () => {
  const names = (text: string) => findRecipients(text, { amounts: amountsOf(text), programs: [] }).map((r) => [r.name, r.start]);
  test.each([
    ["Une aide de 75 000 $ est VERSÉE AU Centre d'entraide Le Phare pour ses repas.", ["Centre d'entraide Le Phare"]],
    ["Une aide de 30 000 $ est accordée À la Maison Soleil.", ["Maison Soleil"]],
    ["Une aide de 30 000 $ est accordée à la Maison Soleil PAR L'ENTREMISE DU Collège Boréal.", ["Maison Soleil", "Collège Boréal"]],
  ])("%s", (text, expected) => {
    const found = names(text);
    expect(found.map(([n]) => n)).toEqual(expected);
    // "İ" lower-cases to two characters: the patterns read the text itself, offsets unchanged
    expect(names(`${text} İ`)).toEqual(found);
  });
});
