// Which database file a command uses, and opening it (better-sqlite3 is loaded only when needed).
import type { Release } from "../record.js";
import type { PreparedBody } from "../store/fingerprint.js";
import type { BatchOptions, StoreBatch } from "../store/store.js";
import { UsageError } from "./errors.js";

export function databasePath(option?: string): string {
  return option ?? process.env.COMMUNIQUE_DB ?? "communique.db";
}

/**
 * How long a write waits for another process's transaction: $COMMUNIQUE_BUSY_TIMEOUT_MS, else the
 * store's default (10 s). A cron job that must not queue can set it low; tests use 1 s.
 */
export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.COMMUNIQUE_BUSY_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === "") return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new UsageError(`COMMUNIQUE_BUSY_TIMEOUT_MS=${raw}: expected a whole number of milliseconds, 0 or more`);
  }
  return ms;
}

export interface StoreHandle {
  path: string;
  upsert(records: Release[], prepared?: ReadonlyMap<string, PreparedBody>): { inserted: number; updated: number; unchanged: number };
  batch(options?: BatchOptions): StoreBatch;
  close(): void;
}

export async function openDefaultStore(option?: string, opts: { readonly?: boolean } = {}) {
  const busy = busyTimeoutMs();
  const { openStore } = await import("../store/index.js");
  const path = databasePath(option);
  const store = openStore(path, { ...opts, busyTimeoutMs: busy });
  // A read-only command searches too: a full-text index left behind by a stopped extract is brought
  // up to date by a short write-open when the file allows one (else searched as it is). In WAL mode
  // the read-only connection sees it at its next read.
  if (opts.readonly && store.searchIndexLag() > 0) {
    try {
      openStore(path, { busyTimeoutMs: busy }).close();
    } catch {
      // read-only file or busy writer: search what is indexed
    }
  }
  return Object.assign(store, { path });
}
