// Following a feed: which items are new, fetch their pages (a bounded number at once), extract,
// store. Items already stored are skipped before any page is fetched, so a cron job that runs every
// few minutes costs one (conditional) request per unchanged feed.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { decodeBytes } from "./input/decode.js";
import { charsetOf } from "./input/charset.js";
import { fetchUrl, FetchError } from "./input/fetch.js";
import { parseFeed, type FeedItem } from "./input/feed.js";
import { htmlToText } from "./input/html.js";
import { extractDocument, extractText } from "./pipeline.js";
import type { Release } from "./record.js";
import type { Store } from "./store/index.js";
import { describeFsError } from "./input/sources.js";

export interface IngestOptions {
  concurrency: number;
  timeoutMs: number;
  /** Called for every record stored (e.g. to print it). */
  onRecord?: (record: Release) => void;
  /** Called for every item that failed, with a one-line cause. */
  onItemError?: (item: string, cause: string) => void;
  /** Called for items stored from the feed's own content because the page failed. */
  onWarning?: (message: string) => void;
}

export interface FeedSummary {
  feed: string;
  items: number;
  added: number;
  seen: number;
  failed: number;
  /** The server said the feed has not changed (HTTP 304). */
  notModified: boolean;
}

/** A feed that could not be read at all: the run goes on with the next feed. */
export class IngestError extends Error {
  override name = "IngestError";
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function ingestFeed(store: Store, feed: string, opts: IngestOptions): Promise<FeedSummary> {
  const key = isUrl(feed) ? feed : resolve(feed);
  const summary: FeedSummary = { feed, items: 0, added: 0, seen: 0, failed: 0, notModified: false };

  let xml: string;
  let newState: { etag: string | null; lastModified: string | null } | null = null;
  if (isUrl(feed)) {
    const previous = store.getFeedState(key);
    const res = await fetchUrl(feed, {
      timeoutMs: opts.timeoutMs,
      etag: previous?.etag ?? undefined,
      lastModified: previous?.lastModified ?? undefined,
    }).catch((err: unknown) => {
      throw new IngestError(err instanceof FetchError ? err.reason : String(err));
    });
    if (res.notModified) {
      summary.notModified = true;
      return summary;
    }
    xml = decodeBytes(res.bytes, { charset: charsetOf(res.contentType, res.bytes) }).text;
    newState = { etag: res.etag, lastModified: res.lastModified };
  } else {
    const bytes = await readFile(feed).catch((err: unknown) => {
      throw new IngestError(describeFsError(err));
    });
    xml = decodeBytes(bytes, { charset: charsetOf(null, bytes) }).text;
  }

  const parsed = parseFeed(xml, { source: feed, baseUrl: isUrl(feed) ? feed : undefined });
  summary.items = parsed.items.length;
  const fresh = parsed.items.filter((item) => {
    if (store.seenItem(key, item.guid)) {
      summary.seen++;
      return false;
    }
    // The same page in another feed (RSS and Atom of one site) or already extracted: no fetch.
    const stored = item.link === null ? undefined : store.releaseFromSource(item.link);
    if (stored !== undefined) {
      store.markItem({ feed: key, guid: item.guid, link: item.link, releaseId: stored });
      summary.seen++;
      return false;
    }
    return true;
  });

  // Extract with a bounded number of fetches at once; store in feed order, one transaction.
  const results = await mapLimit(fresh, opts.concurrency, (item) => extractItem(item, opts));
  const records: Release[] = [];
  fresh.forEach((item, i) => {
    const r = results[i]!;
    if ("error" in r) {
      summary.failed++;
      opts.onItemError?.(item.link ?? item.guid, r.error);
    } else records.push(r.record);
  });
  if (records.length > 0) {
    const stored = store.upsert(records);
    summary.added = stored.inserted;
    // Already stored under another guid or feed (same content id): not new.
    summary.seen += stored.updated + stored.unchanged;
  }
  fresh.forEach((item, i) => {
    const r = results[i]!;
    if (!("error" in r)) {
      store.markItem({ feed: key, guid: item.guid, link: item.link, releaseId: r.record.id });
      opts.onRecord?.(r.record);
    }
  });
  if (newState) store.setFeedState({ url: key, ...newState });
  return summary;
}

async function extractItem(item: FeedItem, opts: IngestOptions): Promise<{ record: Release } | { error: string }> {
  const source = item.link ?? item.guid;
  let pageError: string | null = null;
  if (item.link && isUrl(item.link)) {
    try {
      const page = await fetchUrl(item.link, { timeoutMs: opts.timeoutMs });
      return { record: await extractDocument({ source: item.link, bytes: page.bytes, contentType: page.contentType }) };
    } catch (err) {
      pageError = err instanceof FetchError ? err.reason : oneLineOf(err);
    }
  }
  if (item.content) {
    try {
      const page = htmlToText(item.content);
      const text = item.title && !page.text.startsWith(item.title) ? `${item.title}\n\n${page.text}` : page.text;
      const record = extractText({ source, text, title: item.title, published: item.published ?? page.published });
      if (pageError) {
        opts.onWarning?.(`${source}: page not fetched (${pageError}); stored the feed's own content`);
        record.warnings.push(`page not fetched (${pageError}); extracted from the feed item's content`);
      }
      return { record };
    } catch (err) {
      return { error: oneLineOf(err) };
    }
  }
  return { error: pageError ?? "the item has neither a link nor content" };
}

function oneLineOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
}

/** Runs `fn` over `items` with at most `limit` at once; results in input order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(runners);
  return results;
}
