// The read side: filters shared by query, stats and export, turned into SQL on bound parameters.
import type Database from "better-sqlite3";
import { containsPattern, filterWords, ftsQuery } from "./fold.js";

export interface GrantFilters {
  /** Words of a minister's name or title: "laforest", "affaires municipales". */
  readonly minister?: string;
  /** Words of the recipient's name, accents and case ignored: "metal quebec". */
  readonly recipient?: string;
  /** Words of the program's name. */
  readonly program?: string;
  /** Release date on or after: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly since?: string;
  /** Release date on or before (a month or year includes all of it). */
  readonly until?: string;
  /** Grants of at least this amount (for releases: some grant or amount at least this). */
  readonly minAmount?: number;
  /** Full-text words over title and body ("quebec" finds "Québec"); a trailing * searches a prefix. */
  readonly search?: string;
  readonly limit?: number;
  /** Also list releases that repost another (they are left out so money is counted once). */
  readonly includeDuplicates?: boolean;
}

export interface GrantRow {
  release_id: string;
  grant_index: number;
  recipient: string;
  amount: number;
  program: string | null;
  date: string | null;
  title: string | null;
  source: string;
  /** The release's first minister. */
  minister: string | null;
  minister_title: string | null;
  dateline_city: string | null;
  dateline_province: string | null;
  canonical_id: string | null;
  start: number;
  end: number;
}

export interface ReleaseRow {
  id: string;
  source: string;
  title: string | null;
  date: string | null;
  wire: string | null;
  dateline_city: string | null;
  dateline_province: string | null;
  canonical_id: string | null;
  ministers: string[];
  grants: number;
  grants_total: number;
  /** With a search: the matching passage, hits between [ and ]. */
  snippet?: string;
}

export interface Tally {
  key: string | null;
  grants: number;
  total: number;
}

export interface Stats {
  releases: number;
  duplicates: number;
  grants: number;
  total: number;
  byProgram: Tally[];
  byMinister: Tally[];
  byRecipient: Tally[];
  byYear: Tally[];
}

export class FilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FilterError";
  }
}

const DATE_FILTER = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

interface Where {
  clauses: string[];
  params: unknown[];
}

/** `every word of the filter appears in fold(column)` */
function wordsMatch(column: string, filter: string, where: Where): string | null {
  const words = filterWords(filter);
  if (words.length === 0) return null;
  where.params.push(...words.map(containsPattern));
  return words.map(() => `fold(${column}) LIKE ? ESCAPE '\\'`).join(" AND ");
}

function dateFilter(name: string, value: string): string {
  if (!DATE_FILTER.test(value)) throw new FilterError(`--${name} ${value}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** Filters on the release (alias r) shared by grants and releases. */
function releaseWhere(filters: GrantFilters, where: Where): void {
  if (!filters.includeDuplicates) where.clauses.push("r.canonical_id IS NULL");
  if (filters.since !== undefined) {
    where.clauses.push("r.date >= ?");
    where.params.push(dateFilter("since", filters.since));
  }
  if (filters.until !== undefined) {
    // "until 2024-03" keeps 2024-03-31: compare the date cut to the filter's length.
    const until = dateFilter("until", filters.until);
    where.clauses.push("substr(r.date, 1, ?) <= ?");
    where.params.push(until.length, until);
  }
  if (filters.minister !== undefined) {
    const sub: Where = { clauses: [], params: [] };
    const match = wordsMatch("m.name || ' ' || coalesce(m.title, '')", filters.minister, sub);
    if (match !== null) {
      where.clauses.push(`EXISTS (SELECT 1 FROM ministers m WHERE m.release_seq = r.seq AND ${match})`);
      where.params.push(...sub.params);
    }
  }
  if (filters.search !== undefined) {
    const match = ftsQuery(filters.search);
    if (match !== null) {
      where.clauses.push("r.seq IN (SELECT rowid FROM releases_fts WHERE releases_fts MATCH ?)");
      where.params.push(match);
    }
  }
}

function grantWhere(filters: GrantFilters): Where {
  const where: Where = { clauses: [], params: [] };
  releaseWhere(filters, where);
  if (filters.recipient !== undefined) {
    const match = wordsMatch("g.recipient", filters.recipient, where);
    if (match !== null) where.clauses.push(match);
  }
  if (filters.program !== undefined) {
    const match = wordsMatch("g.program", filters.program, where);
    if (match !== null) where.clauses.push(match);
  }
  if (filters.minAmount !== undefined) {
    where.clauses.push("g.amount >= ?");
    where.params.push(filters.minAmount);
  }
  return where;
}

function whereSql(where: Where): string {
  return where.clauses.length > 0 ? `WHERE ${where.clauses.join(" AND ")}` : "";
}

function limitSql(limit: number | undefined, params: unknown[]): string {
  if (limit === undefined) return "";
  if (!Number.isInteger(limit) || limit < 0) throw new FilterError(`--limit ${limit}: expected a whole number`);
  params.push(limit);
  return "LIMIT ?";
}

const FIRST_MINISTER = `LEFT JOIN ministers fm ON fm.release_seq = r.seq
  AND fm.idx = (SELECT min(idx) FROM ministers WHERE release_seq = r.seq)`;

function grantStatement(db: Database.Database, filters: GrantFilters) {
  const where = grantWhere(filters);
  const sql = `SELECT g.release_id, g.idx AS grant_index, g.recipient, g.amount, g.program,
      r.date, r.title, r.source, fm.name AS minister, fm.title AS minister_title,
      r.dateline_city, r.dateline_province, r.canonical_id, g.start, g."end"
    FROM grants g JOIN releases r ON r.seq = g.release_seq
    ${FIRST_MINISTER}
    ${whereSql(where)}
    ORDER BY r.date IS NULL, r.date DESC, r.seq, g.idx
    ${limitSql(filters.limit, where.params)}`;
  return { statement: db.prepare(sql), params: where.params };
}

export function queryGrants(db: Database.Database, filters: GrantFilters = {}): GrantRow[] {
  const { statement, params } = grantStatement(db, filters);
  return statement.all(...params) as GrantRow[];
}

/** Streams grant rows (statement.iterate): exports never hold the whole table in memory. */
export function iterateGrants(db: Database.Database, filters: GrantFilters = {}): IterableIterator<GrantRow> {
  const { statement, params } = grantStatement(db, filters);
  return statement.iterate(...params) as IterableIterator<GrantRow>;
}

/** Releases that name `filter` in `table` (recipients, programs) or in one of their grants' `grantColumn`. */
function namedIn(table: "recipients" | "programs", grantColumn: "recipient" | "program", filter: string, where: Where): void {
  const sub: Where = { clauses: [], params: [] };
  const inTable = wordsMatch("x.name", filter, sub);
  const inGrants = wordsMatch(`x.${grantColumn}`, filter, sub);
  if (inTable === null || inGrants === null) return;
  where.clauses.push(`(EXISTS (SELECT 1 FROM ${table} x WHERE x.release_seq = r.seq AND ${inTable})
        OR EXISTS (SELECT 1 FROM grants x WHERE x.release_seq = r.seq AND ${inGrants}))`);
  where.params.push(...sub.params);
}

export function queryReleases(db: Database.Database, filters: GrantFilters = {}): ReleaseRow[] {
  const where: Where = { clauses: [], params: [] };
  const search = filters.search === undefined ? null : ftsQuery(filters.search);
  releaseWhere({ ...filters, search: undefined }, where);
  if (filters.recipient !== undefined) namedIn("recipients", "recipient", filters.recipient, where);
  if (filters.program !== undefined) namedIn("programs", "program", filters.program, where);
  if (filters.minAmount !== undefined) {
    where.clauses.push(`(EXISTS (SELECT 1 FROM amounts x WHERE x.release_seq = r.seq AND x.value >= ?)
      OR EXISTS (SELECT 1 FROM grants x WHERE x.release_seq = r.seq AND x.amount >= ?))`);
    where.params.push(filters.minAmount, filters.minAmount);
  }
  const columns = `r.id, r.source, r.title, r.date, r.wire, r.dateline_city, r.dateline_province, r.canonical_id,
      (SELECT json_group_array(name) FROM (SELECT name FROM ministers WHERE release_seq = r.seq ORDER BY idx)) AS ministers,
      (SELECT count(*) FROM grants WHERE release_seq = r.seq) AS grants,
      (SELECT coalesce(sum(amount), 0) FROM grants WHERE release_seq = r.seq) AS grants_total`;
  let sql: string;
  let params: unknown[];
  if (search !== null) {
    // Ranked by relevance (bm25), with the passage that matched.
    sql = `SELECT ${columns}, snippet(releases_fts, -1, '[', ']', '…', 12) AS snippet
      FROM releases_fts JOIN releases r ON r.seq = releases_fts.rowid
      WHERE releases_fts MATCH ? ${where.clauses.length > 0 ? `AND ${where.clauses.join(" AND ")}` : ""}
      ORDER BY bm25(releases_fts)`;
    params = [search, ...where.params];
  } else {
    sql = `SELECT ${columns} FROM releases r ${whereSql(where)} ORDER BY r.date IS NULL, r.date DESC, r.seq`;
    params = where.params;
  }
  sql += ` ${limitSql(filters.limit, params)}`;
  const rows = db.prepare(sql).all(...params) as (Omit<ReleaseRow, "ministers"> & { ministers: string; snippet?: string | null })[];
  return rows.map((row) => {
    const { snippet, ...rest } = row;
    return { ...rest, ministers: JSON.parse(row.ministers) as string[], ...(snippet == null ? {} : { snippet }) };
  });
}

/** Totals and breakdowns of the grants matching the filters; canonical releases only, so money counts once. */
export function releaseStats(db: Database.Database, filters: GrantFilters = {}): Stats {
  const canonicalOnly = { ...filters, includeDuplicates: false, limit: undefined };
  const where = grantWhere(canonicalOnly);
  const from = `FROM grants g JOIN releases r ON r.seq = g.release_seq ${FIRST_MINISTER} ${whereSql(where)}`;
  const tally = (key: string): Tally[] =>
    db
      .prepare(`SELECT ${key} AS key, count(*) AS grants, sum(g.amount) AS total ${from}
        GROUP BY 1 ORDER BY total DESC, key`)
      .all(...where.params) as Tally[];
  const totals = db.prepare(`SELECT count(*) AS grants, coalesce(sum(g.amount), 0) AS total ${from}`).get(...where.params) as {
    grants: number;
    total: number;
  };
  const releaseWhereOnly: Where = { clauses: [], params: [] };
  releaseWhere({ ...filters, includeDuplicates: true }, releaseWhereOnly);
  const counts = db
    .prepare(`SELECT count(*) FILTER (WHERE r.canonical_id IS NULL) AS releases,
        count(*) FILTER (WHERE r.canonical_id IS NOT NULL) AS duplicates
      FROM releases r ${whereSql(releaseWhereOnly)}`)
    .get(...releaseWhereOnly.params) as { releases: number; duplicates: number };
  return {
    releases: counts.releases,
    duplicates: counts.duplicates,
    grants: totals.grants,
    total: totals.total,
    byProgram: tally("g.program"),
    byMinister: tally("fm.name"),
    byRecipient: tally("g.recipient"),
    byYear: tally("substr(r.date, 1, 4)"),
  };
}
