// Issue 6, concurrency: several `extract` processes writing one database at once (cron jobs that
// overlap, a user running a second import) store every release exactly once, with no error.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import Database from "better-sqlite3";
import { tempDir } from "../helpers/cli.js";
import { writeGeneratedReleases } from "../helpers/generated-releases.js";
import { inspectStore, startCli } from "../helpers/store-checks.js";

describe("four processes extracting overlapping inputs into one new database", () => {
  it("store every release exactly once, each with the sources it was read from, and all exit 0", async () => {
    const dir = tempDir("communique-conc-");
    const paths = writeGeneratedReleases(join(dir, "releases"), 160);
    const db = join(dir, "shared.db");
    // Two go through the worker pool (>= 64 inputs), two read in the main thread; all overlap.
    const runs = [paths.slice(0, 100), paths.slice(50, 150), paths.slice(100, 160), paths.slice(0, 40).concat(paths.slice(120, 140))];
    const started = runs.map((names) => startCli("extract", ["--db", db, "--format", "ndjson", ...names]));
    const results = await Promise.all(started.map((s) => s.done));
    results.forEach((result, i) => {
      const stderr = started[i]!.stderr();
      expect(stderr).not.toMatch(/locked|busy|error/iu);
      expect(result.status, stderr).toBe(0);
      expect(stderr).toContain(`${runs[i]!.length} of ${runs[i]!.length} inputs extracted, 0 failed`);
    });
    // Each release was new for exactly one process.
    const inserted = started.map((s) => Number(/: (\d+) new,/u.exec(s.stderr())?.[1]));
    expect(inserted.reduce((a, b) => a + b, 0)).toBe(160);

    const store = inspectStore(db);
    expect(store.integrity).toBe("ok");
    expect(store.releases).toBe(160);
    expect(store.inconsistent).toEqual([]);
    expect(store.sources).toEqual([...paths].sort());
    const conn = new Database(db, { readonly: true });
    try {
      expect(conn.prepare("SELECT count(DISTINCT seq) FROM releases").pluck().get()).toBe(160);
      expect(conn.prepare("SELECT count(*) FROM releases WHERE canonical_id IS NOT NULL").pluck().get()).toBe(0);
      expect(conn.prepare("SELECT count(*) FROM releases_fts WHERE releases_fts MATCH 'ministre'").pluck().get()).toBe(160);
    } finally {
      conn.close();
    }
  }, 90_000);
});
