// The store's public API, for the CLI: one function or method per command.
export { openStore, Store, StoreError, DEFAULT_BUSY_TIMEOUT_MS } from "./store.js";
export type { OpenOptions, UpsertResult, FeedState, FeedItem } from "./store.js";
export { FilterError } from "./query.js";
export type { GrantFilters, GrantRow, ReleaseRow, Stats, Tally } from "./query.js";
export { exportGrants, EXPORT_FORMATS, csvField, csvRecord } from "./export.js";
export type { ExportFormat } from "./export.js";
export { SCHEMA_VERSION } from "./schema.js";
export { fold } from "./fold.js";
export { prepareBody, type PreparedBody } from "./fingerprint.js";
