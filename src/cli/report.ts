// `report`: write a self-contained HTML report (charts inline as SVG) of the grants matching the filters.
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { databasePath } from "./db.js";
import { filtersFrom, type FilterOptions } from "./query.js";
import { VERSION } from "../version.js";

export interface ReportCliOptions extends FilterOptions {
  out?: string;
  quiet?: boolean;
}


export async function runReport(o: ReportCliOptions): Promise<number> {
  const path = databasePath(o.db);
  if (!existsSync(path)) throw new Error(`no such database: ${path} (use --db PATH)`);
  const out = o.out ?? "report.html";
  const outDir = dirname(resolve(out));
  if (!existsSync(outDir)) throw new Error(`${out}: directory ${outDir} does not exist`);

  const [{ openStore }, { buildReport, summaryLine }] = await Promise.all([
    import("../store/index.js"),
    import("../report/index.js"),
  ]);
  const store = openStore(path, { readonly: true });
  let report;
  try {
    report = await buildReport(
      store,
      // The filters of `query` and `stats`, read the same way.
      filtersFrom(o),
      { database: path, generatedAt: new Date().toISOString(), version: VERSION, outDir, cwd: process.cwd() },
    );
  } finally {
    store.close();
  }
  // Written beside the target then renamed: a reader never sees half a report.
  const partial = `${resolve(out)}.${process.pid}.partial`;
  try {
    writeFileSync(partial, report.html, "utf8");
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new Error(`${out}: cannot write the report (${(error as Error).message})`, { cause: error });
  }
  if (!o.quiet) process.stderr.write(summaryLine(out, report.data) + "\n");
  return 0;
}
