// The `extract` executable end to end: inputs, formats, exit statuses, stderr vs stdout, the store.
import { describe, expect, it, beforeAll } from "vitest";
import { writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { run, tempDir } from "../helpers/cli.js";
import { Release } from "../../src/record.js";
import { writeGeneratedReleases } from "../helpers/generated-releases.js";

const RELEASE_A = ` date 2025-02 RIMOUSKI, QC, le 14 févr. 2025 /CNW/ - La ministre des Affaires municipales, Mme Hélène Tremblay-Ouellet, annonce une aide financière de 325 000 $ à la Coopérative de solidarité du Bas-Fleuve pour agrandir son centre de services.

Cette somme est accordée dans le cadre du Fonds régions et ruralité.

« Ce projet répond à un besoin réel de la communauté », a déclaré la ministre.
`;

const RELEASE_B = `GATINEAU, QC, le 3 mai 2024 /CNW Telbec/ - Le ministre de l'Économie, M. Julien Bergeron, annonce que plus de 1,5 million de dollars seront versés au Centre d'innovation de l'Outaouais (CIO).

Le projet créera 40 emplois d'ici 2026. Renseignements : 819 555-0142.
`;

let dir: string;
beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir, "releases/sub"), { recursive: true });
  writeFileSync(join(dir, "releases/a.txt"), RELEASE_A);
  writeFileSync(join(dir, "releases/sub/b.txt"), RELEASE_B);
});

const lines = (s: string) => s.split("\n").filter((l) => l.trim());

describe("extract", () => {
  it("prints one valid NDJSON record per input and nothing else on stdout", async () => {
    const r = await run("extract", ["--no-db", "--format", "ndjson", join(dir, "releases/a.txt"), join(dir, "releases/sub/b.txt")]);
    expect(r.status).toBe(0);
    const records = lines(r.stdout).map((l) => Release.parse(JSON.parse(l)));
    expect(records).toHaveLength(2);
    expect(records[0]!.source).toBe(join(dir, "releases/a.txt"));
    expect(records[0]!.amounts.map((a) => a.value)).toContain(325000);
    expect(records[0]!.date).toBe("2025-02-14");
    expect(records[1]!.amounts.map((a) => a.value)).toEqual([1500000]);
  });

  it("walks directories recursively and expands globs the shell left alone", async () => {
    const fromDir = await run("extract", ["--no-db", "--format", "ndjson", join(dir, "releases")]);
    expect(lines(fromDir.stdout)).toHaveLength(2);
    const fromGlob = await run("extract", ["--no-db", "--format", "ndjson", "releases/**/*.txt"], { cwd: dir });
    expect(fromGlob.status).toBe(0);
    expect(lines(fromGlob.stdout)).toHaveLength(2);
  });

  it("reads standard input with - or with no input at all", async () => {
    const dash = await run("extract", ["--no-db", "--format", "ndjson", "-"], { input: RELEASE_B });
    expect(dash.status).toBe(0);
    expect(JSON.parse(dash.stdout).source).toBe("-");
    const none = await run("extract", ["--no-db", "--format", "ndjson"], { input: RELEASE_B });
    expect(none.status).toBe(0);
    expect(lines(none.stdout)).toHaveLength(1);
  });

  it("names a missing input on stderr, still extracts the others, and exits 1", async () => {
    const r = await run("extract", ["--no-db", "--format", "ndjson", join(dir, "nope.txt"), join(dir, "releases/a.txt")]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/nope\.txt: no such file or directory/);
  });

  it("exits 2 on bad usage", async () => {
    const r = await run("extract", ["--format", "xml", join(dir, "releases/a.txt")]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/xml/);
  });

  it("shows an example in --help of every command", async () => {
    for (const cmd of ["extract", "query", "stats", "export", "schema", "ingest", "report"]) {
      const r = await run("communique", [cmd, "--help"]);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Examples?:\n\s+\$ /);
    }
    const ex = await run("extract", ["--help"]);
    expect(ex.stdout).toMatch(/Examples:/);
  });

  it("prints json, csv and table formats", async () => {
    const input = join(dir, "releases/a.txt");
    const json = await run("extract", ["--no-db", "--format", "json", input]);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    const csv = await run("extract", ["--no-db", "--format", "csv", input]);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^source,date,/);
    expect(csv.stdout.split("\r\n").filter(Boolean)).toHaveLength(2);
    const table = await run("extract", ["--no-db", "--format", "table", input]);
    expect(table.stdout).toMatch(/^source\s+date/);
    expect(table.stdout).toContain("2025-02-14");
  });

  it("stores records, and extracting the same documents twice duplicates nothing", async () => {
    const db = join(dir, "store.db");
    const args = ["--db", db, "--format", "ndjson", join(dir, "releases")];
    expect((await run("extract", args)).status).toBe(0);
    const second = await run("extract", args);
    expect(second.status).toBe(0);
    expect(existsSync(db)).toBe(true);
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare("select count(*) n from releases").get()).toEqual({ n: 2 });
    const amounts = conn.prepare("select count(*) n from amounts").get() as { n: number };
    const distinct = conn.prepare("select count(*) n from (select distinct release_id, start from amounts)").get() as { n: number };
    expect(amounts.n).toBe(distinct.n);
    expect(conn.prepare("pragma integrity_check").get()).toEqual({ integrity_check: "ok" });
    conn.close();
  });

  it("uses $COMMUNIQUE_DB when --db is not given", async () => {
    const db = join(dir, "env.db");
    const r = await run("extract", ["--quiet", "--format", "ndjson", join(dir, "releases/a.txt")], { env: { COMMUNIQUE_DB: db } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(existsSync(db)).toBe(true);
  });

  it("with workers, prints records in the order of the walk, a name that gave nothing in its place", async () => {
    const first = writeGeneratedReleases(join(dir, "walk/first"), 70).sort();
    const second = writeGeneratedReleases(join(dir, "walk/second"), 5).sort();
    const missing = join(dir, "walk/missing");
    const r = await run("extract", ["--no-db", "--jobs", "2", "--format", "ndjson", join(dir, "walk/first"), missing, join(dir, "walk/second")]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source)).toEqual([...first, ...second]);
    expect(r.stderr).toContain(`extract: ${missing}: no such file or directory`);
    expect(r.stderr).toContain("75 of 76 inputs extracted, 1 failed");
  });

  it("one worker with the main thread, two workers, or none: the same records in the same order, a bad file in its place", async () => {
    const many = join(dir, "shares");
    writeGeneratedReleases(many, 150);
    writeFileSync(join(many, "communique-00075-vide.txt"), "");
    const outputs = [];
    for (const jobs of ["1", "2", "0"]) {
      const r = await run("extract", ["--no-db", "--jobs", jobs, "--format", "ndjson", many]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("150 of 151 inputs extracted, 1 failed");
      outputs.push(r.stdout);
    }
    expect(lines(outputs[0]!)).toHaveLength(150);
    expect(outputs[0]).toBe(outputs[2]);
    expect(outputs[1]).toBe(outputs[2]);
  }, 60_000);

  it("stops quietly when the reader goes away (| head); with a store, still stores every record", async () => {
    const many = join(dir, "pipe");
    writeGeneratedReleases(many, 120);
    const noDb = await run("extract", ["--no-db", "--format", "ndjson", many], { closeStdoutAfter: 1 });
    expect(noDb.status).toBe(0);
    expect(noDb.stderr).not.toMatch(/EPIPE|Error|at /);
    const db = join(dir, "pipe.db");
    const stored = await run("extract", ["--db", db, "--format", "ndjson", many], { closeStdoutAfter: 1 });
    expect(stored.status).toBe(0);
    expect(stored.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(stored.stderr).toContain("120 new");
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare("select count(*) n from releases").get()).toEqual({ n: 120 });
    conn.close();
  });
});

