#!/usr/bin/env node
// Scores the tool on ../shared (seeds and dev corpus) with ../shared/eval/score.mjs, then on the repo's own
// independent sets: fixtures/validation (gated by the test suite at F1 >= 0.95 a field) and fixtures/unseen
// (sets scored unseen whose misses are not worked through yet: reported, not gated).
// Usage: npm run eval [-- --errors]
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.COMMUNIQUE_SHARED ?? resolve(root, "../shared");
const score = join(shared, "eval/score.mjs");
if (!existsSync(score)) {
  console.error(`eval: ${score} not found (set COMMUNIQUE_SHARED to the shared folder)`);
  process.exit(2);
}
const cmd = `node ${join(root, "bin/extract.js")} --no-db --quiet --format ndjson`;
const sets = [
  ["seeds", join(shared, "gold"), join(shared, "seeds")],
  ["dev", join(shared, "corpus/dev"), join(shared, "corpus/dev")],
  ["fixtures/validation", join(root, "fixtures/validation"), join(root, "fixtures/validation")],
  ["fixtures/unseen", join(root, "fixtures/unseen"), join(root, "fixtures/unseen")],
];
let status = 0;
for (const [name, gold, texts] of sets) {
  if (!existsSync(gold)) continue;
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, [score, "--gold", gold, "--texts", texts, "--cmd", cmd, ...process.argv.slice(2)], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exit(status);
