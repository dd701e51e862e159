// The SQLite store: opening (with clear errors), migrating, and writing releases in batches.
import { createHash } from "node:crypto";
import { existsSync, statSync, accessSync, constants } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Release } from "../record.js";
import { fold } from "./fold.js";
import {
  BAND_COUNT,
  DUPLICATE_JACCARD,
  ESTIMATE_FLOOR,
  bandsOf,
  estimatedJaccard,
  fingerprintOf,
  signatureOf,
  jaccard,
  containment,
  shingles,
  type PreparedBody,
  type ShingleSet,
  type Fingerprint,
} from "./fingerprint.js";
import { ITEM_TABLES, migrate, schemaVersion, SCHEMA_VERSION } from "./schema.js";
import {
  queryGrants,
  iterateGrants,
  queryReleases,
  releaseStats,
  type GrantFilters,
  type GrantRow,
  type ReleaseRow,
  type Stats,
} from "./query.js";

export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;
const PAGE_SIZE = 32768;

/** A store problem the user can fix; `hint` says how (the CLI prints the message as is). */
export class StoreError extends Error {
  constructor(
    readonly problem: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem} (${hint})`, options);
    this.name = "StoreError";
  }
}

export interface OpenOptions {
  readonly readonly?: boolean;
  readonly busyTimeoutMs?: number;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly checkedAt: string | null;
}

export interface FeedItem {
  readonly feed: string;
  readonly guid: string;
  readonly link?: string | null;
  /** The release the item's page gave, once stored (null when extraction failed). */
  readonly releaseId?: string | null;
}

const DB_HINT = "use --db PATH for another file";
const BUSY_HINT = "another process is writing to it: try again when it has finished, or raise COMMUNIQUE_BUSY_TIMEOUT_MS";

/** A write that SQLite refused, named after the database (a bare "database is locked" names nothing). */
function writeFailure(path: string, error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (hasCode(error, "SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_LOCKED")) {
    return new StoreError(`${path}: database is locked`, BUSY_HINT, { cause: error });
  }
  if (hasCode(error, "SQLITE_FULL")) return new StoreError(`${path}: disk full`, `free some space, or ${DB_HINT}`, { cause: error });
  if (hasCode(error, "SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_DBMOVED")) {
    return new StoreError(`${path}: not writable`, `check its permissions, or ${DB_HINT}`, { cause: error });
  }
  if (hasCode(error, "SQLITE_CORRUPT", "SQLITE_NOTADB")) return new StoreError(`${path}: database file is damaged`, DB_HINT, { cause: error });
  if (typeof (error as { code?: unknown })?.code === "string" && String((error as { code: string }).code).startsWith("SQLITE_IOERR")) {
    return new StoreError(`${path}: input/output error (${(error as Error).message})`, DB_HINT, { cause: error });
  }
  return error;
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && codes.includes((error as { code?: string }).code ?? "");
}

function openDatabase(path: string, readonly: boolean): Database.Database {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) {
    throw new StoreError(`${path}: directory ${dir} does not exist`, `create it, or ${DB_HINT}`);
  }
  if (!statSync(dir).isDirectory()) {
    throw new StoreError(`${path}: ${dir} is a file, not a directory`, DB_HINT);
  }
  if (readonly && !existsSync(path)) {
    throw new StoreError(`${path}: no such database`, `extract or ingest something first, or ${DB_HINT}`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new StoreError(`${path}: is a directory, not a database file`, DB_HINT);
  }
  if (!readonly) {
    try {
      accessSync(existsSync(path) ? path : dir, constants.W_OK);
    } catch (error) {
      throw new StoreError(`${path}: not writable`, `check its permissions, or ${DB_HINT}`, { cause: error });
    }
  }
  try {
    return new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new StoreError(`${path}: cannot open (${(error as Error).message})`, DB_HINT, { cause: error });
  }
}

/**
 * Switching a new file to WAL needs every other connection out of the way, and SQLite answers BUSY
 * at once there instead of calling the busy handler: several processes opening a new database
 * together (cron jobs, parallel extracts) retry for up to the busy timeout.
 */
function retryWhileBusy(timeoutMs: number, action: () => void): void {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      return action();
    } catch (error) {
      if (!hasCode(error, "SQLITE_BUSY", "SQLITE_LOCKED") || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

/** Opens (creating if needed) and migrates a store; WAL, foreign keys, a busy timeout of 10 s by default. */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  const readonly = opts.readonly ?? false;
  const db = openDatabase(path, readonly);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    // The first statement reads the header: a file that is not SQLite fails here.
    const version = schemaVersion(db);
    db.pragma("foreign_keys = ON");
    db.function("fold", { deterministic: true }, (text: unknown) => (typeof text === "string" ? fold(text) : null));
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        `${path}: schema version ${version} is newer than this communique (${SCHEMA_VERSION})`,
        "upgrade communique",
      );
    }
    if (readonly) {
      if (version < SCHEMA_VERSION) {
        throw new StoreError(`${path}: schema version ${version} needs an upgrade`, "open it once without read-only (e.g. extract) to migrate it");
      }
    } else {
      // A new file gets 32 KB pages (a file that has pages keeps its size: the pragma is then a no-op).
      // A release (body ~5 KB, record ~3 KB) fits in one page instead of a chain of overflow pages,
      // and a batch writes a fifth as many pages to the WAL: ~25% less CPU to store a release, most
      // of it system time (10,000 corpus releases, single-thread store benchmark).
      db.pragma(`page_size = ${PAGE_SIZE}`);
      const timeoutMs = Math.max(0, Math.trunc(opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
      retryWhileBusy(timeoutMs, () => {
        if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
      });
      // In WAL mode NORMAL cannot corrupt the file; a power cut may lose the last batches only.
      db.pragma("synchronous = NORMAL");
      // A batch of 1,000 releases touches several MB of pages (bodies, indexes): keep them cached.
      // Not much less: at 8 MB a 30k run took 1.5x as long (dirty index pages spilling to the WAL
      // mid-transaction: ~10 random index pages per release, the child tables' keys), and 100k
      // took 1.45x. Not more either: 32 MB gave the same speed at 10k and 100k, but ~35 MB more
      // of the process's memory at 100k (the page cache and the heap it fragments).
      db.pragma("cache_size = -16384");
      db.pragma("temp_store = MEMORY");
      migrate(db);
    }
    const store = new Store(db, path);
    // An extract stopped before its last commit (killed) left releases out of the full-text index.
    if (!readonly) store.updateSearchIndex();
    return store;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    if (hasCode(error, "SQLITE_NOTADB", "SQLITE_CORRUPT")) {
      throw new StoreError(`${path}: not a SQLite database`, DB_HINT, { cause: error });
    }
    if (hasCode(error, "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_READONLY_DIRECTORY")) {
      throw new StoreError(`${path}: not writable`, `check its permissions, or ${DB_HINT}`, { cause: error });
    }
    throw writeFailure(path, error);
  }
}

// A repost may add its own headline, byline or source line around the same body: on a short
// release that alone pulls the Jaccard similarity under DUPLICATE_JACCARD. Nearly all of the
// smaller body inside the larger one, and sizes not far apart, is a repost too.
const CONTAINMENT = 0.9;
const CONTAINED_JACCARD = 0.7;
const CONTAINED_ESTIMATE_FLOOR = Math.min(ESTIMATE_FLOOR, CONTAINED_JACCARD - (DUPLICATE_JACCARD - ESTIMATE_FLOOR));

// Releases of one ministry share paragraphs, so some band hashes are shared by thousands of
// releases: only the most recent few per band are read, and only the best MinHash estimates are
// confirmed on their body, so an insert costs the same in a store of 1,000 or 1,000,000 releases.
// A repost shares most of its 16 bands with the original, including bands no other release has.
export const CANDIDATES_PER_BAND = 8;
export const EXACT_CHECKS = 3;

function isRepost(a: ShingleSet, b: ShingleSet): boolean {
  const similarity = jaccard(a, b);
  if (similarity >= DUPLICATE_JACCARD) return true;
  if (similarity < CONTAINED_JACCARD) return false;
  return containment(a, b) >= CONTAINMENT;
}

/** What is compared to decide "unchanged": the record minus where it was read and the store's own fields. */
function contentKey(record: Release): string {
  const { source: _source, canonical_id: _canonical, text: _text, ...content } = record;
  return JSON.stringify(content);
}

const digest = (text: string) => createHash("sha1").update(text).digest("base64");

/** `content_hash`: digests of the content key and of the body, so "unchanged" needs no read-back. */
function contentHash(key: string, body: string | null): string {
  return `${digest(key)} ${body === null ? "-" : digest(body)}`;
}

/** The stored record's JSON from its content key, with where it was read and its canonical id. */
function recordJson(key: string, source: string, canonicalId: string | null): string {
  return `{"source":${JSON.stringify(source)},"canonical_id":${JSON.stringify(canonicalId)},${key.slice(1)}`;
}

interface StoredRelease {
  id: string;
  seq: number;
  record: string;
  body: string | null;
  canonical_id: string | null;
}

interface StoredState {
  seq: number;
  source: string;
  canonical_id: string | null;
  content_hash: string | null;
}

/** How much near-duplicate work inserts did (for tests and profiling): bounded per insert. */
export interface RepostWork {
  /** Releases whose MinHash signature was compared. */
  candidates: number;
  /** Releases whose body was re-read for the exact Jaccard similarity. */
  exactChecks: number;
}

export interface BatchOptions {
  /**
   * Let the full-text index lag until this many releases wait for it, then index them at a commit,
   * all at once (default 0: every commit indexes its releases). Indexing thousands at a time costs
   * FTS5 about a third of indexing them 500 by 500. Searches bring a lagging index up to date.
   */
  searchIndexEvery?: number;
}

/** See Store.batch(). */
export interface StoreBatch {
  /** Records added since the last commit. */
  readonly size: number;
  /** `validated`: the record was parsed with the Release schema already (an extraction worker's). */
  add(record: Release, prepared?: PreparedBody, options?: { validated?: boolean }): keyof UpsertResult;
  /**
   * Makes the batch durable; returns what it did. The next `add` opens a new transaction.
   * `updateSearchIndex`: index every release that waits (the last commit of a run).
   */
  commit(options?: { updateSearchIndex?: boolean }): UpsertResult;
  /** Forgets the uncommitted records (nothing when none). */
  rollback(): void;
}

export class Store {
  private readonly statements;
  /** Near-duplicate work done by this connection's inserts so far. */
  readonly repostWork: RepostWork = { candidates: 0, exactChecks: 0 };

  constructor(
    /** The better-sqlite3 connection, for callers that need plain SQL. */
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.statements = prepareStatements(db);
  }

  /** Stores a batch in ONE immediate transaction; same id replaces child rows; reposts get canonical_id. */
  /**
   * `prepared` (optional): shingles and fingerprints of the records' bodies, by record id, computed
   * elsewhere (extraction workers) so that the one writer does less; must be `prepareBody(record.text)`.
   */
  upsert(records: readonly Release[], prepared?: ReadonlyMap<string, PreparedBody>): UpsertResult {
    const parsed = records.map((record) => Release.parse(record));
    const batch = this.batch();
    try {
      for (const record of parsed) batch.add(record, prepared?.get(record.id), { validated: true });
      return batch.commit();
    } finally {
      batch.rollback();
    }
  }

  /**
   * A transaction that takes records one at a time, for a caller that streams many: each record is
   * written as it comes (nothing of the batch is held in memory) and `commit()` makes the whole
   * batch visible at once; `rollback()` (or an error in `add`, which rolls back by itself) leaves
   * the database as it was before the batch. The transaction opens (BEGIN IMMEDIATE, waiting up to
   * the busy timeout for another writer) with the first record.
   */
  batch(options: BatchOptions = {}): StoreBatch {
    const store = this;
    const indexEvery = Math.max(0, options.searchIndexEvery ?? 0);
    let open = false;
    let result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
    let now = "";
    const rollback = () => {
      if (!open) return;
      open = false;
      if (store.db.inTransaction) store.db.exec("ROLLBACK");
    };
    return {
      get size() {
        return result.inserted + result.updated + result.unchanged;
      },
      add(record, prepared, options = {}) {
        const valid = options.validated ? record : Release.parse(record);
        try {
          if (!open) {
            store.db.exec("BEGIN IMMEDIATE");
            open = true;
            result = { inserted: 0, updated: 0, unchanged: 0 };
            now = new Date().toISOString();
          }
          const outcome = store.upsertOne(valid, now, prepared);
          result[outcome]++;
          return outcome;
        } catch (error) {
          rollback();
          throw writeFailure(store.path, error);
        }
      },
      commit(commitOptions = {}) {
        const done = result;
        result = { inserted: 0, updated: 0, unchanged: 0 };
        if (!open) {
          if (commitOptions.updateSearchIndex) store.updateSearchIndex();
          return done;
        }
        try {
          // In the same transaction: the batch and its index entries become visible together.
          const waiting = store.searchIndexLag();
          if (waiting > 0 && (commitOptions.updateSearchIndex || waiting >= indexEvery)) store.indexWaiting();
          store.db.exec("COMMIT");
          open = false;
        } catch (error) {
          rollback();
          throw writeFailure(store.path, error);
        }
        return done;
      },
      rollback,
    };
  }

  private upsertOne(record: Release, now: string, prepared?: PreparedBody): keyof UpsertResult {
    const s = this.statements;
    const key = contentKey(record);
    const stored = s.getState.get(record.id) as StoredState | undefined;
    if (stored !== undefined) {
      s.addSource.run(record.id, record.source, now);
      let body: string | null;
      let bodyChanged: boolean;
      if (stored.content_hash !== null) {
        const [storedKey, storedBody] = stored.content_hash.split(" ");
        const hash = contentHash(key, record.text ?? null).split(" ");
        bodyChanged = record.text !== undefined && hash[1] !== storedBody;
        if (!bodyChanged && hash[0] === storedKey) return "unchanged";
        body = record.text ?? (s.getBody.get(record.id) as string | null);
      } else {
        // Written before content_hash existed: compare with the stored record itself.
        const row = s.getRelease.get(record.id) as StoredRelease;
        bodyChanged = record.text !== undefined && record.text !== row.body;
        if (!bodyChanged && contentKey(Release.parse(JSON.parse(row.record))) === key) return "unchanged";
        body = record.text ?? row.body;
      }
      const set = bodyChanged && body !== null ? (prepared?.shingles ?? shingles(body)) : null;
      const print = set === null ? undefined : prepared ? prepared.print : fingerprintOf(set);
      // The release keeps the source it was first stored from; this one is in `sources`.
      const json = recordJson(key, stored.source, stored.canonical_id);
      this.writeRelease({ id: record.id, seq: stored.seq, source: stored.source, key, json }, record, body, now);
      if (print !== undefined) this.writeFingerprint(stored.seq, print, true);
      return "updated";
    }
    const body = record.text ?? null;
    const set = body === null ? null : (prepared?.shingles ?? shingles(body));
    const print = set === null ? null : prepared ? prepared.print : fingerprintOf(set);
    const canonicalId = set === null || print === null ? null : this.findCanonical(set, print);
    const seq = (s.nextSeq.get() as { seq: number }).seq;
    const json = recordJson(key, record.source, canonicalId);
    this.writeRelease({ id: record.id, seq, source: record.source, key, json }, record, body, now, canonicalId);
    this.writeFingerprint(seq, print, false);
    s.addSource.run(record.id, record.source, now);
    return "inserted";
  }

  /** Releases stored but not yet in the full-text index (see BatchOptions.searchIndexEvery). */
  searchIndexLag(): number {
    return this.statements.searchIndexLag.get() as number;
  }

  /**
   * Adds the releases that wait to the full-text index, in one transaction (or the caller's); returns
   * how many. Takes no write lock when none waits.
   */
  updateSearchIndex(): number {
    return this.db.readonly || this.searchIndexLag() === 0 ? 0 : this.indexWaiting();
  }

  private indexWaiting(): number {
    const run = this.db.transaction(() => {
      const added = this.statements.indexWaiting.run().changes;
      this.statements.markIndexed.run();
      return added;
    });
    try {
      return this.db.inTransaction ? run() : run.immediate();
    } catch (error) {
      throw writeFailure(this.path, error);
    }
  }

  /** The oldest stored release (following its own canonical_id) whose body is nearly this one. */
  private findCanonical(mine: ShingleSet, print: Fingerprint): string | null {
    // Candidates share a band (the most recent few per band); their MinHash agreement estimates
    // the Jaccard similarity, so only the likely ones (estimate within ~3 standard errors of the
    // threshold), best first, have their body re-read.
    const candidates = this.statements.duplicateCandidates.all(
      ...print.bands.flatMap((hash, band) => [band, hash]),
    ) as { seq: number; signature: Buffer }[];
    this.repostWork.candidates += candidates.length;
    const likely = candidates
      .map((candidate) => ({ seq: candidate.seq, estimate: estimatedJaccard(print.signature, candidate.signature) }))
      .filter((c) => c.estimate >= CONTAINED_ESTIMATE_FLOOR)
      .sort((a, b) => b.estimate - a.estimate || a.seq - b.seq)
      .slice(0, EXACT_CHECKS);
    let best: { seq: number; id: string } | null = null;
    for (const { seq } of likely) {
      if (best !== null && seq > best.seq) continue;
      const other = this.statements.getBySeq.get(seq) as { id: string; canonical_id: string | null; body: string | null } | undefined;
      this.repostWork.exactChecks++;
      if (other?.body == null || !isRepost(mine, shingles(other.body))) continue;
      best = { seq, id: other.canonical_id ?? other.id };
    }
    return best?.id ?? null;
  }

  private writeFingerprint(seq: number, print: Fingerprint | null, replace: boolean): void {
    const s = this.statements;
    if (replace) {
      // The old band rows, from the old signature: the band table has no index by release.
      const old = s.getSignature.get(seq) as Buffer | undefined;
      if (old !== undefined) bandsOf(signatureOf(old)).forEach((hash, band) => s.deleteBand.run(band, hash, seq));
      s.deleteSignature.run(seq);
    }
    if (print === null) return;
    s.addSignature.run(seq, Buffer.from(print.signature.buffer, print.signature.byteOffset, print.signature.byteLength));
    print.bands.forEach((hash, band) => s.addBand.run(band, hash, seq));
  }

  /** A new release when canonicalId is given, else an update of the release at `seq`. */
  private writeRelease(
    stored: { id: string; seq: number; source: string; key: string; json: string },
    record: Release,
    body: string | null,
    now: string,
    canonicalId?: string | null,
  ): void {
    const s = this.statements;
    const { id, seq, source, key, json } = stored;
    const row = {
      id,
      seq,
      source,
      title: record.title,
      date: record.date,
      date_source: record.date_source ?? null,
      dateline_city: record.dateline?.city ?? null,
      dateline_province: record.dateline?.province ?? null,
      wire: record.wire,
      body,
      warnings: JSON.stringify(record.warnings),
      record: json,
      content_hash: contentHash(key, body),
      extracted_at: now,
    };
    if (canonicalId !== undefined) s.insertRelease.run({ ...row, canonical_id: canonicalId });
    else {
      s.updateRelease.run(row);
      for (const remove of s.deleteChildren) remove.run(seq);
    }
    // Item rows are keyed by (release_seq, idx): a new release's rows go at the end of each table.
    record.amounts.forEach((a, idx) =>
      s.addAmount.run(seq, id, idx, a.text, a.value, a.currency, a.qualifier, a.range ?? null, a.start, a.end),
    );
    record.ministers.forEach((m, idx) => s.addMinister.run(seq, id, idx, m.name, m.title, m.start, m.end));
    record.recipients.forEach((r, idx) => s.addRecipient.run(seq, id, idx, r.name, r.acronym, r.role, r.start, r.end));
    record.programs.forEach((p, idx) => s.addProgram.run(seq, id, idx, p.name, p.acronym, p.kind ?? null, p.start, p.end));
    record.grants.forEach((g, idx) => s.addGrant.run(seq, id, idx, g.recipient, g.amount, g.program, g.start, g.end));
    record.quotes.forEach((q, idx) => s.addQuote.run(seq, id, idx, q.speaker, q.role, q.text, q.start, q.end));
  }

  /** The stored record (with `text` = the stored body and the store's canonical_id), or undefined. */
  getRelease(id: string): Release | undefined {
    const row = this.statements.getRelease.get(id) as StoredRelease | undefined;
    if (row === undefined) return undefined;
    const record = Release.parse(JSON.parse(row.record));
    return { ...record, canonical_id: row.canonical_id, ...(row.body === null ? {} : { text: row.body }) };
  }

  /** Every place the release was read from, oldest first. */
  sources(id: string): string[] {
    return this.db
      .prepare("SELECT source FROM sources WHERE release_id = ? ORDER BY first_seen, source")
      .pluck()
      .all(id) as string[];
  }

  /** One row per grant (canonical releases only unless includeDuplicates), newest release first. */
  query(filters: GrantFilters = {}): GrantRow[] {
    return queryGrants(this.db, filters);
  }

  /** Like query, one row at a time (for exports of any size). */
  iterateGrants(filters: GrantFilters = {}): IterableIterator<GrantRow> {
    return iterateGrants(this.db, filters);
  }

  queryReleases(filters: GrantFilters = {}): ReleaseRow[] {
    return queryReleases(this.db, filters);
  }

  stats(filters: GrantFilters = {}): Stats {
    return releaseStats(this.db, filters);
  }

  seenItem(feed: string, guid: string): boolean {
    return this.statements.seenItem.get(feed, guid) !== undefined;
  }

  /** The release stored from this address (a page URL or file), if any: a feed item linking to it needs no fetch. */
  releaseFromSource(source: string): string | undefined {
    return this.statements.releaseFromSource.get(source) as string | undefined;
  }

  markItem(item: FeedItem): void {
    this.statements.markItem.run(item.feed, item.guid, item.link ?? null, item.releaseId ?? null, new Date().toISOString());
  }

  getFeedState(url: string): FeedState | undefined {
    const row = this.statements.getFeed.get(url) as
      | { url: string; etag: string | null; last_modified: string | null; checked_at: string | null }
      | undefined;
    return row && { url: row.url, etag: row.etag, lastModified: row.last_modified, checkedAt: row.checked_at };
  }

  setFeedState(state: { url: string; etag?: string | null; lastModified?: string | null }): void {
    this.statements.setFeed.run(state.url, state.etag ?? null, state.lastModified ?? null, new Date().toISOString());
  }

  /** "ok" when SQLite finds nothing wrong (PRAGMA integrity_check). */
  integrityCheck(): string {
    return (this.db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("\n");
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function prepareStatements(db: Database.Database) {
  const writable = !db.readonly;
  const prepareWrite = (sql: string) => (writable ? db.prepare(sql) : undefined);
  const w = (sql: string) => prepareWrite(sql) as Database.Statement;
  return {
    getRelease: db.prepare("SELECT id, seq, record, body, canonical_id FROM releases WHERE id = ?"),
    getState: db.prepare("SELECT seq, source, canonical_id, content_hash FROM releases WHERE id = ?"),
    // One index range per band, newest first, at most CANDIDATES_PER_BAND rows each.
    duplicateCandidates: db.prepare(`SELECT seq, signature FROM fingerprints
      WHERE seq IN (${Array.from({ length: BAND_COUNT }, () => `SELECT seq FROM (SELECT seq FROM fingerprint_bands
        WHERE band = ? AND hash = ? ORDER BY seq DESC LIMIT ${CANDIDATES_PER_BAND})`).join(" UNION ALL ")})`),
    getBySeq: db.prepare("SELECT id, canonical_id, body FROM releases WHERE seq = ?"),
    getBody: db.prepare("SELECT body FROM releases WHERE id = ?").pluck(),
    nextSeq: db.prepare("SELECT coalesce(max(seq), 0) + 1 AS seq FROM releases"),
    searchIndexLag: db.prepare(`SELECT count(*) FROM releases WHERE seq > (SELECT indexed_through FROM search_index)`).pluck(),
    indexWaiting: w(`INSERT INTO releases_fts (rowid, title, body)
      SELECT seq, title, body FROM releases WHERE seq > (SELECT indexed_through FROM search_index) ORDER BY seq`),
    markIndexed: w("UPDATE search_index SET indexed_through = (SELECT coalesce(max(seq), 0) FROM releases)"),
    // The hash goes in with the row: a second UPDATE would rewrite the whole body.
    insertRelease: w(`INSERT INTO releases (id, seq, source, title, date, date_source, dateline_city,
        dateline_province, wire, body, warnings, record, canonical_id, extracted_at, content_hash)
      VALUES (@id, @seq, @source, @title, @date, @date_source, @dateline_city, @dateline_province, @wire,
        @body, @warnings, @record, @canonical_id, @extracted_at, @content_hash)`),
    updateRelease: w(`UPDATE releases SET source = @source, title = @title, date = @date,
        date_source = @date_source, dateline_city = @dateline_city, dateline_province = @dateline_province,
        wire = @wire, body = @body, warnings = @warnings, record = @record, content_hash = @content_hash,
        extracted_at = @extracted_at
      WHERE id = @id AND seq = @seq`),
    deleteChildren: writable ? ITEM_TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE release_seq = ?`)) : [],
    addAmount: w(`INSERT INTO amounts (release_seq, release_id, idx, text, value, currency, qualifier, range, start, "end")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    addMinister: w(`INSERT INTO ministers (release_seq, release_id, idx, name, title, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`),
    addRecipient: w(`INSERT INTO recipients (release_seq, release_id, idx, name, acronym, role, start, "end")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    addProgram: w(`INSERT INTO programs (release_seq, release_id, idx, name, acronym, kind, start, "end")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    addGrant: w(`INSERT INTO grants (release_seq, release_id, idx, recipient, amount, program, start, "end")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    addQuote: w(`INSERT INTO quotes (release_seq, release_id, idx, speaker, role, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    addSource: w("INSERT OR IGNORE INTO sources (release_id, source, first_seen) VALUES (?, ?, ?)"),
    deleteBand: w("DELETE FROM fingerprint_bands WHERE band = ? AND hash = ? AND seq = ?"),
    getSignature: db.prepare("SELECT signature FROM fingerprints WHERE seq = ?").pluck(),
    deleteSignature: w("DELETE FROM fingerprints WHERE seq = ?"),
    addSignature: w("INSERT INTO fingerprints (seq, signature) VALUES (?, ?)"),
    addBand: w("INSERT OR IGNORE INTO fingerprint_bands (band, hash, seq) VALUES (?, ?, ?)"),
    seenItem: db.prepare("SELECT 1 FROM feed_items WHERE feed = ? AND guid = ?"),
    releaseFromSource: db.prepare("SELECT release_id FROM sources WHERE source = ? ORDER BY first_seen LIMIT 1").pluck(),
    markItem: w(`INSERT INTO feed_items (feed, guid, link, release_id, seen_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (feed, guid) DO UPDATE SET link = coalesce(excluded.link, link),
        release_id = coalesce(excluded.release_id, release_id)`),
    getFeed: db.prepare("SELECT url, etag, last_modified, checked_at FROM feeds WHERE url = ?"),
    setFeed: w(`INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        checked_at = excluded.checked_at`),
  };
}
