// `communique report` through the real executable (compiled by `pretest`), on a database built
// by the real pipeline; its totals must be those `communique stats` prints for the same database.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { run, tempDir } from "../helpers/cli.js";
import { buildReleaseDb } from "./releases.js";

let dir: string;
let db: string;
const cleanup: string[] = [];

beforeAll(() => {
  dir = tempDir("communique-report-");
  db = join(dir, "releases.db");
  buildReleaseDb(db);
  cleanup.push(dir);
});

afterAll(() => {
  for (const path of cleanup) rmSync(path, { recursive: true, force: true });
});

/** The exact total the page prints in its summary: "2,2 G$ annoncés (2 221 769 969 $)", "370 000 $ annoncés". */
function pageTotal(html: string): number {
  const match = /annoncés \(([\d\u202f]+(?:,\d\d)?)\u00a0\$\)|<strong>([\d\u202f]+(?:,\d\d)?)\u00a0\$<\/strong> annoncés en/u.exec(html);
  if (!match) throw new Error("no total in the page");
  return Number((match[1] ?? match[2])!.replace(/\u202f/gu, "").replace(",", "."));
}

const SUMMARY = /^(.+): (\d+) releases?(?: \((\d+) duplicates? counted once\))?, (\d+) grants?, ([\d,\u202f]+)\u00a0[MG]?\$ announced, (\d{4}-\d\d(?:-\d\d)?) to (\d{4}-\d\d(?:-\d\d)?)\n$/u;

describe("communique report", () => {
  test.each([[[]], [["--since", "2025"]], [["--minister", "bélanger", "--until", "2025-12"]], [["--min-amount", "200000"]]])(
    "writes the page, one summary line on stderr, and the same totals as stats %j",
    async (filters: string[]) => {
      const out = join(dir, `report-${filters.join("-") || "all"}.html`);
      const report = await run("communique", ["report", "--db", db, "--out", out, ...filters]);
      expect(report.stderr).toMatch(SUMMARY);
      expect(report.status).toBe(0);
      expect(report.stdout).toBe("");
      const stats = await run("communique", ["stats", "--db", db, "--format", "json", ...filters]);
      expect(stats.status).toBe(0);
      const expected = JSON.parse(stats.stdout) as { releases: number; duplicates: number; grants: number; total: number };
      const [, name, releases, duplicates, grants] = SUMMARY.exec(report.stderr)!;
      expect(name).toBe(out);
      expect(Number(releases)).toBe(expected.releases);
      expect(Number(duplicates ?? 0)).toBe(expected.duplicates);
      expect(Number(grants)).toBe(expected.grants);
      expect(expected.grants).toBeGreaterThan(0);
      const html = readFileSync(out, "utf8");
      expect(pageTotal(html)).toBeCloseTo(expected.total, 2);
      expect(existsSync(`${out}.${process.pid}.partial`)).toBe(false);
    },
  );

  test("a missing database is an error with a hint, exit 1, no file written", async () => {
    const missing = join(dir, "absent.db");
    const out = join(dir, "never.html");
    const r = await run("communique", ["report", "--db", missing, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`report: no such database: ${missing} (use --db PATH)\n`);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(missing)).toBe(false);
  });

  test("$COMMUNIQUE_DB is used without --db; the default output is report.html in the working directory", async () => {
    const cwd = tempDir("communique-report-cwd-");
    cleanup.push(cwd);
    const r = await run("communique", ["report"], { cwd, env: { COMMUNIQUE_DB: db } });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^report\.html: /u);
    expect(readFileSync(join(cwd, "report.html"), "utf8")).toContain("<h1>Sommes annoncées dans les communiqués</h1>");
  });

  test("an output directory that does not exist is an error", async () => {
    const r = await run("communique", ["report", "--db", db, "--out", join(dir, "nope", "r.html")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^report: .*r\.html: directory .*nope does not exist\n$/u);
  });
});
