import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CANDIDATES_PER_BAND, EXACT_CHECKS, openStore, Store, StoreError } from "../../src/store/store.js";
import { SCHEMA_VERSION } from "../../src/store/schema.js";
import { fingerprint, signatureOf } from "../../src/store/fingerprint.js";
import { LONG_PROSE, makeRelease, tempDir } from "./factory.js";

let dir: string;
let cleanup: () => void;
let store: Store | undefined;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => {
  store?.close();
  store = undefined;
  cleanup();
});

const count = (s: Store, table: string) => s.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe("openStore", () => {
  it("creates the file with WAL, foreign keys, a busy timeout and the schema version", () => {
    store = openStore(join(dir, "communique.db"));
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.pragma("busy_timeout", { simple: true })).toBe(10000);
    expect(store.db.pragma("synchronous", { simple: true })).toBe(1);
    expect(store.db.pragma("page_size", { simple: true })).toBe(32768);
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.integrityCheck()).toBe("ok");
  });

  it("takes the busy timeout from the options", () => {
    store = openStore(join(dir, "a.db"), { busyTimeoutMs: 2500 });
    expect(store.db.pragma("busy_timeout", { simple: true })).toBe(2500);
  });

  it("says so, with a hint, when the file is not a SQLite database", () => {
    const path = join(dir, "communique.db");
    writeFileSync(path, "ceci n'est pas une base de données, mais un texte assez long pour un en-tête SQLite.\n".repeat(20));
    expect(() => openStore(path)).toThrow(StoreError);
    expect(() => openStore(path)).toThrow(`${path}: not a SQLite database (use --db PATH for another file)`);
  });

  it("says so when the directory does not exist", () => {
    const path = join(dir, "nulle-part", "communique.db");
    expect(() => openStore(path)).toThrow(/directory .*nulle-part does not exist \(create it, or use --db PATH/u);
  });

  it("says so when a read-only store does not exist, and creates nothing", () => {
    const path = join(dir, "absent.db");
    expect(() => openStore(path, { readonly: true })).toThrow(/absent\.db: no such database/u);
  });

  it.skipIf(process.getuid?.() === 0)("says so when the directory is not writable", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(() => openStore(join(locked, "communique.db"))).toThrow(/not writable/u);
    } finally {
      chmodSync(locked, 0o700);
    }
  });

  it("opens read-only for the read commands and refuses writes", () => {
    const path = join(dir, "communique.db");
    openStore(path).close();
    store = openStore(path, { readonly: true });
    expect(store.query()).toEqual([]);
    expect(() => store!.upsert([makeRelease()])).toThrow();
  });

  it("refuses a file from a newer schema", () => {
    const path = join(dir, "future.db");
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(/newer than this communique/u);
  });
});

describe("upsert", () => {
  it("inserts, then reports the same record as unchanged, and never duplicates", () => {
    store = openStore(join(dir, "c.db"));
    const a = makeRelease({ grants: [{ recipient: "Centre d'entraide du Fleuve", amount: 120000 }] });
    const b = makeRelease({ grants: [{ recipient: "Musée maritime de la Baie", amount: 80000 }] });
    expect(store.upsert([a, b])).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(store.upsert([a, b])).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    expect(count(store, "releases")).toBe(2);
    expect(count(store, "grants")).toBe(2);
    expect(count(store, "amounts")).toBe(2);
    expect(count(store, "ministers")).toBe(2);
  });

  it("replaces the child rows when the same document is extracted differently", () => {
    store = openStore(join(dir, "c.db"));
    const first = makeRelease({
      grants: [
        { recipient: "Maison des jeunes du Quartier", amount: 50000 },
        { recipient: "Festival des Hauts-Plateaux", amount: 30000 },
      ],
    });
    store.upsert([first]);
    const better = { ...first, grants: first.grants.slice(0, 1), warnings: ["relu"] };
    expect(store.upsert([better])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const rows = store.db.prepare("SELECT recipient, amount FROM grants WHERE release_id = ?").all(first.id);
    expect(rows).toEqual([{ recipient: "Maison des jeunes du Quartier", amount: 50000 }]);
    expect(store.db.prepare("SELECT warnings FROM releases").pluck().get()).toBe('["relu"]');
    expect(store.getRelease(first.id)?.grants).toHaveLength(1);
  });

  it("stores columns named like the record's fields, and gives the record back", () => {
    store = openStore(join(dir, "c.db"));
    const release = makeRelease({ grants: [{ recipient: "Table de concertation des aînés", amount: 75500, program: "Programme Québec ami des aînés" }] });
    store.upsert([release]);
    const amount = store.db.prepare('SELECT value, text, currency, qualifier, start, "end" FROM amounts').get() as Record<string, unknown>;
    expect(amount).toMatchObject({ value: 75500, currency: "CAD", qualifier: "exact" });
    expect(release.text!.slice(amount.start as number, amount.end as number)).toBe(amount.text);
    expect(store.db.prepare("SELECT recipient, amount, program FROM grants").get()).toEqual({
      recipient: "Table de concertation des aînés",
      amount: 75500,
      program: "Programme Québec ami des aînés",
    });
    expect(store.db.prepare("SELECT name, title FROM ministers").get()).toEqual({ name: "Julie Tremblay", title: "ministre de l'Économie" });
    const row = store.db.prepare("SELECT source, title, date, dateline_city, dateline_province, wire, body FROM releases").get();
    expect(row).toEqual({
      source: release.source, title: release.title, date: "2025-03-03", dateline_city: "Rimouski",
      dateline_province: "QC", wire: "CNW", body: release.text,
    });
    expect(store.getRelease(release.id)).toEqual({ ...release, canonical_id: null });
  });

  it("keeps every source the same release was read from", () => {
    store = openStore(join(dir, "c.db"));
    const release = makeRelease({ source: "https://exemple.gouv.qc.ca/nouvelles/1" });
    store.upsert([release]);
    expect(store.upsert([{ ...release, source: "https://fil.exemple.ca/communique/1" }])).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(store.sources(release.id)).toEqual(["https://exemple.gouv.qc.ca/nouvelles/1", "https://fil.exemple.ca/communique/1"]);
    expect(count(store, "releases")).toBe(1);
  });

  it("writes nothing from a batch that fails halfway", () => {
    store = openStore(join(dir, "c.db"));
    const good = makeRelease();
    const bad = { ...makeRelease({ city: "Gaspé" }), id: "pas un identifiant" };
    expect(() => store!.upsert([good, bad as never])).toThrow();
    expect(count(store, "releases")).toBe(0);
  });

  it("marks a repost of a stored release (same body, different chrome) with canonical_id", () => {
    store = openStore(join(dir, "c.db"));
    const original = makeRelease({ extra: LONG_PROSE, source: "site-a.html" });
    const chrome = "Accueil   Nouvelles   Recommandés pour vous   Abonnez-vous à notre infolettre  ";
    const repost = makeRelease({ text: `${chrome}\n${original.text}\nPartager sur les réseaux sociaux`, grants: [], minister: null, source: "site-b.html" });
    const unrelated = makeRelease({ city: "Sherbrooke", extra: "Une autre annonce, sans rapport avec la première, porte sur la culture et les bibliothèques publiques de la région, leurs horaires et leurs collections." });
    expect(repost.id).not.toBe(original.id);
    store.upsert([original]);
    store.upsert([repost, unrelated]);
    const canonical = (id: string) => store!.db.prepare("SELECT canonical_id FROM releases WHERE id = ?").pluck().get(id);
    expect(canonical(original.id)).toBeNull();
    expect(canonical(repost.id)).toBe(original.id);
    expect(canonical(unrelated.id)).toBeNull();
    expect(store.getRelease(repost.id)?.canonical_id).toBe(original.id);
    // A repost of the repost points at the original.
    const third = makeRelease({ text: `Dernières nouvelles\n${original.text}`, grants: [], minister: null, source: "site-c.html" });
    store.upsert([third]);
    expect(canonical(third.id)).toBe(original.id);
  });

  it("finds duplicate candidates through the band index, not a scan of bodies", () => {
    store = openStore(join(dir, "c.db"));
    store.upsert([makeRelease({ extra: LONG_PROSE })]);
    expect(count(store, "fingerprint_bands")).toBe(16);
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT seq FROM fingerprint_bands WHERE band = ? AND hash = ? ORDER BY seq DESC LIMIT 8")
      .all(1, 2) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING (COVERING |PRIMARY )?(INDEX|KEY)/u);
  });
});

describe("repost detection at scale", () => {
  const TOWNS = ["Rimouski", "Gaspé", "Sherbrooke", "Joliette", "Alma", "Magog"];
  // A ministry's releases: a number every few words (their own shingles), then one shared paragraph.
  const ministryRelease = (i: number) =>
    makeRelease({
      city: TOWNS[i % TOWNS.length],
      grants: [{ recipient: `Coopérative numéro ${i}`, amount: 1000 + i }],
      extra:
        Array.from({ length: 12 }, (_, k) => `Le chantier ${i}-${k} vise la phase ${i}.`).join(" ") + ` ${LONG_PROSE}`,
    });

  it("reads a bounded number of candidates per insert however many releases share a paragraph, and still finds a repost", () => {
    store = openStore(join(dir, "c.db"));
    const releases = Array.from({ length: 2000 }, (_, i) => ministryRelease(i));
    const work: number[] = [];
    for (let from = 0; from < releases.length; from += 500) {
      const before = store.repostWork.candidates;
      expect(store.upsert(releases.slice(from, from + 500)).inserted).toBe(500);
      work.push(store.repostWork.candidates - before);
    }
    // The shared paragraph puts hundreds of releases on some band hashes: without the cap, the
    // candidates read per insert grow with the store (the last 500 inserts would read ~7x the second 500).
    expect(work[1]).toBeGreaterThan(500);
    expect(work[3]).toBeLessThan(work[1]! * 1.5);
    expect(store.repostWork.candidates).toBeLessThanOrEqual(releases.length * 16 * CANDIDATES_PER_BAND);
    expect(store.repostWork.exactChecks).toBeLessThanOrEqual(releases.length * EXACT_CHECKS);
    expect(store.db.prepare("SELECT count(*) FROM releases WHERE canonical_id IS NOT NULL").pluck().get()).toBe(0);

    // One of the first releases, reposted with a site's own headline and sharing link: found
    // through the bands only it has, although its common bands now list 2,000 newer releases.
    const original = releases[3]!;
    const repost = makeRelease({ text: `Nouvelles de la région\n${original.text}\nPartager cet article`, grants: [], minister: null });
    store.upsert([repost]);
    expect(store.getRelease(repost.id)?.canonical_id).toBe(original.id);
  });
});

describe("upsert, stored state", () => {
  it("a body extracted anew replaces the fingerprint and bands; the first source stays the release's", () => {
    store = openStore(join(dir, "c.db"));
    const first = makeRelease({ extra: LONG_PROSE, source: "a.html" });
    store.upsert([first]);
    const bands = () => store!.db.prepare("SELECT band, hash FROM fingerprint_bands ORDER BY band").all();
    const before = bands();
    const reread = { ...first, source: "b.html", text: `${first.text}Le ministère rappelle aussi que les travaux de voirie débuteront en juin dans trois quartiers de la ville.` };
    expect(store.upsert([reread])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(bands()).toHaveLength(16);
    expect(bands()).not.toEqual(before);
    expect(store.getRelease(first.id)).toMatchObject({ source: "a.html", text: reread.text });
    expect(store.sources(first.id)).toEqual(["a.html", "b.html"]);
    expect(store.upsert([reread])).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    // A record without its text is compared on its items only, and the stored body is kept.
    const { text: _text, ...withoutText } = reread;
    expect(store.upsert([withoutText])).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(store.upsert([{ ...withoutText, warnings: ["relu"] }])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(store.getRelease(first.id)?.text).toBe(reread.text);
  });

  it("finds the release stored from an address through an index", () => {
    store = openStore(join(dir, "c.db"));
    const release = makeRelease({ source: "https://exemple.gouv.qc.ca/nouvelles/7" });
    store.upsert([release]);
    expect(store.releaseFromSource("https://exemple.gouv.qc.ca/nouvelles/7")).toBe(release.id);
    expect(store.releaseFromSource("https://exemple.gouv.qc.ca/nouvelles/8")).toBeUndefined();
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT release_id FROM sources WHERE source = ? ORDER BY first_seen LIMIT 1")
      .all("x") as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING (COVERING )?INDEX sources_source/u);
  });
});

describe("feed state", () => {
  it("remembers feed items and conditional-GET headers", () => {
    store = openStore(join(dir, "c.db"));
    const feed = "https://exemple.gouv.qc.ca/fil.rss";
    expect(store.seenItem(feed, "guid-1")).toBe(false);
    const release = makeRelease();
    store.upsert([release]);
    store.markItem({ feed, guid: "guid-1", link: "https://exemple.gouv.qc.ca/n/1", releaseId: release.id });
    store.markItem({ feed, guid: "guid-2", link: null, releaseId: null });
    expect(store.seenItem(feed, "guid-1")).toBe(true);
    expect(store.seenItem("https://autre.ca/fil.rss", "guid-1")).toBe(false);
    expect(store.getFeedState(feed)).toBeUndefined();
    store.setFeedState({ url: feed, etag: 'W/"abc"', lastModified: "Mon, 03 Mar 2025 10:00:00 GMT" });
    expect(store.getFeedState(feed)).toMatchObject({ url: feed, etag: 'W/"abc"', lastModified: "Mon, 03 Mar 2025 10:00:00 GMT" });
    store.setFeedState({ url: feed, etag: null });
    expect(store.getFeedState(feed)?.etag).toBeNull();
  });
});

describe("migrations", () => {
  // The layout of schema version 1, frozen here: a file written by the first release of the store.
  const V1 = `
    CREATE TABLE releases (id TEXT PRIMARY KEY NOT NULL, source TEXT NOT NULL, title TEXT, date TEXT,
      date_source TEXT, dateline_city TEXT, dateline_province TEXT, wire TEXT, body TEXT,
      warnings TEXT NOT NULL DEFAULT '[]', record TEXT NOT NULL, extracted_at TEXT NOT NULL);
    CREATE INDEX releases_date ON releases(date);
    CREATE TABLE amounts (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      text TEXT NOT NULL, value REAL NOT NULL, currency TEXT NOT NULL, qualifier TEXT NOT NULL, range TEXT,
      start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (release_id, idx));
    CREATE TABLE ministers (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      name TEXT NOT NULL, title TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (release_id, idx));
    CREATE TABLE recipients (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      name TEXT NOT NULL, acronym TEXT, role TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
      PRIMARY KEY (release_id, idx));
    CREATE TABLE programs (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      name TEXT NOT NULL, acronym TEXT, kind TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
      PRIMARY KEY (release_id, idx));
    CREATE TABLE grants (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      recipient TEXT NOT NULL, amount REAL NOT NULL, program TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
      PRIMARY KEY (release_id, idx));
    CREATE TABLE quotes (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      speaker TEXT, role TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
      PRIMARY KEY (release_id, idx));
    CREATE TABLE sources (release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE, source TEXT NOT NULL,
      first_seen TEXT NOT NULL, PRIMARY KEY (release_id, source));
    PRAGMA user_version = 1;`;

  it("upgrades a version-1 file in place: nothing lost, full text and views work", () => {
    const path = join(dir, "old.db");
    const old = new Database(path);
    old.exec(V1);
    const release = makeRelease({ title: "Appui à la Coopérative forestière de Québec", extra: LONG_PROSE, grants: [{ recipient: "Coopérative forestière", amount: 410000 }] });
    const { text, ...record } = release;
    old.prepare(`INSERT INTO releases (id, source, title, date, dateline_city, dateline_province, wire, body, warnings, record, extracted_at)
      VALUES (?, ?, ?, ?, 'Rimouski', 'QC', 'CNW', ?, '[]', ?, '2025-03-04T00:00:00Z')`)
      .run(release.id, release.source, release.title, release.date, text, JSON.stringify(record));
    const g = release.grants[0]!;
    old.prepare(`INSERT INTO grants VALUES (?, 0, ?, ?, NULL, ?, ?)`).run(release.id, g.recipient, g.amount, g.start, g.end);
    const m = release.ministers[0]!;
    old.prepare(`INSERT INTO ministers VALUES (?, 0, ?, ?, ?, ?)`).run(release.id, m.name, m.title, m.start, m.end);
    old.prepare(`INSERT INTO sources VALUES (?, ?, '2025-03-04T00:00:00Z')`).run(release.id, release.source);
    old.close();

    store = openStore(path);
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.query()).toMatchObject([{ release_id: release.id, recipient: "Coopérative forestière", amount: 410000, minister: "Julie Tremblay" }]);
    expect(store.queryReleases({ search: "quebec" }).map((r) => r.id)).toEqual([release.id]);
    expect(store.db.prepare("SELECT count(*) FROM grants_view").pluck().get()).toBe(1);
    expect(store.sources(release.id)).toEqual([release.source]);
    expect(count(store, "fingerprint_bands")).toBe(16);
    expect(store.integrityCheck()).toBe("ok");
    // The upgraded file keeps working: the same release again is unchanged, a repost is recognised.
    expect(store.upsert([{ ...release, canonical_id: null }])).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    const repost = makeRelease({ text: `Nouvelles régionales\n${text}`, grants: [], minister: null });
    store.upsert([repost]);
    expect(store.getRelease(repost.id)?.canonical_id).toBe(release.id);
    // Item rows are keyed by their release's seq now, and still leave with their release.
    const key = store.db.prepare("SELECT name FROM pragma_table_info('grants') WHERE pk > 0 ORDER BY pk").pluck().all();
    expect(key).toEqual(["release_seq", "idx"]);
    store.db.prepare("UPDATE releases SET canonical_id = NULL").run();
    store.db.prepare("DELETE FROM releases WHERE id = ?").run(release.id);
    expect(count(store, "grants") + count(store, "ministers")).toBe(0);
  });

  it("recomputes fingerprints made by older functions (version 5), so a repost of an old release is still found", () => {
    const path = join(dir, "v5.db");
    const original = makeRelease({ title: "Appui à la Coopérative forestière de Québec", extra: LONG_PROSE });
    openStore(path).upsert([original]);
    // What a version-5 file holds: a signature and bands from other hash functions.
    const old = new Database(path);
    old.exec(`UPDATE fingerprints SET signature = zeroblob(256); UPDATE fingerprint_bands SET hash = hash + 1; PRAGMA user_version = 5;`);
    old.close();

    store = openStore(path);
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const print = fingerprint(original.text!)!;
    const stored = store.db.prepare("SELECT signature FROM fingerprints").pluck().get() as Buffer;
    expect([...signatureOf(stored)]).toEqual([...print.signature]);
    expect(store.db.prepare("SELECT hash FROM fingerprint_bands ORDER BY band").pluck().all()).toEqual(print.bands);
    const repost = makeRelease({ text: `Nouvelles régionales\n${original.text}`, grants: [], minister: null });
    store.upsert([repost]);
    expect(store.getRelease(repost.id)?.canonical_id).toBe(original.id);
  });

  it("is idempotent: reopening a current file changes nothing", () => {
    const path = join(dir, "c.db");
    openStore(path).close();
    store = openStore(path);
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
  });
});
