// Issue 6, crashes: a long extract killed outright (SIGKILL: power cut, OOM killer) or stopped with
// Ctrl-C (SIGINT). The database always opens, passes integrity_check, holds no half-stored release,
// and running the same command again completes the set without duplicates.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { tempDir } from "../helpers/cli.js";
import { writeGeneratedReleases } from "../helpers/generated-releases.js";
import { inspectStore, releaseCount, startCli, type Started } from "../helpers/store-checks.js";

const TOTAL = 2000;

let dir: string;
let releases: string;
let paths: string[];
beforeAll(() => {
  dir = tempDir("communique-crash-");
  releases = join(dir, "releases");
  paths = writeGeneratedReleases(releases, TOTAL);
});

/** Polls the database until some releases are stored (a batch committed), while the run goes on. */
async function untilSomeStored(db: string, run: Started): Promise<number> {
  let exited = false;
  void run.done.then(() => (exited = true));
  for (;;) {
    const n = releaseCount(db);
    if (n > 0 || exited) return n;
    await sleep(25);
  }
}

describe("an extract killed halfway", () => {
  it("SIGKILL: intact database, no half-stored release; the rerun completes the set once", async () => {
    const db = join(dir, "killed.db");
    const args = ["--db", db, "--format", "ndjson", releases];
    const first = startCli("extract", args);
    const seen = await untilSomeStored(db, first);
    first.child.kill("SIGKILL");
    const end = await first.done;
    expect(seen, "the run finished before it could be killed").toBeLessThan(TOTAL);
    expect(seen).toBeGreaterThan(0);
    expect(end.signal).toBe("SIGKILL");

    const afterKill = inspectStore(db);
    expect(afterKill.integrity).toBe("ok");
    expect(afterKill.inconsistent).toEqual([]);
    expect(afterKill.releases).toBeGreaterThan(0);
    expect(afterKill.releases).toBeLessThan(TOTAL);
    // A release is stored with all its sources or not at all.
    expect(afterKill.sources).toHaveLength(afterKill.releases);

    const rerun = startCli("extract", args);
    const again = await rerun.done;
    expect(again.status, rerun.stderr()).toBe(0);
    expect(rerun.stderr()).toContain(`${TOTAL - afterKill.releases} new, 0 updated, ${afterKill.releases} unchanged`);
    const complete = inspectStore(db);
    expect(complete.integrity).toBe("ok");
    expect(complete.releases).toBe(TOTAL);
    expect(complete.inconsistent).toEqual([]);
    expect(complete.sources).toEqual([...paths].sort());
  }, 90_000);

  it("SIGINT (Ctrl-C): stops after the current batch, says so, exits 130, keeps what was extracted", async () => {
    const db = join(dir, "interrupted.db");
    const run = startCli("extract", ["--db", db, "--format", "ndjson", releases]);
    const seen = await untilSomeStored(db, run);
    run.child.kill("SIGINT");
    const end = await run.done;
    expect(seen, "the run finished before it could be interrupted").toBeLessThan(TOTAL);
    expect(end.status, run.stderr()).toBe(130);
    const stderr = run.stderr();
    expect(stderr).toMatch(/^extract: interrupted: storing what was extracted, then stopping/mu);
    const summary = /extract: (\d+) of 2000 inputs extracted, 0 failed; .*: (\d+) new, 0 updated, 0 unchanged/u.exec(stderr);
    expect(summary, stderr).not.toBeNull();
    const [extracted, stored] = [Number(summary![1]), Number(summary![2])];
    expect(stored).toBe(extracted);
    expect(extracted).toBeLessThan(TOTAL);

    const store = inspectStore(db);
    expect(store.integrity).toBe("ok");
    expect(store.inconsistent).toEqual([]);
    // Everything reported as extracted was stored: nothing between the last batch and the stop is lost.
    expect(store.releases).toBe(extracted);
    expect(store.releases).toBeGreaterThanOrEqual(seen);
  }, 60_000);
});
