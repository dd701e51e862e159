// The database layout and its history. `PRAGMA user_version` is the number of migrations applied;
// a file at version N is brought up to date by running migrations N+1.. in order, in one
// transaction, so an old database is upgraded in place and nothing in it is lost.
import type Database from "better-sqlite3";
import { fingerprint } from "./fingerprint.js";

type Db = Database.Database;

interface Migration {
  readonly version: number;
  readonly why: string;
  readonly up: (db: Db) => void;
}

// One table per item kind of the record; columns named like the record's fields. `idx` keeps the
// item's position in the record, so a release read back lists items in the order extracted.
const CHILD_TABLES_V1 = `
CREATE TABLE amounts (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL, value REAL NOT NULL, currency TEXT NOT NULL, qualifier TEXT NOT NULL,
  range TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (release_id, idx)
);
CREATE TABLE ministers (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL, title TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (release_id, idx)
);
CREATE TABLE recipients (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL, acronym TEXT, role TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (release_id, idx)
);
CREATE TABLE programs (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL, acronym TEXT, kind TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (release_id, idx)
);
CREATE TABLE grants (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  recipient TEXT NOT NULL, amount REAL NOT NULL, program TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (release_id, idx)
);
CREATE TABLE quotes (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  speaker TEXT, role TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (release_id, idx)
);
`;

const VIEWS_V3 = `
CREATE VIEW grants_view AS
SELECT g.release_id, g.idx AS grant_index, g.recipient, g.amount, g.program,
       (SELECT p.acronym FROM programs p WHERE p.release_id = g.release_id AND p.name = g.program
         ORDER BY p.idx LIMIT 1) AS program_acronym,
       r.date, r.source, r.title,
       m.name AS minister, m.title AS minister_title,
       r.canonical_id, r.canonical_id IS NULL AS is_canonical,
       g.start, g."end"
FROM grants g
JOIN releases r ON r.id = g.release_id
LEFT JOIN ministers m ON m.release_id = g.release_id
  AND m.idx = (SELECT min(idx) FROM ministers WHERE release_id = g.release_id);

CREATE VIEW amounts_view AS
SELECT a.release_id, a.idx AS amount_index, a.text, a.value, a.currency, a.qualifier, a.range,
       r.date, r.source, r.title,
       m.name AS minister, m.title AS minister_title,
       r.canonical_id, r.canonical_id IS NULL AS is_canonical,
       a.start, a."end"
FROM amounts a
JOIN releases r ON r.id = a.release_id
LEFT JOIN ministers m ON m.release_id = a.release_id
  AND m.idx = (SELECT min(idx) FROM ministers WHERE release_id = a.release_id);
`;

export const ITEM_TABLES = ["amounts", "ministers", "recipients", "programs", "grants", "quotes"] as const;

/** The release key that item rows lead with from version 7, after their own columns. */
const ITEM_KEY_V7 = `release_seq INTEGER NOT NULL REFERENCES releases(seq) ON DELETE CASCADE,
  PRIMARY KEY (release_seq, idx)`;

/**
 * The views of version 3 joined on seq (the item tables' key from version 7): every join between
 * two release keys, `x.release_id = y.release_id` or `r.id = y.release_id`, becomes one on seq.
 */
const VIEWS_V7 = VIEWS_V3.replace(/\b(\w+\.)?release_id = (\w+)\.release_id\b/gu, "$1release_seq = $2.release_seq").replace(
  /\br\.id = (\w+)\.release_id\b/gu,
  "r.seq = $1.release_seq",
);

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: "releases, one table per item kind, and every source a release was read from",
    up: (db) => {
      db.exec(`
CREATE TABLE releases (
  id TEXT PRIMARY KEY NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  date TEXT,
  date_source TEXT,
  dateline_city TEXT,
  dateline_province TEXT,
  wire TEXT,
  body TEXT,
  warnings TEXT NOT NULL DEFAULT '[]',
  record TEXT NOT NULL,
  extracted_at TEXT NOT NULL
);
CREATE INDEX releases_date ON releases(date);
${CHILD_TABLES_V1}
CREATE TABLE sources (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  PRIMARY KEY (release_id, source)
);
`);
    },
  },
  {
    version: 2,
    why: "full-text search; seq is a stable integer key for FTS5 (VACUUM may renumber a plain rowid)",
    up: (db) => {
      db.exec(`
ALTER TABLE releases ADD COLUMN seq INTEGER;
UPDATE releases SET seq = rowid;
CREATE UNIQUE INDEX releases_seq ON releases(seq);
CREATE VIRTUAL TABLE releases_fts USING fts5(
  title, body,
  content = 'releases', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO releases_fts(releases_fts) VALUES ('rebuild');
CREATE TRIGGER releases_fts_insert AFTER INSERT ON releases BEGIN
  INSERT INTO releases_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER releases_fts_delete AFTER DELETE ON releases BEGIN
  INSERT INTO releases_fts(releases_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER releases_fts_update AFTER UPDATE OF seq, title, body ON releases BEGIN
  INSERT INTO releases_fts(releases_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
  INSERT INTO releases_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
`);
    },
  },
  {
    version: 3,
    why: "near-duplicate reposts (canonical_id + MinHash bands), feed state, views for sqlite3/Datasette",
    up: (db) => {
      db.exec(`
ALTER TABLE releases ADD COLUMN canonical_id TEXT REFERENCES releases(id);
ALTER TABLE releases ADD COLUMN fingerprint BLOB;
CREATE INDEX releases_canonical ON releases(canonical_id);
CREATE TABLE fingerprint_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, release_id)
) WITHOUT ROWID;
CREATE INDEX fingerprint_bands_release ON fingerprint_bands(release_id);
CREATE INDEX grants_recipient ON grants(recipient);
CREATE TABLE feeds (
  url TEXT PRIMARY KEY NOT NULL,
  etag TEXT,
  last_modified TEXT,
  checked_at TEXT
);
CREATE TABLE feed_items (
  feed TEXT NOT NULL,
  guid TEXT NOT NULL,
  link TEXT,
  release_id TEXT REFERENCES releases(id) ON DELETE SET NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed, guid)
);
CREATE INDEX feed_items_release ON feed_items(release_id);
${VIEWS_V3}
`);
      // Fingerprint the releases already stored; older files keep their (distinct) releases canonical.
      const rows = db.prepare("SELECT id, body FROM releases WHERE body IS NOT NULL").all() as {
        id: string;
        body: string;
      }[];
      const setFingerprint = db.prepare("UPDATE releases SET fingerprint = ? WHERE id = ?");
      const addBand = db.prepare("INSERT OR IGNORE INTO fingerprint_bands(band, hash, release_id) VALUES (?, ?, ?)");
      for (const row of rows) {
        const print = fingerprint(row.body);
        if (print === null) continue;
        setFingerprint.run(Buffer.from(print.signature.buffer), row.id);
        print.bands.forEach((hash, band) => addBand.run(band, hash, row.id));
      }
    },
  },
  {
    version: 4,
    why: "a store that stays fast as it grows: band rows of (band, hash, seq) only (the most recent few per band are the candidates; a deleted release's rows find no signature and are skipped), MinHash signatures in a table of their own (a column after the body meant reading the body's overflow pages), a hash to tell an unchanged record without reading it back, sources found by address",
    up: (db) => {
      db.exec(`
ALTER TABLE releases ADD COLUMN content_hash TEXT;
CREATE INDEX sources_source ON sources(source, first_seen);
-- Rows as small as possible (no release id: seq finds the release): every insert adds 16 at
-- random places of this index, so its size is what a batch rewrites.
CREATE TABLE fingerprint_bands_v4 (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (band, hash, seq)
) WITHOUT ROWID;
INSERT INTO fingerprint_bands_v4 (band, hash, seq)
  SELECT b.band, b.hash, r.seq FROM fingerprint_bands b JOIN releases r ON r.id = b.release_id;
DROP TABLE fingerprint_bands;
ALTER TABLE fingerprint_bands_v4 RENAME TO fingerprint_bands;
CREATE TABLE fingerprints (
  seq INTEGER PRIMARY KEY REFERENCES releases(seq) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
INSERT INTO fingerprints (seq, signature) SELECT seq, fingerprint FROM releases WHERE fingerprint IS NOT NULL;
ALTER TABLE releases DROP COLUMN fingerprint;
`);
    },
  },
  {
    version: 5,
    why: "the full-text index may lag behind a long extract, which indexes its releases thousands at a time (FTS5 builds a few large segments instead of merging one small segment per batch: about a third of the cost of storing a release); search_index records how far the index goes, and the triggers keep indexed releases in step",
    up: (db) => {
      db.exec(`
CREATE TABLE search_index (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- Every release with seq <= indexed_through is in releases_fts; the others wait for Store.updateSearchIndex().
  indexed_through INTEGER NOT NULL
);
INSERT INTO search_index (id, indexed_through) SELECT 1, coalesce(max(seq), 0) FROM releases;
DROP TRIGGER releases_fts_insert;
DROP TRIGGER releases_fts_delete;
DROP TRIGGER releases_fts_update;
-- A release inserted at or below the mark (a seq reused after a delete) is indexed at once.
CREATE TRIGGER releases_fts_insert AFTER INSERT ON releases
WHEN new.seq <= (SELECT indexed_through FROM search_index) BEGIN
  INSERT INTO releases_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER releases_fts_delete AFTER DELETE ON releases
WHEN old.seq <= (SELECT indexed_through FROM search_index) BEGIN
  INSERT INTO releases_fts(releases_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
-- One trigger, so the old text leaves the index before the new text enters it.
CREATE TRIGGER releases_fts_update AFTER UPDATE OF seq, title, body ON releases BEGIN
  INSERT INTO releases_fts(releases_fts, rowid, title, body) SELECT 'delete', old.seq, old.title, old.body
    WHERE old.seq <= (SELECT indexed_through FROM search_index);
  INSERT INTO releases_fts(rowid, title, body) SELECT new.seq, new.title, new.body
    WHERE new.seq <= (SELECT indexed_through FROM search_index);
END;
`);
    },
  },
  {
    version: 6,
    why: "fingerprints computed anew, three times faster: a shingle's hash from its words' hashes (each character hashed once, not once per shingle it is in) and a one-permutation MinHash (each shingle hashed once, not 64 times); stored signatures of the old functions would not match new ones",
    up: (db) => {
      db.exec("DELETE FROM fingerprint_bands; DELETE FROM fingerprints;");
      const page = db.prepare("SELECT seq, body FROM releases WHERE seq > ? AND body IS NOT NULL ORDER BY seq LIMIT 500");
      const addSignature = db.prepare("INSERT INTO fingerprints (seq, signature) VALUES (?, ?)");
      const addBand = db.prepare("INSERT OR IGNORE INTO fingerprint_bands (band, hash, seq) VALUES (?, ?, ?)");
      for (let after = 0, rows = page.all(after) as { seq: number; body: string }[]; rows.length > 0; rows = page.all(after) as typeof rows) {
        for (const { seq, body } of rows) {
          const print = fingerprint(body);
          if (print === null) continue;
          addSignature.run(seq, Buffer.from(print.signature.buffer, print.signature.byteOffset, print.signature.byteLength));
          print.bands.forEach((hash, band) => addBand.run(band, hash, seq));
        }
        after = rows[rows.length - 1]!.seq;
      }
    },
  },
  {
    version: 7,
    why: "item rows keyed by their release's seq (release_seq), so a new release's items go at the end of each table instead of at random places of a (release_id, idx) index: every batch rewrote most of those index pages, a cost that grew with the file (0.1 ms per release in an empty file, 0.25 at 30,000); release_id stays in every row for ad hoc SQL. grants_recipient goes: no query used it (recipient filters fold the name) and it was one more random insert per grant",
    up: (db) => {
      db.exec("DROP VIEW IF EXISTS grants_view; DROP VIEW IF EXISTS amounts_view; DROP INDEX IF EXISTS grants_recipient;");
      for (const table of ITEM_TABLES) {
        // The table's own columns, as they are in the file, in the same order (SELECT * keeps them
        // where they were), without the foreign key on release_id: the key is release_seq now.
        const info = db.prepare(`SELECT name, type, "notnull" FROM pragma_table_info('${table}') ORDER BY cid`).all() as {
          name: string;
          type: string;
          notnull: number;
        }[];
        if (info.some((c) => c.name === "release_seq")) continue; // keyed by seq already
        const columns = info.map((c) => `"${c.name}"`);
        const definitions = info.map((c) => `"${c.name}" ${c.type}${c.notnull ? " NOT NULL" : ""}`).join(", ");
        db.exec(`
CREATE TABLE ${table}_v7 (${definitions}, ${ITEM_KEY_V7}) WITHOUT ROWID;
INSERT INTO ${table}_v7 (${columns.join(", ")}, release_seq)
  SELECT ${columns.map((c) => `x.${c}`).join(", ")}, r.seq FROM ${table} x JOIN releases r ON r.id = x.release_id;
DROP TABLE ${table};
ALTER TABLE ${table}_v7 RENAME TO ${table};
`);
      }
      db.exec(VIEWS_V7);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Applies the migrations the file lacks, in one IMMEDIATE transaction that re-reads the version,
 * so two processes opening a new file at once do not both create the tables.
 */
export function migrate(db: Db): void {
  if (schemaVersion(db) >= SCHEMA_VERSION) return;
  const upgrade = db.transaction(() => {
    const current = schemaVersion(db);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  upgrade.immediate();
}
