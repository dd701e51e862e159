import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { concurrentRelease, tempDir } from "./factory.js";

const VITE_NODE = fileURLToPath(new URL("../../node_modules/vite-node/vite-node.mjs", import.meta.url));
const WRITER = fileURLToPath(new URL("./concurrent-writer.ts", import.meta.url));

function runWriter(db: string, from: number, to: number, onReady: () => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_NODE, WRITER, db, String(from), String(to)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      const before = stdout;
      stdout += chunk;
      if (!before.includes("ready\n") && stdout.includes("ready\n")) onReady();
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe("several processes writing one file", () => {
  it("never fail with 'database is locked' and store each release exactly once", async () => {
    const db = join(dir, "communique.db");
    // Four writers on a file none of them has created yet, with overlapping ranges of the same 40 releases.
    const ranges: [number, number][] = [[0, 20], [10, 30], [20, 40], [0, 40]];
    let ready = 0;
    const go = () => {
      if (++ready === ranges.length) writeFileSync(`${db}.go`, "");
    };
    const results = await Promise.all(ranges.map(([from, to]) => runWriter(db, from, to, go)));
    for (const result of results) {
      expect(result.stderr).not.toMatch(/locked|busy/iu);
      expect(result.code, result.stderr).toBe(0);
    }
    const totals = results.map((r) => JSON.parse(r.stdout.replace("ready\n", "")) as { inserted: number; updated: number; unchanged: number });
    expect(totals.reduce((sum, t) => sum + t.inserted, 0)).toBe(40);
    expect(totals.reduce((sum, t) => sum + t.inserted + t.updated + t.unchanged, 0)).toBe(20 + 20 + 20 + 40);

    const store = openStore(db, { readonly: true });
    try {
      expect(store.integrityCheck()).toBe("ok");
      expect(store.db.prepare("SELECT count(*) FROM releases").pluck().get()).toBe(40);
      expect(store.db.prepare("SELECT count(*) FROM grants").pluck().get()).toBe(40);
      const ids = Array.from({ length: 40 }, (_, i) => concurrentRelease(i).id).sort();
      expect((store.db.prepare("SELECT id FROM releases ORDER BY id").pluck().all() as string[])).toEqual(ids);
      expect(store.db.prepare("SELECT count(DISTINCT seq) FROM releases").pluck().get()).toBe(40);
    } finally {
      store.close();
    }
    // FTS5's own check compares the index with the releases table; it throws if they differ.
    const writable = openStore(db);
    try {
      expect(() => writable.db.exec("INSERT INTO releases_fts(releases_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
      expect(writable.queryReleases({ search: "numero" })).toHaveLength(40);
    } finally {
      writable.close();
    }
  }, 60_000);
});
