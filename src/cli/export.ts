// `export`: the stored grants in the shapes analysts join against (360Giving JSON,
// Government of Canada grants-and-contributions CSV), or plain NDJSON/CSV. Streamed row by row.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { exportGrants, type ExportFormat } from "../store/index.js";
import { openDefaultStore } from "./db.js";
import { filtersFrom, type FilterOptions } from "./query.js";
import { EXIT_OK } from "./errors.js";

export async function runExport(o: FilterOptions & { as: ExportFormat; out?: string }): Promise<number> {
  const store = await openDefaultStore(o.db, { readonly: true });
  const out = o.out ? createWriteStream(o.out) : process.stdout;
  try {
    for (const chunk of exportGrants(store, o.as, filtersFrom(o))) {
      if (!out.write(chunk)) await once(out, "drain");
    }
  } finally {
    store.close();
    if (o.out) {
      out.end();
      await once(out, "finish");
    }
  }
  return EXIT_OK;
}
