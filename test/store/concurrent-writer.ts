// A writer process for concurrency.test.ts (run with vite-node): upserts releases [from, to) of the
// shared synthetic set, in small batches, into the database named on the command line.
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "../../src/store/store.js";
import { concurrentRelease } from "./factory.js";

const [path, fromText, toText] = process.argv.slice(2);
const from = Number(fromText);
const to = Number(toText);
const totals = { inserted: 0, updated: 0, unchanged: 0 };
// Start together: say ready, then wait for the test to create the "go" file.
process.stdout.write("ready\n");
while (!existsSync(`${path}.go`)) await sleep(5);
const store = openStore(path!);
try {
  for (let i = from; i < to; i += 3) {
    const batch = [];
    for (let j = i; j < Math.min(i + 3, to); j++) batch.push(concurrentRelease(j));
    const result = store.upsert(batch);
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
  }
} finally {
  store.close();
}
process.stdout.write(`${JSON.stringify(totals)}\n`);
