// `stats`: totals and counts by program, minister, recipient and year (money counted once
// when the same release was stored from several sites).
import type { Stats, Tally } from "../store/index.js";
import { createWriter, type Column, type Format } from "./output.js";
import { formatDollars } from "../report/money.js";
import { openDefaultStore } from "./db.js";
import { filtersFrom, type FilterOptions } from "./query.js";
import { EXIT_OK } from "./errors.js";

type Dimension = "program" | "minister" | "recipient" | "year";

interface StatRow extends Tally {
  dimension: Dimension;
}

const BREAKDOWNS: Record<Dimension, (s: Stats) => Tally[]> = {
  program: (s) => s.byProgram,
  minister: (s) => s.byMinister,
  recipient: (s) => s.byRecipient,
  year: (s) => s.byYear,
};

export async function runStats(o: FilterOptions & { format: Format; by?: Dimension }): Promise<number> {
  const store = await openDefaultStore(o.db, { readonly: true });
  let stats: Stats;
  try {
    stats = store.stats(filtersFrom(o));
  } finally {
    store.close();
  }
  const dimensions = o.by ? [o.by] : (Object.keys(BREAKDOWNS) as Dimension[]);
  const rows: StatRow[] = dimensions.flatMap((d) => BREAKDOWNS[d](stats).map((t) => ({ dimension: d, ...t })));

  if (o.format === "json" || o.format === "ndjson") {
    const summary = { releases: stats.releases, duplicates: stats.duplicates, grants: stats.grants, total: stats.total };
    if (o.format === "json") {
      const out: Record<string, unknown> = { ...summary };
      for (const d of dimensions) out[`by_${d}`] = BREAKDOWNS[d](stats);
      process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    } else {
      process.stdout.write(JSON.stringify({ dimension: "all", ...summary }) + "\n");
      for (const row of rows) process.stdout.write(JSON.stringify(row) + "\n");
    }
    return EXIT_OK;
  }

  const numeric = o.format === "csv";
  const columns: Column<StatRow>[] = [
    { header: "by", value: (r) => r.dimension },
    { header: "key", value: (r) => r.key ?? "(none)" },
    { header: "grants", value: (r) => r.grants, numeric: true },
    { header: "total", value: (r) => (numeric ? r.total : formatDollars(r.total)), numeric: true },
  ];
  const writer = createWriter(o.format, process.stdout, columns);
  writer.write({ dimension: "all" as Dimension, key: `${stats.releases} releases (${stats.duplicates} reposts)`, grants: stats.grants, total: stats.total });
  for (const row of rows) writer.write(row);
  writer.end();
  return EXIT_OK;
}
