// `ingest FEED...`: one summary line per feed on stderr; a feed that fails does not stop the others.
import { ingestFeed, type FeedSummary } from "../ingest.js";
import { openDefaultStore } from "./db.js";
import { oneLine, EXIT_OK, EXIT_SOME_FAILED } from "./errors.js";
import { OutputSink } from "./output.js";

export interface IngestCliOptions {
  db?: string;
  concurrency: number;
  timeoutMs: number;
  quiet?: boolean;
  print?: boolean;
}

export async function runIngest(feeds: string[], o: IngestCliOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(line + "\n");
  const store = await openDefaultStore(o.db);
  // --print into a reader that goes away (| head) stops the printing, not the storing.
  const out = o.print ? new OutputSink(process.stdout) : null;
  let failed = false;
  try {
    for (const feed of feeds) {
      let summary: FeedSummary;
      try {
        summary = await ingestFeed(store, feed, {
          concurrency: o.concurrency,
          timeoutMs: o.timeoutMs,
          onRecord: out ? ({ text: _text, ...r }) => out.write(JSON.stringify(r) + "\n") : undefined,
          onItemError: (item, cause) => say(`ingest: ${item}: ${cause}`),
          onWarning: (message) => say(`ingest: warning: ${message}`),
        });
      } catch (err) {
        failed = true;
        say(`ingest: ${feed}: ${oneLine(err)}`);
        continue;
      }
      if (summary.failed > 0) failed = true;
      if (!o.quiet) {
        say(summary.notModified
          ? `ingest: ${feed}: 0 new (unchanged since the last run: HTTP 304)`
          : `ingest: ${feed}: ${summary.added} new, ${summary.seen} already seen, ${summary.failed} failed`);
      }
    }
  } finally {
    out?.flush();
    store.close();
  }
  if (out?.error) say(`ingest: standard output: ${oneLine(out.error)}`);
  return failed || out?.error ? EXIT_SOME_FAILED : EXIT_OK;
}
