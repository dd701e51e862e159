// `extract [inputs...]`: read, extract, print, store. One failure never stops the others.
import { walkInputs, type Input } from "../input/sources.js";
import { readInput, DEFAULT_MAX_BYTES, type ReadOptions } from "../input/read.js";
import { extractInParallel, InputWalk, workerCount } from "./pool.js";
import { extractDocument } from "../pipeline.js";
import type { Release } from "../record.js";
import type { PreparedBody } from "../store/fingerprint.js";
import { createWriter, OutputSink, type Column, type Format } from "./output.js";
import { formatDollars } from "../report/money.js";
import { UsageError, oneLine, EXIT_OK, EXIT_SOME_FAILED } from "./errors.js";
import { Progress } from "./progress.js";
import { collectGarbage } from "./gc.js";
import { openDefaultStore, type StoreHandle } from "./db.js";

export interface ExtractCliOptions {
  format: Format;
  db?: string | boolean;
  quiet?: boolean;
  withText?: boolean;
  maxSize?: number;
  timeout?: number;
  batchSize?: number;
  /** Worker threads; default: one per core when there are many inputs, none for a few. */
  jobs?: number;
}

/**
 * How many records go to the database in one transaction. Each commit rewrites the pages its
 * random index inserts touched (the 16 near-duplicate band rows of each release): 1,000 instead of
 * 500 stored 30,000 corpus releases with ~10% less CPU (store benchmark, alternated runs); a
 * killed run loses at most this many records, which the next run extracts again.
 */
const BATCH_SIZE = 1000;
/**
 * A long parallel run collects the main thread's garbage every this many records. The main thread
 * cannot be given a heap cap the way workers are, and V8 let its old generation grow to ~100 MB
 * (~40 alive) before its first full collection; one every 1,000 records (~20 ms each, ~1 s apart)
 * kept the peak RSS of 100k releases into SQLite at 228-231 MB in three runs, against 237-270
 * without, for no measurable time.
 */
const COLLECT_EVERY = 1000;
/** How many stored releases may wait for the full-text index during a run (see BatchOptions). */
const SEARCH_INDEX_EVERY = 5000;

export const RELEASE_COLUMNS: Column<Release>[] = [
  { header: "source", value: (r) => r.source },
  { header: "date", value: (r) => r.date },
  { header: "city", value: (r) => r.dateline?.city },
  { header: "amounts", value: (r) => r.amounts.length, numeric: true },
  { header: "largest", value: (r) => (r.amounts.length ? formatDollars(Math.max(...r.amounts.map((a) => a.value))) : ""), numeric: true },
  { header: "ministers", value: (r) => r.ministers.map((m) => m.name).join("; ") },
  { header: "recipients", value: (r) => r.recipients.map((m) => m.name).join("; ") },
  { header: "programs", value: (r) => r.programs.map((m) => m.name).join("; ") },
  { header: "grants", value: (r) => r.grants.length, numeric: true },
  { header: "id", value: (r) => r.id.slice(0, 12) },
];

export async function runExtract(names: string[], opts: ExtractCliOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(line + "\n");
  if (names.length === 0) {
    if (process.stdin.isTTY) throw new UsageError("no input: name files, directories, globs or URLs, or pipe a release into standard input (see --help)");
    names = ["-"];
  }
  // Directories are listed as the walk reaches them: the first release is read at once, and
  // a tree of any size takes no memory to list. Names that give nothing are reported in their place.
  const walk = new InputWalk(await walkInputs(names));
  let failed = 0;

  const store: StoreHandle | null = opts.db === false ? null : await openDefaultStore(typeof opts.db === "string" ? opts.db : undefined);
  // Records carry the text they were read from (the store keeps it); print it only when asked.
  const out = new OutputSink(process.stdout);
  const writer = createWriter(opts.format, out, RELEASE_COLUMNS, opts.withText ? undefined : withoutText);
  const progress = new Progress(() => ({ count: walk.count, final: walk.done }), !opts.quiet);
  const batchSize = opts.batchSize ?? BATCH_SIZE;
  // Each record is written as it arrives, inside a transaction committed every `batchSize` records:
  // the main thread holds no batch of records (their bodies would outlive young-generation GC).
  // The full-text index is built 5,000 releases at a time, and for the rest at the end.
  const batch = store?.batch({ searchIndexEvery: SEARCH_INDEX_EVERY });
  let extracted = 0;
  const totals = { inserted: 0, updated: 0, unchanged: 0 };

  // Ctrl-C: finish the current input, store the batch, stop.
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    say("extract: interrupted: storing what was extracted, then stopping (Ctrl-C again to quit at once)");
  };
  process.on("SIGINT", onSigint);
  // The reader went away (`extract … | head`): without a store there is nothing left to do.
  const stopPrinting = () => out.closed && !store;

  const flush = (last = false) => {
    if (!batch || (batch.size === 0 && !last)) return;
    const r = batch.commit({ updateSearchIndex: last });
    totals.inserted += r.inserted;
    totals.updated += r.updated;
    totals.unchanged += r.unchanged;
  };

  const accept = (name: string, outcome: { ok: true; record: Release; prepared?: PreparedBody } | { ok: false; error: string }) => {
    progress.tick(name);
    if (!outcome.ok) {
      progress.clear();
      say(`extract: ${name}: ${outcome.error}`);
      failed++;
      return;
    }
    extracted++;
    writer.write(outcome.record);
    if (batch) {
      // extractText validated the record against the schema (in a worker or here).
      batch.add(outcome.record, outcome.prepared, { validated: true });
      if (batch.size >= batchSize) flush();
    }
  };

  try {
    const workers = names.includes("-") ? 0 : workerCount(walk, opts.jobs);
    if (workers > 0) {
      const options = { read: readOptions(opts), extract: { withoutText: !store && !opts.withText }, prepare: store !== null };
      let sinceCollected = 0;
      const onResult = (name: string, r: unknown) => {
        accept(name, r as never);
        if (++sinceCollected >= COLLECT_EVERY) {
          sinceCollected = 0;
          collectGarbage();
        }
      };
      await extractInParallel(walk, workers, options, onResult, {
        shouldStop: () => interrupted || stopPrinting(),
        output: out,
      });
    } else {
      for (let step = walk.next(); step !== undefined && !interrupted && !stopPrinting(); step = walk.next()) {
        if (out.backedUp) await new Promise<void>((resume) => out.whenDrained(resume));
        if (step.kind === "error") {
          accept(step.name, { ok: false, error: step.cause });
          continue;
        }
        const input = step.input;
        const outcome = await extractOne(input, opts).then(
          (record) => ({ ok: true as const, record }),
          (err: unknown) => ({ ok: false as const, error: oneLine(err) }),
        );
        accept(input.name, outcome);
      }
    }
    flush(true);
  } catch (err) {
    // The pool or the store failed: keep what was extracted if the store can still take it
    // (a failed write has rolled its batch back already).
    if (!isStoreError(err)) {
      try {
        flush(true);
      } catch {
        // the first error is the one to report
      }
    }
    throw err;
  } finally {
    writer.end();
    out.flush();
    progress.done();
    batch?.rollback();
    store?.close();
    process.off("SIGINT", onSigint);
  }

  if (!opts.quiet) {
    // Stopped early (Ctrl-C): the rest of the walk is only counted, to say how much was left.
    const total = walk.finishCount();
    const where = store ? `; ${store.path}: ${totals.inserted} new, ${totals.updated} updated, ${totals.unchanged} unchanged` : "";
    say(`extract: ${extracted} of ${total} input${total === 1 ? "" : "s"} extracted, ${failed} failed${where}`);
  }
  if (out.error) say(`extract: standard output: ${oneLine(out.error)}`);
  if (interrupted) return 130;
  return failed > 0 || out.error ? EXIT_SOME_FAILED : EXIT_OK;
}

function isStoreError(err: unknown): boolean {
  return err instanceof Error && err.name === "StoreError";
}

function readOptions(opts: ExtractCliOptions): ReadOptions {
  return { maxBytes: opts.maxSize ?? DEFAULT_MAX_BYTES, timeoutMs: opts.timeout };
}

async function extractOne(input: Input, opts: ExtractCliOptions): Promise<Release> {
  const doc = await readInput(input, readOptions(opts));
  return extractDocument(doc, { withoutText: opts.db === false && !opts.withText });
}

function withoutText(record: Release): Omit<Release, "text"> {
  const { text: _text, ...rest } = record;
  return rest;
}
