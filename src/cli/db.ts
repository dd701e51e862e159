// Which database file a command uses, and opening it (better-sqlite3 is loaded only when needed).
import type { Release } from "../record.js";

export function databasePath(option?: string): string {
  return option ?? process.env.COMMUNIQUE_DB ?? "communique.db";
}

export interface StoreHandle {
  path: string;
  upsert(records: Release[]): { inserted: number; updated: number; unchanged: number };
  close(): void;
}

export async function openDefaultStore(option?: string, opts: { readonly?: boolean } = {}) {
  const { openStore } = await import("../store/index.js");
  const path = databasePath(option);
  const store = openStore(path, opts);
  return Object.assign(store, { path });
}
