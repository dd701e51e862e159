#!/usr/bin/env node
// Scores the tool on ../shared (seeds and dev corpus) with ../shared/eval/score.mjs.
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
];
let status = 0;
for (const [name, gold, texts] of sets) {
  if (!existsSync(gold)) continue;
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, [score, "--gold", gold, "--texts", texts, "--cmd", cmd, ...process.argv.slice(2)], { stdio: "inherit" });
  status ||= r.status ?? 1;
}
process.exit(status);
