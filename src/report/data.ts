// What the report shows, gathered from the store: the same grants `stats` counts (canonical releases
// only, so a release reposted on several sites counts once), broken down by month, program, minister,
// region and recipient. Every breakdown says how many releases it rests on.
import type { GrantFilters, GrantRow, Stats, Store } from "../store/index.js";
import { regionOf } from "./regions.js";

/** One bar of a chart: a total of grants and the releases they come from. */
export interface Bucket {
  /** What the bar stands for, as printed ("Fonds régions et ruralité", "mars 2025"). */
  label: string;
  /** Sort key for months ("2025-03"); the label otherwise. */
  key: string;
  total: number;
  grants: number;
  releases: number;
}

/** A breakdown: its bars, and the releases and grants behind all of them. */
export interface Breakdown {
  buckets: Bucket[];
  total: number;
  grants: number;
  releases: number;
}

export interface RecipientGrant {
  amount: number;
  program: string | null;
  date: string | null;
  title: string | null;
  source: string;
}

export interface RecipientLine {
  recipient: string;
  total: number;
  releases: number;
  /** Largest first. */
  grants: RecipientGrant[];
}

export interface ReportData {
  filters: GrantFilters;
  /** From `store.stats(filters)`: the figures `communique stats` prints. */
  stats: Pick<Stats, "releases" | "duplicates" | "grants" | "total">;
  /** Dates of the releases counted (YYYY-MM-DD or YYYY-MM), or null when none is dated. */
  period: { from: string | null; to: string | null };
  byMonth: Breakdown;
  /** Grants of releases with no date (not in byMonth). */
  undated: Breakdown;
  byProgram: Breakdown;
  byMinister: Breakdown;
  byRegion: Breakdown;
  topRecipients: { lines: RecipientLine[]; releases: number; total: number; grants: number };
}

export const TOP_RECIPIENTS = 20;

export const NO_PROGRAM = "Programme non précisé";
export const NO_MINISTER = "Aucun ministre nommé";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2025-03" -> "mars 2025". */
export function monthLabel(key: string): string {
  const [year, month] = key.split("-");
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** Every month from the first to the last, so a month with nothing announced shows as an empty bar. */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split("-").map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

class Tallies {
  private readonly buckets = new Map<string, { label: string; total: number; grants: number; releases: Set<string> }>();
  private readonly releases = new Set<string>();
  private total = 0;
  private grants = 0;

  add(key: string, label: string, row: GrantRow): void {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { label, total: 0, grants: 0, releases: new Set() }));
    bucket.total += row.amount;
    bucket.grants++;
    bucket.releases.add(row.release_id);
    this.releases.add(row.release_id);
    this.total += row.amount;
    this.grants++;
  }

  keys(): string[] {
    return [...this.buckets.keys()];
  }

  /** Largest total first (ties by label), or in key order for months. */
  breakdown(order: "total" | "key"): Breakdown {
    const buckets = [...this.buckets.entries()].map(([key, b]) => ({
      key,
      label: b.label,
      total: b.total,
      grants: b.grants,
      releases: b.releases.size,
    }));
    buckets.sort(order === "key" ? (a, b) => a.key.localeCompare(b.key) : (a, b) => b.total - a.total || a.label.localeCompare(b.label, "fr"));
    return { buckets, total: this.total, grants: this.grants, releases: this.releases.size };
  }
}

/** Titles of every minister of the releases, in order (the region may come from any of them). */
function ministerTitles(store: Store): Map<string, string[]> {
  const rows = store.db
    .prepare("SELECT release_id, title FROM ministers WHERE title IS NOT NULL ORDER BY release_seq, idx")
    .all() as { release_id: string; title: string }[];
  const titles = new Map<string, string[]>();
  for (const row of rows) {
    const list = titles.get(row.release_id);
    if (list) list.push(row.title);
    else titles.set(row.release_id, [row.title]);
  }
  return titles;
}

/** Gathers the report's figures for the grants matching `filters` (as `communique query` and `stats` read them). */
export function gatherReport(store: Store, filters: GrantFilters = {}): ReportData {
  // Same grants as stats: canonical releases only, no limit.
  const grantFilters: GrantFilters = { ...filters, includeDuplicates: false, limit: undefined };
  const stats = store.stats(grantFilters);
  const titles = ministerTitles(store);

  const months = new Tallies();
  const undated = new Tallies();
  const programs = new Tallies();
  const ministers = new Tallies();
  const regions = new Tallies();
  const recipients = new Map<string, { total: number; releases: Set<string>; grants: RecipientGrant[] }>();
  const regionOfRelease = new Map<string, string>();

  for (const row of store.iterateGrants(grantFilters)) {
    if (row.date) {
      const month = row.date.slice(0, 7);
      months.add(month, monthLabel(month), row);
    } else {
      undated.add("", "sans date", row);
    }
    programs.add(row.program ?? "", row.program ?? NO_PROGRAM, row);
    ministers.add(row.minister ?? "", row.minister ?? NO_MINISTER, row);

    let region = regionOfRelease.get(row.release_id);
    if (region === undefined) {
      region = regionOf({
        city: row.dateline_city,
        province: row.dateline_province,
        ministerTitles: titles.get(row.release_id) ?? [],
      }).region;
      regionOfRelease.set(row.release_id, region);
    }
    regions.add(region, region, row);

    let recipient = recipients.get(row.recipient);
    if (!recipient) recipients.set(row.recipient, (recipient = { total: 0, releases: new Set(), grants: [] }));
    recipient.total += row.amount;
    recipient.releases.add(row.release_id);
    recipient.grants.push({ amount: row.amount, program: row.program, date: row.date, title: row.title, source: row.source });
  }

  const byMonth = months.breakdown("key");
  const monthKeys = months.keys().sort();
  if (monthKeys.length > 0) {
    const present = new Set(monthKeys);
    for (const key of monthRange(monthKeys[0]!, monthKeys[monthKeys.length - 1]!)) {
      if (!present.has(key)) byMonth.buckets.push({ key, label: monthLabel(key), total: 0, grants: 0, releases: 0 });
    }
    byMonth.buckets.sort((a, b) => a.key.localeCompare(b.key));
  }

  const ranked = [...recipients.entries()]
    .map(([name, r]) => ({
      recipient: name,
      total: r.total,
      releases: r.releases.size,
      grants: [...r.grants].sort((a, b) => b.amount - a.amount || (b.date ?? "").localeCompare(a.date ?? "")),
      releaseIds: r.releases,
    }))
    .sort((a, b) => b.total - a.total || a.recipient.localeCompare(b.recipient, "fr"))
    .slice(0, TOP_RECIPIENTS);
  const topReleases = new Set(ranked.flatMap((r) => [...r.releaseIds]));

  return {
    filters,
    stats: { releases: stats.releases, duplicates: stats.duplicates, grants: stats.grants, total: stats.total },
    period: releasePeriod(store, filters),
    byMonth,
    undated: undated.breakdown("total"),
    byProgram: programs.breakdown("total"),
    byMinister: ministers.breakdown("total"),
    byRegion: regions.breakdown("total"),
    topRecipients: {
      lines: ranked.map(({ releaseIds: _ids, ...line }) => line),
      releases: topReleases.size,
      total: ranked.reduce((sum, r) => sum + r.total, 0),
      grants: ranked.reduce((sum, r) => sum + r.grants.length, 0),
    },
  };
}

/** First and last date of the releases `stats` counts (its release filters: dates, minister, search). */
function releasePeriod(store: Store, filters: GrantFilters): { from: string | null; to: string | null } {
  const releases = store.queryReleases({
    since: filters.since,
    until: filters.until,
    minister: filters.minister,
    search: filters.search,
  });
  const dates = releases.map((r) => r.date).filter((d): d is string => d !== null).sort();
  return { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
}
