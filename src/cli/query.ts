// `query`: grants (or releases) matching filters, in any output format.
import type { GrantFilters, GrantRow, ReleaseRow } from "../store/index.js";
import { createWriter, type Column, type Format } from "./output.js";
import { formatDollars } from "../report/money.js";
import { openDefaultStore } from "./db.js";
import { EXIT_OK } from "./errors.js";

export interface FilterOptions {
  db?: string;
  minister?: string;
  recipient?: string;
  program?: string;
  since?: string;
  until?: string;
  minAmount?: number;
  search?: string;
  limit?: number;
}

export function filtersFrom(o: FilterOptions): GrantFilters {
  return {
    minister: o.minister,
    recipient: o.recipient,
    program: o.program,
    since: o.since,
    until: o.until,
    minAmount: o.minAmount,
    search: o.search,
    limit: o.limit,
  };
}

const GRANT_COLUMNS: Column<GrantRow>[] = [
  { header: "date", value: (g) => g.date },
  { header: "recipient", value: (g) => g.recipient },
  { header: "amount", value: (g) => formatDollars(g.amount), numeric: true },
  { header: "program", value: (g) => g.program },
  { header: "minister", value: (g) => g.minister },
  { header: "source", value: (g) => g.source },
];

const GRANT_CSV_COLUMNS: Column<GrantRow>[] = [
  { header: "date", value: (g) => g.date },
  { header: "recipient", value: (g) => g.recipient },
  { header: "amount", value: (g) => g.amount },
  { header: "program", value: (g) => g.program },
  { header: "minister", value: (g) => g.minister },
  { header: "title", value: (g) => g.title },
  { header: "source", value: (g) => g.source },
  { header: "release_id", value: (g) => g.release_id },
];

const RELEASE_COLUMNS: Column<ReleaseRow>[] = [
  { header: "date", value: (r) => r.date },
  { header: "title", value: (r) => r.title },
  { header: "ministers", value: (r) => r.ministers.join("; ") },
  { header: "grants", value: (r) => r.grants, numeric: true },
  { header: "total", value: (r) => formatDollars(r.grants_total), numeric: true },
  { header: "source", value: (r) => r.source },
];

export async function runQuery(o: FilterOptions & { format: Format; releases?: boolean }): Promise<number> {
  const store = await openDefaultStore(o.db, { readonly: true });
  try {
    const filters = filtersFrom(o);
    if (o.releases) {
      const columns = o.format === "csv" ? [...RELEASE_COLUMNS, { header: "id", value: (r: ReleaseRow) => r.id }] : RELEASE_COLUMNS;
      const writer = createWriter(o.format, process.stdout, columns);
      for (const row of store.queryReleases(filters)) writer.write(row);
      writer.end();
    } else {
      const writer = createWriter(o.format, process.stdout, o.format === "csv" ? GRANT_CSV_COLUMNS : GRANT_COLUMNS);
      for (const row of store.iterateGrants(filters)) writer.write(row);
      writer.end();
    }
  } finally {
    store.close();
  }
  return EXIT_OK;
}
