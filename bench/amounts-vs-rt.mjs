#!/usr/bin/env node
// Amounts only, side by side on the same documents: our findAmounts versus Microsoft
// Recognizers-Text's French currency model. Both read the same text: the file normalized and
// with page chrome blanked, as our pipeline does. Scored like ../shared/eval/score.mjs scores the
// amounts field: distinct values to the dollar, `amounts_optional` neither hit nor miss.
//
//   node bench/amounts-vs-rt.mjs [--shared ../shared] [--rt-docs N]   (needs `npm run build`)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Gold-annotated documents: { id, set, path, gold: { amounts, amounts_optional } }. */
export function goldDocuments({ shared = join(REPO, "..", "shared"), sampleDir }) {
  const docs = [];
  const pair = (set, textDir, goldDir) => {
    if (!existsSync(textDir) || !existsSync(goldDir)) return;
    for (const f of readdirSync(textDir).filter((n) => n.endsWith(".txt")).sort()) {
      const goldFile = join(goldDir, basename(f, ".txt") + ".json");
      if (!existsSync(goldFile)) continue;
      docs.push({ id: basename(f, ".txt"), set, path: join(textDir, f), gold: JSON.parse(readFileSync(goldFile, "utf8")) });
    }
  };
  pair("seeds", join(shared, "seeds"), join(shared, "gold"));
  pair("dev", join(shared, "corpus", "dev"), join(shared, "corpus", "dev"));
  if (sampleDir) pair("synthetic", sampleDir, sampleDir);
  return docs;
}

// ---------- scoring (the amounts part of ../shared/eval/score.mjs) ----------

const amountMatch = (a, b) => Math.abs(Number(a) - Number(b)) <= 0.5;

function distinct(values) {
  const seen = new Set();
  return values.filter((v) => Number.isFinite(v) && !seen.has(Math.round(v)) && seen.add(Math.round(v)));
}

/** Greedy one-to-one matching; a prediction matching an optional value is neutral. */
export function scoreAmounts(predicted, required, optional) {
  const left = [...required], opt = [...optional], hit = [];
  let tp = 0, fp = 0;
  for (const p of distinct(predicted)) {
    const i = left.findIndex((g) => amountMatch(p, g));
    if (i >= 0) { tp++; hit.push(left.splice(i, 1)[0]); continue; }
    const j = opt.findIndex((g) => amountMatch(p, g));
    if (j >= 0) { opt.splice(j, 1); continue; }
    if (required.some((g) => amountMatch(p, g)) || hit.some((g) => amountMatch(p, g))) continue;
    fp++;
  }
  return { tp, fp, fn: left.length };
}

export function f1Of({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

// ---------- the comparison ----------

/**
 * Runs both recognisers over the documents. Ours: passes are repeated until `minSeconds` so the
 * timer is not the measurement. Recognizers-Text: one warm-up call (it compiles its models), then
 * one timed call per document (seconds per document, so one pass is the measurement).
 */
export async function compareAmounts({ docs, minSeconds = 2, rtDocs = Infinity, log = () => {} }) {
  const { normalizeText } = await import(join(REPO, "dist/text/normalize.js"));
  const { maskChrome } = await import(join(REPO, "dist/text/body.js"));
  const { findAmounts } = await import(join(REPO, "dist/extract/amounts.js"));
  const texts = docs.map((d) => maskChrome(normalizeText(readFileSync(d.path, "utf8")).text).text);
  const chars = texts.reduce((n, t) => n + t.length, 0);

  // Ours.
  const ourValues = texts.map((t) => findAmounts(t).amounts.map((a) => a.value));
  let passes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minSeconds * 1000 || passes < 3) {
    for (const t of texts) findAmounts(t);
    passes++;
  }
  const ourSeconds = (performance.now() - t0) / 1000 / passes;

  // Recognizers-Text.
  log("amounts: loading Recognizers-Text and compiling its French models (warm-up call)");
  const w0 = performance.now();
  const RT = await import("@microsoft/recognizers-text-suite");
  const recognize = (text) => RT.recognizeCurrency(text, RT.Culture.French);
  recognize("Une aide financière de 25 000 $ est accordée.");
  const rtWarmup = (performance.now() - w0) / 1000;
  const rtCount = Math.min(docs.length, rtDocs);
  const rtValues = [];
  let rtSeconds = 0, rtChars = 0;
  for (let i = 0; i < rtCount; i++) {
    const s = performance.now();
    const found = recognize(texts[i]);
    rtSeconds += (performance.now() - s) / 1000;
    rtChars += texts[i].length;
    rtValues.push(found.map((r) => Number(r.resolution?.value)).filter((v) => Number.isFinite(v)));
    if ((i + 1) % 10 === 0) log(`amounts: Recognizers-Text ${i + 1} of ${rtCount} documents`);
  }

  // Scores by set and overall, on the documents both read.
  const sets = ["all", ...new Set(docs.map((d) => d.set))];
  const zero = () => ({ tp: 0, fp: 0, fn: 0 });
  const scores = Object.fromEntries(sets.map((s) => [s, { ours: zero(), rt: zero(), docs: 0 }]));
  const misses = [];
  let oursEverywhere = zero();
  docs.forEach((d, i) => {
    const required = d.gold.amounts ?? [], optional = d.gold.amounts_optional ?? [];
    const ours = scoreAmounts(ourValues[i], required, optional);
    oursEverywhere = add(oursEverywhere, ours);
    if (ours.fp || ours.fn) misses.push({ id: d.id, set: d.set, ours: distinct(ourValues[i]), gold: required, optional });
    if (i >= rtCount) return;
    const rt = scoreAmounts(rtValues[i], required, optional);
    for (const s of ["all", d.set]) {
      scores[s].ours = add(scores[s].ours, ours);
      scores[s].rt = add(scores[s].rt, rt);
      scores[s].docs++;
    }
  });
  for (const s of sets) {
    scores[s].ours = { ...scores[s].ours, ...f1Of(scores[s].ours) };
    scores[s].rt = { ...scores[s].rt, ...f1Of(scores[s].rt) };
  }
  return {
    documents: docs.length,
    chars,
    ours: { seconds: ourSeconds, docsPerSecond: docs.length / ourSeconds, charsPerSecond: chars / ourSeconds, passes },
    rt: { warmupSeconds: rtWarmup, documents: rtCount, seconds: rtSeconds, docsPerSecond: rtCount / rtSeconds, charsPerSecond: rtChars / rtSeconds },
    scores,
    oursOnAllDocuments: { ...oursEverywhere, ...f1Of(oursEverywhere) },
    misses,
  };
}

async function main(argv) {
  const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const { writeAmountSample } = await import("./generate.mjs");
  const sampleDir = writeAmountSample({});
  const docs = goldDocuments({ shared: opt("--shared"), sampleDir });
  const r = await compareAmounts({ docs, rtDocs: Number(opt("--rt-docs") ?? Infinity), log: (l) => process.stderr.write(l + "\n") });
  console.log(JSON.stringify(r, null, 2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
