import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, Store } from "../../src/store/store.js";
import { FilterError } from "../../src/store/query.js";
import { LONG_PROSE, makeRelease, tempDir } from "./factory.js";

let store: Store;
let cleanup: () => void;

const laforest = { name: "Hélène Côté", title: "ministre des Affaires municipales" };
const gagnon = { name: "Marc Gagnon", title: "ministre de l'Emploi" };

const metal = makeRelease({
  title: "Appui à l'industrie métallurgique au Québec",
  date: "2024-12-09",
  minister: laforest,
  extra: LONG_PROSE,
  grants: [
    { recipient: "Alliance Métal Québec", amount: 227000, program: "Fonds régions et ruralité" },
    { recipient: "Centre d'expertise en innovation sociale", amount: 460000, program: "Fonds régions et ruralité" },
  ],
});
const emploi = makeRelease({
  title: "Formation de la main-d'œuvre en Gaspésie",
  date: "2025-02",
  city: "Gaspé",
  minister: gagnon,
  grants: [
    { recipient: "Carrefour jeunesse-emploi de la Côte", amount: 95000, program: "Programme d'aide à l'intégration" },
    { recipient: "Société 100% _locale_ inc.", amount: 12500, program: null },
  ],
});
const hostile = makeRelease({
  date: "2025-03-15",
  minister: null,
  grants: [{ recipient: "Bar '; DROP TABLE grants; --", amount: 1000, program: null }],
});
const repost = makeRelease({ text: `Accueil  Nouvelles\n${metal.text}`, grants: [{ recipient: "Alliance Métal Québec", amount: 227000, program: "Fonds régions et ruralité" }], minister: null, date: "2024-12-10" });

beforeAll(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  store = openStore(join(temp.dir, "communique.db"));
  store.upsert([metal, emploi, hostile]);
  store.upsert([repost]);
});
afterAll(() => {
  store.close();
  cleanup();
});

const recipients = (rows: { recipient: string }[]) => rows.map((r) => r.recipient).sort();

describe("query (one row per grant)", () => {
  it("matches recipients word by word, ignoring accents and case", () => {
    expect(recipients(store.query({ recipient: "metal quebec" }))).toEqual(["Alliance Métal Québec"]);
    expect(recipients(store.query({ recipient: "QUÉBEC métal" }))).toEqual(["Alliance Métal Québec"]);
    expect(store.query({ recipient: "metal gaspesie" })).toEqual([]);
  });

  it("gives each grant with its release's date, title, source and first minister", () => {
    const [row] = store.query({ recipient: "alliance" });
    expect(row).toMatchObject({
      release_id: metal.id, recipient: "Alliance Métal Québec", amount: 227000, program: "Fonds régions et ruralité",
      date: "2024-12-09", title: metal.title, source: metal.source, minister: "Hélène Côté",
      minister_title: "ministre des Affaires municipales", canonical_id: null,
    });
    expect(metal.text!.slice(row!.start, row!.end)).toContain("227");
  });

  it("counts a repost once, unless asked for duplicates", () => {
    expect(store.query({ recipient: "alliance" })).toHaveLength(1);
    const all = store.query({ recipient: "alliance", includeDuplicates: true });
    expect(all.map((r) => r.canonical_id).sort()).toEqual([metal.id, null].sort());
  });

  it("filters by minister name or title, program, amount", () => {
    expect(recipients(store.query({ minister: "cote" }))).toEqual(["Alliance Métal Québec", "Centre d'expertise en innovation sociale"]);
    expect(store.query({ minister: "emploi" })).toHaveLength(2);
    expect(recipients(store.query({ program: "regions ruralite", minAmount: 300000 }))).toEqual(["Centre d'expertise en innovation sociale"]);
    expect(store.query({ minAmount: 100000 })).toHaveLength(2);
  });

  it("filters by release date, a month or year including all its days", () => {
    expect(store.query({ since: "2025" })).toHaveLength(3);
    expect(store.query({ until: "2024-12" })).toHaveLength(2);
    expect(store.query({ until: "2024-12-08" })).toHaveLength(0);
    expect(store.query({ since: "2025-02", until: "2025-02" })).toHaveLength(2);
    expect(store.query({ since: "2025-03-01", until: "2025-03-31" }).map((r) => r.amount)).toEqual([1000]);
    expect(() => store.query({ since: "mars 2025" })).toThrow(FilterError);
  });

  it("treats hostile strings as plain text", () => {
    expect(recipients(store.query({ recipient: "'; DROP TABLE" }))).toEqual(["Bar '; DROP TABLE grants; --"]);
    expect(recipients(store.query({ recipient: "%" }))).toEqual(["Société 100% _locale_ inc."]);
    expect(recipients(store.query({ recipient: "_" }))).toEqual(["Société 100% _locale_ inc."]);
    expect(store.query({ recipient: "\\" })).toEqual([]);
    expect(store.query({ search: '"; DROP' }).map((r) => r.amount)).toEqual([1000]);
    expect(store.query({ search: "NEAR( AND OR *" })).toEqual([]);
    expect(store.query()).toHaveLength(5);
  });

  it("searches the full text without accents, with prefixes, and limits", () => {
    expect(new Set(store.query({ search: "quebec" }).map((r) => r.release_id))).toEqual(new Set([metal.id]));
    expect(new Set(store.query({ search: "gaspesie" }).map((r) => r.release_id))).toEqual(new Set([emploi.id]));
    expect(new Set(store.query({ search: "métallurg*" }).map((r) => r.release_id))).toEqual(new Set([metal.id]));
    expect(store.query({ limit: 2 })).toHaveLength(2);
    expect(store.query({ search: "   " })).toHaveLength(5);
  });
});

describe("queryReleases", () => {
  it("lists releases with their ministers and grant totals, newest first", () => {
    const rows = store.queryReleases();
    expect(rows.map((r) => r.id)).toEqual([hostile.id, emploi.id, metal.id]);
    expect(rows[2]).toMatchObject({ ministers: ["Hélène Côté"], grants: 2, grants_total: 687000 });
  });

  it("finds releases by recipient, program, amount and words, with a snippet", () => {
    expect(store.queryReleases({ recipient: "jeunesse emploi" }).map((r) => r.id)).toEqual([emploi.id]);
    expect(store.queryReleases({ program: "integration" }).map((r) => r.id)).toEqual([emploi.id]);
    expect(store.queryReleases({ minAmount: 400000 }).map((r) => r.id)).toEqual([metal.id]);
    const [found] = store.queryReleases({ search: "main-d'œuvre gaspesie" });
    expect(found?.id).toBe(emploi.id);
    expect(found?.snippet).toMatch(/\[Gaspésie\]/u);
    expect(store.queryReleases({ search: "carrefour" })[0]?.snippet).toMatch(/\[Carrefour\] jeunesse/u);
    expect(store.queryReleases({ search: "quebec", includeDuplicates: true })).toHaveLength(2);
  });
});

describe("stats", () => {
  it("totals equal the sum of the canonical grants stored, and every breakdown adds up", () => {
    const stats = store.stats();
    const stored = store.db
      .prepare("SELECT sum(g.amount) FROM grants g JOIN releases r ON r.id = g.release_id WHERE r.canonical_id IS NULL")
      .pluck()
      .get();
    expect(stats.total).toBe(stored);
    expect(stats.total).toBe(227000 + 460000 + 95000 + 12500 + 1000);
    expect(stats).toMatchObject({ releases: 3, duplicates: 1, grants: 5 });
    for (const by of [stats.byProgram, stats.byMinister, stats.byRecipient, stats.byYear]) {
      expect(by.reduce((sum, t) => sum + t.total, 0)).toBe(stats.total);
      expect(by.reduce((sum, t) => sum + t.grants, 0)).toBe(stats.grants);
    }
    expect(stats.byYear).toEqual([
      { key: "2024", grants: 2, total: 687000 },
      { key: "2025", grants: 3, total: 108500 },
    ]);
    expect(stats.byMinister.find((t) => t.key === null)).toEqual({ key: null, grants: 1, total: 1000 });
  });

  it("applies the same filters as query", () => {
    const stats = store.stats({ minister: "gagnon" });
    expect(stats.total).toBe(107500);
    expect(stats.byRecipient.map((t) => t.key)).toEqual(["Carrefour jeunesse-emploi de la Côte", "Société 100% _locale_ inc."]);
  });
});
