// Dependencies most inputs never need, loaded on first use (synchronously: both are CommonJS),
// so that a one-file extract of a clean UTF-8 release starts fast.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

let iconvModule: typeof import("iconv-lite") | undefined;
let entitiesModule: typeof import("entities") | undefined;

/** iconv-lite: Windows-1252, Latin-1, UTF-16 decoding (Node's own TextDecoder gets 0x80-0x9F wrong). */
export function iconv(): typeof import("iconv-lite") {
  return (iconvModule ??= load("iconv-lite") as typeof import("iconv-lite"));
}

/** entities: the full HTML named-entity table, for "&eacute;" left in text. */
export function htmlEntities(): typeof import("entities") {
  return (entitiesModule ??= load("entities") as typeof import("entities"));
}
