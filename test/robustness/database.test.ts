// Issue 6, the database: a path that cannot be used, a file that is not SQLite, an old schema, a
// lock held by another process. Each gives one line naming the database and exit 1, and never
// damages what is already stored.
import { beforeAll, describe, expect, it } from "vitest";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ROOT, run, tempDir } from "../helpers/cli.js";
import { canRunAsNobody, runAsNobody } from "../helpers/as-nobody.js";
import { inspectStore } from "../helpers/store-checks.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/schema.js";
import { extractText } from "../../src/pipeline.js";

const OLD_RELEASE = `MAGOG, QC, le 12 mars 2021 /CNW/ - La ministre du Tourisme, Mme Solange Pelletier, annonce une aide financière de 95 000 $ au Festival des lanternes de Magog pour sa programmation estivale.
`;
const NEW_RELEASE = `ALMA, QC, le 4 septembre 2025 /CNW/ - Le ministre des Régions, M. Denis Fortier, accorde 180 000 $ à la Corporation du parc riverain d'Alma pour aménager une halte cyclable.
`;

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

let dir: string;
let input: string;
beforeAll(() => {
  dir = tempDir("communique-db-");
  input = join(dir, "alma.txt");
  writeFileSync(input, NEW_RELEASE);
});

/** The run failed on the database: exit 1, one line that names it, nothing on stdout. */
function expectDatabaseError(r: { status: number | null; stdout: string; stderr: string }, db: string, cause: RegExp) {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stdout).toBe("");
  expect(lines(r.stderr).filter((l) => !l.startsWith("extract: " + input))).toHaveLength(1);
  const line = lines(r.stderr)[0]!;
  expect(line.startsWith(`extract: ${db}: `), line).toBe(true);
  expect(line).toMatch(cause);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe("a database path that cannot be used", () => {
  it("a directory that does not exist: named, not created", async () => {
    const db = join(dir, "absent", "sub", "communique.db");
    const r = await run("extract", ["--db", db, "--format", "ndjson", input]);
    expectDatabaseError(r, db, /directory .*absent\/sub does not exist/);
    expect(existsSync(join(dir, "absent"))).toBe(false);
  });

  it("a path under a file (read-only for everyone, root included)", async () => {
    const file = join(dir, "plain.txt");
    writeFileSync(file, "pas un dossier\n");
    const db = join(file, "communique.db");
    const r = await run("extract", ["--db", db, "--format", "ndjson", input]);
    expectDatabaseError(r, db, /is a file, not a directory/);
    expect(readFileSync(file, "utf8")).toBe("pas un dossier\n");
  });

  it("a directory given as the database", async () => {
    const r = await run("extract", ["--db", dir, "--format", "ndjson", input]);
    expectDatabaseError(r, dir, /is a directory/);
  });

  it.skipIf(!canRunAsNobody)("a read-only directory, for a user who may not write there", async () => {
    const ro = join(dir, "lecture-seule");
    mkdirSync(ro);
    chmodSync(dir, 0o755);
    chmodSync(input, 0o644);
    chmodSync(ro, 0o555);
    const db = join(ro, "communique.db");
    const r = await runAsNobody("extract", ["--db", db, "--format", "ndjson", input], ro);
    expectDatabaseError(r, db, /not writable/);
    expect(existsSync(db)).toBe(false);
  });

  it("a file that is not a SQLite database is refused and left as it was", async () => {
    const db = join(dir, "notes.db");
    const content = "Ceci est un fichier de notes, pas une base de données.\n".repeat(200);
    writeFileSync(db, content);
    const r = await run("extract", ["--db", db, "--format", "ndjson", input]);
    expectDatabaseError(r, db, /not a SQLite database/);
    expect(readFileSync(db, "utf8")).toBe(content);
    for (const cmd of ["query", "stats"]) {
      const q = await run("communique", [cmd, "--db", db, "--format", "ndjson"]);
      expect(q.status, cmd).toBe(1);
      expect(q.stderr).toMatch(new RegExp(`^${cmd}: .*notes\\.db: not a SQLite database`));
    }
  });
});

describe("a database from an older schema", () => {
  it("is migrated in place on the next extract: old releases kept, searchable, not duplicated", async () => {
    const db = join(dir, "v1.db");
    const old = extractText({ source: "archives/magog.txt", text: OLD_RELEASE });
    expect(old.amounts.length).toBeGreaterThan(0);
    const conn = new Database(db);
    MIGRATIONS[0]!.up(conn);
    conn.pragma("user_version = 1");
    const { text: body, ...record } = old;
    conn.prepare(`INSERT INTO releases (id, source, title, date, body, warnings, record, extracted_at)
      VALUES (?, ?, ?, ?, ?, '[]', ?, '2021-03-12T10:00:00Z')`).run(old.id, old.source, old.title, old.date, body, JSON.stringify(record));
    // Child rows as version 1 wrote them: one table per item kind, columns named like the fields.
    const rows: Record<string, [string, Record<string, unknown>[]]> = {
      amounts: ["text, value, currency, qualifier, range", old.amounts.map((a) => ({ ...a, range: a.range ?? null }))],
      ministers: ["name, title", old.ministers],
      recipients: ["name, acronym, role", old.recipients],
      programs: ["name, acronym, kind", old.programs.map((p) => ({ ...p, kind: p.kind ?? null }))],
      grants: ["recipient, amount, program", old.grants],
      quotes: ["speaker, role, text", old.quotes],
    };
    for (const [table, [columns, items]] of Object.entries(rows)) {
      const names = columns.split(", ");
      const insert = conn.prepare(`INSERT INTO ${table} (release_id, idx, ${columns}, start, "end") VALUES (${Array(names.length + 4).fill("?").join(", ")})`);
      items.forEach((item, i) => insert.run(old.id, i, ...names.map((n) => item[n] ?? null), item.start, item.end));
    }
    conn.prepare("INSERT INTO sources (release_id, source, first_seen) VALUES (?, ?, ?)").run(old.id, old.source, "2021-03-12T10:00:00Z");
    conn.close();

    const magog = join(dir, "magog.txt");
    writeFileSync(magog, OLD_RELEASE);
    const r = await run("extract", ["--db", db, "--format", "ndjson", input, magog]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 new, \d+ updated, \d+ unchanged/);

    const check = new Database(db, { readonly: true });
    expect(check.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.prepare("SELECT id FROM releases ORDER BY seq").pluck().all()).toEqual([old.id, expect.any(String)]);
    expect(check.prepare("SELECT count(*) FROM amounts WHERE release_id = ?").pluck().get(old.id)).toBe(old.amounts.length);
    expect(check.prepare("SELECT source FROM sources WHERE release_id = ? ORDER BY first_seen").pluck().all(old.id)).toEqual(["archives/magog.txt", magog]);
    check.close();
    expect(inspectStore(db)).toMatchObject({ integrity: "ok", releases: 2, inconsistent: [] });

    const found = await run("communique", ["query", "--db", db, "--releases", "--search", "lanternes", "--format", "ndjson"]);
    expect(found.status, found.stderr).toBe(0);
    expect(lines(found.stdout).map((l) => JSON.parse(l).id)).toEqual([old.id]);
  });

  it("a database from a newer communique is refused, not downgraded", async () => {
    const db = join(dir, "future.db");
    const conn = new Database(db);
    conn.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    conn.close();
    const r = await run("extract", ["--db", db, "--format", "ndjson", input]);
    expectDatabaseError(r, db, /newer than this communique/);
  });
});

describe("a database locked by another process", () => {
  /** Holds BEGIN IMMEDIATE (a write lock) for `ms`, in a child process; resolves once the lock is held. */
  function holdWriteLock(db: string, ms: number): Promise<{ released: Promise<void> }> {
    const script = `const Database = require("better-sqlite3");
      const db = new Database(process.argv[1]);
      db.exec("BEGIN IMMEDIATE");
      db.prepare("UPDATE releases SET title = title").run();
      process.stdout.write("held\\n");
      setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));`;
    const child = spawn(process.execPath, ["-e", script, db, String(ms)], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    const released = new Promise<void>((resolve) => child.on("close", () => resolve()));
    return new Promise((resolve, reject) => {
      child.on("error", reject);
      child.stdout.on("data", (d: Buffer) => {
        if (d.toString().includes("held")) resolve({ released });
      });
    });
  }

  it("waits the busy timeout, then fails with one line naming the database; the file stays intact", async () => {
    const db = join(dir, "locked.db");
    const seed = await run("extract", ["--db", db, "--format", "ndjson", join(dir, "alma.txt")]);
    expect(seed.status, seed.stderr).toBe(0);
    const other = join(dir, "magog-2.txt");
    writeFileSync(other, OLD_RELEASE.replace("95 000", "97 500"));

    const lock = await holdWriteLock(db, 6_000);
    const started = Date.now();
    const r = await run("extract", ["--db", db, "--format", "ndjson", other], { env: { COMMUNIQUE_BUSY_TIMEOUT_MS: "1000" } });
    const waited = Date.now() - started;
    // Reading is never blocked by a writer (WAL): query answers while the lock is held.
    const q = await run("communique", ["query", "--db", db, "--releases", "--format", "ndjson"]);
    await lock.released;

    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([`extract: ${db}: database is locked (another process is writing to it: try again when it has finished, or raise COMMUNIQUE_BUSY_TIMEOUT_MS)`]);
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(waited).toBeLessThan(5_500);
    expect(q.status, q.stderr).toBe(0);
    expect(lines(q.stdout)).toHaveLength(1);
    expect(inspectStore(db)).toMatchObject({ integrity: "ok", releases: 1, inconsistent: [] });

    // Once the other process is done, the same command goes through.
    const again = await run("extract", ["--db", db, "--format", "ndjson", other], { env: { COMMUNIQUE_BUSY_TIMEOUT_MS: "1000" } });
    expect(again.status, again.stderr).toBe(0);
    expect(inspectStore(db)).toMatchObject({ integrity: "ok", releases: 2, inconsistent: [] });
  });

  it("a bad COMMUNIQUE_BUSY_TIMEOUT_MS is a usage error (exit 2) naming the variable", async () => {
    const r = await run("extract", ["--db", join(dir, "x.db"), input], { env: { COMMUNIQUE_BUSY_TIMEOUT_MS: "dix secondes" } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extract: COMMUNIQUE_BUSY_TIMEOUT_MS=dix secondes: expected a whole number/);
  });
});
