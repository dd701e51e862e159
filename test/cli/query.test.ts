// query, stats and export through the real executable, on a database built from our fixtures.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { ROOT, run, tempDir } from "../helpers/cli.js";

let db: string;
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  db = join(dir, "fixtures.db");
  // The 28 top-level fixtures (fixtures/validation/ holds more documents).
  const r = await run("extract", ["--quiet", "--db", db, "--format", "ndjson", "fixtures/*.{txt,html}"], { cwd: ROOT });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

const ndjson = (s: string) => s.split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("query", () => {
  it("ends quietly when its reader has gone away (| head)", async () => {
    for (const args of [["query"], ["stats", "--format", "ndjson"], ["export", "--as", "csv"]]) {
      const r = await run("communique", [...args, "--db", db], { closeStdoutAfter: 0 });
      expect([r.status, r.stderr], args[0]).toEqual([0, ""]);
    }
  });

  it("finds a grant by recipient words without accents or case", async () => {
    const r = await run("communique", ["query", "--db", db, "--recipient", "COOPERATIVE jardins fleuve", "--format", "ndjson"]);
    expect(r.status, r.stderr).toBe(0);
    const rows = ndjson(r.stdout);
    expect(rows.map((g) => [g.recipient, g.amount])).toEqual([["Coopérative de solidarité des Jardins du Fleuve", 412560]]);
    expect(rows[0].date).toMatch(/^\d{4}-\d{2}/);
  });

  it("filters by minister, program, dates and amount together", async () => {
    const all = ndjson((await run("communique", ["query", "--db", db, "--format", "ndjson"])).stdout);
    const big = ndjson((await run("communique", ["query", "--db", db, "--min-amount", "400000", "--format", "ndjson"])).stdout);
    expect(big.length).toBeGreaterThan(0);
    expect(big.length).toBeLessThan(all.length);
    expect(big.every((g) => g.amount >= 400000)).toBe(true);
    const since = ndjson((await run("communique", ["query", "--db", db, "--since", "2025-01", "--format", "ndjson"])).stdout);
    expect(since.every((g) => g.date >= "2025-01")).toBe(true);
    const frr = ndjson((await run("communique", ["query", "--db", db, "--program", "regions ruralite", "--format", "ndjson"])).stdout);
    expect(frr.length).toBeGreaterThan(0);
    expect(frr.every((g) => /ruralit/i.test(g.program))).toBe(true);
  });

  it("searches the full text ignoring accents", async () => {
    const r = await run("communique", ["query", "--db", db, "--releases", "--search", "quebec", "--format", "ndjson"]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).length).toBeGreaterThan(3);
  });

  it("treats hostile filter text as text", async () => {
    for (const evil of ["'; DROP TABLE releases; --", "%", "_", '"', "NEAR("]) {
      const r = await run("communique", ["query", "--db", db, "--recipient", evil, "--search", evil, "--format", "ndjson"]);
      expect(r.status, `${evil}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe("");
    }
    const conn = new Database(db, { readonly: true });
    expect((conn.prepare("select count(*) n from releases").get() as { n: number }).n).toBe(28);
    conn.close();
  });

  it("names a missing database and exits 1", async () => {
    const r = await run("communique", ["query", "--db", join(dir, "absent.db")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/absent\.db: no such database/);
  });
});

describe("stats", () => {
  it("totals equal the grants stored", async () => {
    const r = await run("communique", ["stats", "--db", db, "--format", "json"]);
    expect(r.status, r.stderr).toBe(0);
    const stats = JSON.parse(r.stdout);
    const conn = new Database(db, { readonly: true });
    const sql = conn.prepare("select count(*) n, sum(g.amount) total from grants g join releases r on r.id = g.release_id where r.canonical_id is null").get() as { n: number; total: number };
    conn.close();
    expect(stats.grants).toBe(sql.n);
    expect(stats.total).toBeCloseTo(sql.total, 2);
    for (const key of ["by_program", "by_minister", "by_recipient", "by_year"]) {
      const sum = stats[key].reduce((s: number, t: { total: number }) => s + t.total, 0);
      expect(sum, key).toBeCloseTo(sql.total, 2);
    }
  });
});

describe("export", () => {
  it("writes 360Giving JSON marked as announced", async () => {
    const out = join(dir, "grants.json");
    const r = await run("communique", ["export", "--db", db, "--as", "360giving", "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    const data = JSON.parse(readFileSync(out, "utf8"));
    expect(data.grants.length).toBeGreaterThan(10);
    const g = data.grants[0];
    expect(typeof g.amountAwarded).toBe("number");
    expect(g.recipientOrganization[0].name).toBeTruthy();
    expect(JSON.stringify(g)).toMatch(/announced/);
  });

  it("writes the Government of Canada CSV columns", async () => {
    const r = await run("communique", ["export", "--db", db, "--as", "goc-csv"]);
    expect(r.status).toBe(0);
    const header = r.stdout.split("\r\n")[0]!.split(",");
    for (const col of ["recipient_legal_name", "agreement_value", "prog_name_fr", "agreement_start_date"]) expect(header).toContain(col);
  });
});
