// What "the database is intact" means in the robustness tests: SQLite's own integrity check, and
// no half-stored release (every release row's child rows match the record JSON it carries).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ROOT } from "./cli.js";

export interface StoreReport {
  integrity: string;
  releases: number;
  /** Releases whose child rows disagree with their record, with what disagrees. */
  inconsistent: string[];
  /** Every source path stored, sorted (a release read from two paths has two). */
  sources: string[];
}

const CHILD_TABLES = ["amounts", "ministers", "recipients", "programs", "grants", "quotes"] as const;

export function inspectStore(path: string): StoreReport {
  const db = new Database(path, { readonly: true });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("\n");
    const rows = db.prepare("SELECT id, record FROM releases").all() as { id: string; record: string }[];
    const counts = Object.fromEntries(
      CHILD_TABLES.map((t) => [
        t,
        new Map((db.prepare(`SELECT release_id, count(*) n FROM ${t} GROUP BY release_id`).all() as { release_id: string; n: number }[]).map((r) => [r.release_id, r.n])),
      ]),
    ) as Record<(typeof CHILD_TABLES)[number], Map<string, number>>;
    const inconsistent: string[] = [];
    for (const row of rows) {
      const record = JSON.parse(row.record) as Record<string, unknown[]>;
      for (const table of CHILD_TABLES) {
        const expected = record[table]?.length ?? 0;
        const actual = counts[table].get(row.id) ?? 0;
        if (expected !== actual) inconsistent.push(`${row.id.slice(0, 12)} ${table}: record ${expected}, rows ${actual}`);
      }
    }
    const sources = db.prepare("SELECT source FROM sources ORDER BY source").pluck().all() as string[];
    return { integrity, releases: rows.length, inconsistent, sources };
  } finally {
    db.close();
  }
}

/** Rows in releases, read without disturbing a writer (WAL readers never block it); 0 if not there yet. */
export function releaseCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT count(*) FROM releases").pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

export interface Started {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts an executable with stdout discarded (records are not looked at), stderr captured. */
export function startCli(bin: "extract" | "communique", args: string[], env: NodeJS.ProcessEnv = {}): Started {
  const child = spawn(process.execPath, [join(ROOT, "bin", `${bin}.js`), ...args], {
    cwd: ROOT,
    env: { ...process.env, COMMUNIQUE_DB: undefined, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal }));
  });
  return { child, stderr: () => stderr, done };
}
