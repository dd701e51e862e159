// Amounts F1 on the annotated seeds and dev documents (/work/shared), as the scorer counts it:
// distinct values to the dollar; gold `amounts_optional` neither required nor penalised.
// The pipeline masks page chrome; here we approximate it by cutting the two pages whose chrome
// carries numbers at their chrome heading and by blanking the leading " date YYYY-MM " token.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { findAmounts } from "../../src/extract/amounts.js";

const SHARED = "/work/shared";
const BAR = 0.98;
const CHROME_HEADINGS = ["RECOMMANDÉS POUR VOUS", "Sur le même sujet"];

interface Gold { amounts: number[]; amounts_optional?: number[] }

function bodyOf(raw: string): string {
  let text = raw.replace(/\r\n?/g, "\n");
  for (const heading of CHROME_HEADINGS) {
    const at = text.indexOf(heading);
    if (at >= 0) text = text.slice(0, at);
  }
  return text.replace(/^ date \d{4}-\d{2} /u, (token) => " ".repeat(token.length));
}

function amountsF1(docs: { id: string; text: string; gold: Gold }[]): { f1: number; errors: string[] } {
  let tp = 0, fp = 0, fn = 0;
  const errors: string[] = [];
  for (const { id, text, gold } of docs) {
    const found = new Set(findAmounts(bodyOf(text)).amounts.map((a) => Math.round(a.value)));
    const required = new Set(gold.amounts.map(Math.round));
    const optional = new Set((gold.amounts_optional ?? []).map(Math.round));
    const scored = [...found].filter((v) => !optional.has(v));
    const extra = scored.filter((v) => !required.has(v));
    const missing = [...required].filter((v) => !found.has(v));
    tp += scored.length - extra.length; fp += extra.length; fn += missing.length;
    if (extra.length || missing.length) errors.push(`${id}: extra ${JSON.stringify(extra)} missing ${JSON.stringify(missing)}`);
  }
  const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
  return { f1: (2 * precision * recall) / (precision + recall || 1), errors };
}

function load(textDir: string, goldDir: string): { id: string; text: string; gold: Gold }[] {
  return readdirSync(textDir).filter((f) => f.endsWith(".txt")).map((f) => {
    const id = f.slice(0, -4);
    return { id, text: readFileSync(`${textDir}/${f}`, "utf8"), gold: JSON.parse(readFileSync(`${goldDir}/${id}.json`, "utf8")) as Gold };
  });
}

describe.skipIf(!existsSync(`${SHARED}/gold`) || !existsSync(`${SHARED}/corpus/dev`))("amounts F1 on annotated documents", () => {
  test.each([
    ["seeds", `${SHARED}/seeds`, `${SHARED}/gold`],
    ["dev", `${SHARED}/corpus/dev`, `${SHARED}/corpus/dev`],
  ])(`%s: F1 >= ${BAR}`, (name, textDir, goldDir) => {
    const { f1, errors } = amountsF1(load(textDir, goldDir));
    console.log(`amounts F1 ${name}: ${f1.toFixed(3)}`);
    expect(f1, errors.join("\n")).toBeGreaterThanOrEqual(BAR);
  });
});
