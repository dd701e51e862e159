// Issue 6, queries: filters are bound parameters and search words are quoted FTS5 phrases, so
// hostile strings (SQL injection, LIKE wildcards, FTS5 syntax, quotes) are just text: exit 0, no
// rows or the right rows, tables intact.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { run, tempDir } from "../helpers/cli.js";
import { inspectStore } from "../helpers/store-checks.js";
import { makeRelease } from "../store/factory.js";
import { openStore } from "../../src/store/store.js";

const RECIPIENTS = [
  "Club 100 % Plein air de Gaspé",
  "Coopérative d'habitation L'Envol",
  "Atelier \"La Forge\" de Rimouski",
  "Centre des arts de Sherbrooke",
];

let db: string;
let before: ReturnType<typeof inspectStore>;
beforeAll(() => {
  db = join(tempDir("communique-query-"), "q.db");
  const store = openStore(db);
  try {
    store.upsert(
      RECIPIENTS.map((recipient, i) =>
        makeRelease({ source: `releases/r${i}.txt`, grants: [{ recipient, amount: 10_000 * (i + 1) }], extra: `Le projet ${["alpha", "bravo", "charlie", "delta"][i]} avance bien.` }),
      ),
    );
  } finally {
    store.close();
  }
  before = inspectStore(db);
});

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

async function query(args: string[]): Promise<{ status: number | null; rows: Record<string, unknown>[]; stderr: string }> {
  const r = await run("communique", ["query", "--db", db, "--format", "ndjson", ...args]);
  return { status: r.status, stderr: r.stderr, rows: lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

// Each case is its own process: run them concurrently (read-only, WAL), then check the tables.
describe.concurrent("hostile filter strings through the real CLI", () => {
  const recipientCases: [string, string[]][] = [
    ["'; DROP TABLE releases; --", []],
    ["%", ["Club 100 % Plein air de Gaspé"]],
    ["_", []],
    ["\\", []],
    ["%%", []],
    ["d'habitation", ["Coopérative d'habitation L'Envol"]],
    ["d’habitation", ["Coopérative d'habitation L'Envol"]], // typographic apostrophe finds the straight one
    ["'", ["Coopérative d'habitation L'Envol"]],
    ['"la forge"', ["Atelier \"La Forge\" de Rimouski"]],
    ['"', ["Atelier \"La Forge\" de Rimouski"]],
    ["gaspe 100", ["Club 100 % Plein air de Gaspé"]],
    ["' OR '1'='1", []],
    ["NEAR(", []],
  ];

  it.each(recipientCases)("--recipient %j gives exactly the recipients containing it", async (filter, expected) => {
    const r = await query(["--recipient", filter]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.rows.map((row) => row.recipient).sort()).toEqual([...expected].sort());
  });

  const searchCases: [string, string[] | null][] = [
    ["NEAR(", []],
    ["NEAR(alpha bravo)", []],
    ['"', null],
    ['"alpha', ["releases/r0.txt"]],
    ["*", null],
    ["alph*", ["releases/r0.txt"]],
    ["AND OR", []],
    ["alpha OR bravo", []], // OR is a word here, not an operator: no release has all three
    ["NOT alpha", []],
    ["body:alpha", []],
    ["^alpha", null],
    ["-alpha", null],
    ["(", null],
    ["'; DROP TABLE releases_fts; --", []],
    ["charlie", ["releases/r2.txt"]],
  ];

  it.each(searchCases)("--search %j is text, never FTS5 syntax", async (search, expectedSources) => {
    const r = await query(["--releases", "--search", search]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    if (expectedSources !== null) expect(r.rows.map((row) => row.source).sort()).toEqual(expectedSources);
  });

  it("other commands take the same strings: stats and export exit 0", async () => {
    for (const args of [["stats", "--recipient", "'; DROP TABLE grants; --", "--search", "NEAR("], ["export", "--as", "csv", "--program", "%_\\", "--minister", "\"'"]]) {
      const r = await run("communique", [...args, "--db", db]);
      expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe("");
    }
  });
});

describe("after the hostile queries", () => {
  it("after all of them, every table is intact", () => {
    const after = inspectStore(db);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ integrity: "ok", releases: 4, inconsistent: [] });
  });
});
