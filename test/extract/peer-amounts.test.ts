// Peer cases from Recognizers-Text and Duckling (/work/shared/peer/amounts-fr.json, see its README).
// Counted: every case with at least one DOLLAR or EUR amount. Expected values are those amounts'
// values; an interval ("entre 10 et 20 euro", "plus de 10 euros") contributes its bounds (min,
// max), since both ends of a range are amounts for us; a bare currency word (value null, e.g.
// "dollar") is not an amount and contributes nothing. A case passes when the SET of values we
// find in dollars (any country) or euros equals the expected set. Cases with only other
// currencies (livres, yens, francs, cents...) are not counted; negative cases must give nothing.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { findAmounts } from "../../src/extract/amounts.js";

const PEER = "/work/shared/peer/amounts-fr.json";
const DOLLAR_OR_EURO = new Set(["CAD", "USD", "AUD", "NZD", "HKD", "EUR"]);
const BAR = 0.95;

interface PeerAmount { value: number | null; currency: string; min?: number; max?: number }
interface PeerCase { id: string; input: string; amounts: PeerAmount[] }

function expectedValues(c: PeerCase): number[] {
  const values: number[] = [];
  for (const a of c.amounts) {
    if (a.currency !== "DOLLAR" && a.currency !== "EUR") continue;
    if (a.value !== null) values.push(a.value);
    else for (const bound of [a.min, a.max]) if (bound !== undefined) values.push(bound);
  }
  return [...new Set(values)].sort((x, y) => x - y);
}

describe.skipIf(!existsSync(PEER))("peer money cases (Recognizers-Text, Duckling)", () => {
  const cases: PeerCase[] = existsSync(PEER) ? JSON.parse(readFileSync(PEER, "utf8")).cases : [];

  test(`dollar and euro cases: at least ${BAR * 100} % give exactly the expected values`, () => {
    const failures: string[] = [];
    let counted = 0;
    for (const c of cases) {
      const expected = expectedValues(c);
      if (expected.length === 0) continue;
      counted++;
      const found = [...new Set(findAmounts(c.input).amounts.filter((a) => DOLLAR_OR_EURO.has(a.currency)).map((a) => a.value))]
        .sort((x, y) => x - y);
      if (JSON.stringify(found) !== JSON.stringify(expected)) {
        failures.push(`${c.id}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)} in ${JSON.stringify(c.input.slice(0, 80))}`);
      }
    }
    const rate = (counted - failures.length) / counted;
    console.log(`peer amounts: ${counted - failures.length}/${counted} = ${(rate * 100).toFixed(1)} %`);
    if (failures.length) console.log(failures.join("\n"));
    expect(counted).toBeGreaterThan(100);
    expect(rate, failures.join("\n")).toBeGreaterThanOrEqual(BAR);
  });

  test("negative cases give nothing", () => {
    const negatives = cases.filter((c) => c.amounts.length === 0);
    expect(negatives.length).toBeGreaterThan(0);
    for (const c of negatives) expect(findAmounts(c.input).amounts, c.id).toEqual([]);
  });
});
