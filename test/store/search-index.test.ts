// The full-text index may lag behind a long extract (Store.batch({ searchIndexEvery })): releases
// wait, are indexed thousands at a time, and any later open or search brings the index up to date.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { openDefaultStore } from "../../src/cli/db.js";
import { makeRelease, tempDir } from "./factory.js";

const words = ["acériculture", "bleuetière", "tourbière", "pisciculture", "canneberge"];
const releases = words.map((word, i) => makeRelease({ title: `Annonce ${i}`, extra: `Un projet de ${word} est soutenu. `.repeat(3) }));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function newStorePath(): string {
  const dir = tempDir();
  cleanup = dir.cleanup;
  return join(dir.dir, "index.db");
}

const found = (store: ReturnType<typeof openStore>, word: string) => store.queryReleases({ search: word }).length;

describe("a full-text index that lags", () => {
  it("indexes nothing until searchIndexEvery releases wait, then all of them; the last commit indexes the rest", () => {
    const store = openStore(newStorePath());
    const batch = store.batch({ searchIndexEvery: 3 });
    batch.add(releases[0]!);
    batch.add(releases[1]!);
    batch.commit();
    expect(store.searchIndexLag()).toBe(2);
    expect(found(store, "acericulture")).toBe(0);
    batch.add(releases[2]!);
    batch.commit();
    expect(store.searchIndexLag()).toBe(0);
    expect(words.slice(0, 3).map((w) => found(store, w))).toEqual([1, 1, 1]);
    batch.add(releases[3]!);
    batch.commit({ updateSearchIndex: true });
    expect(store.searchIndexLag()).toBe(0);
    expect(found(store, "pisciculture")).toBe(1);
    store.close();
  });

  it("upsert indexes at once, as before", () => {
    const store = openStore(newStorePath());
    store.upsert([releases[0]!]);
    expect(store.searchIndexLag()).toBe(0);
    expect(found(store, "acériculture")).toBe(1);
    store.close();
  });

  it("a run stopped before its last commit is indexed by the next open, and by a read-only search", async () => {
    const path = newStorePath();
    const store = openStore(path);
    const batch = store.batch({ searchIndexEvery: 100 });
    for (const r of releases.slice(0, 2)) batch.add(r);
    batch.commit();
    store.close(); // as if killed: two releases stored, none indexed
    const reader = openStore(path, { readonly: true });
    expect(reader.searchIndexLag()).toBe(2);
    reader.close();
    const searched = await openDefaultStore(path, { readonly: true });
    expect(found(searched, "bleuetiere")).toBe(1);
    searched.close();
    expect(openStore(path, { readonly: true }).searchIndexLag()).toBe(0);
  });

  it("an update of an indexed release replaces its words; of a waiting one, leaves it to the catch-up", () => {
    const store = openStore(newStorePath());
    store.upsert([releases[0]!]);
    const edited = { ...releases[0]!, text: releases[0]!.text!.replace(/acériculture/gu, "apiculture") };
    store.db.prepare("UPDATE releases SET body = ? WHERE id = ?").run(edited.text, edited.id);
    expect(found(store, "acériculture")).toBe(0);
    expect(found(store, "apiculture")).toBe(1);

    const batch = store.batch({ searchIndexEvery: 100 });
    batch.add(releases[1]!);
    batch.commit();
    store.db.prepare("UPDATE releases SET body = replace(body, 'bleuetière', 'cerisaie') WHERE id = ?").run(releases[1]!.id);
    store.updateSearchIndex();
    expect(found(store, "bleuetière")).toBe(0);
    expect(found(store, "cerisaie")).toBe(1);
    expect(store.integrityCheck()).toBe("ok");
    // FTS5 compares its index with the releases' text, and throws when they disagree.
    expect(() => store.db.prepare("INSERT INTO releases_fts(releases_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    store.close();
  });

  it("a release deleted while indexed leaves the index; one deleted while waiting never enters it", () => {
    const store = openStore(newStorePath());
    store.upsert([releases[0]!]);
    const batch = store.batch({ searchIndexEvery: 100 });
    batch.add(releases[1]!);
    batch.commit();
    store.db.exec("PRAGMA foreign_keys = OFF");
    store.db.prepare("DELETE FROM releases WHERE id IN (?, ?)").run(releases[0]!.id, releases[1]!.id);
    store.updateSearchIndex();
    expect(found(store, "acériculture")).toBe(0);
    expect(found(store, "bleuetière")).toBe(0);
    expect(() => store.db.prepare("INSERT INTO releases_fts(releases_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    store.close();
  });
});
