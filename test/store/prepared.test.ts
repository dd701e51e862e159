// Fingerprints computed ahead (in the extraction workers) give the store the same result as its own.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { openStore, prepareBody, type PreparedBody } from "../../src/store/index.js";
import { LONG_PROSE, makeRelease, tempDir } from "./factory.js";

const { dir, cleanup } = tempDir();
process.on("exit", cleanup);

describe("upsert with prepared bodies", () => {
  it("finds the same reposts as without them", () => {
    const original = makeRelease({ extra: LONG_PROSE, source: "site-a.html" });
    const repost = makeRelease({ text: `Accueil  Nouvelles  Infolettre\n${original.text}\nPartager`, grants: [], minister: null, source: "site-b.html" });
    const other = makeRelease({ city: "Sherbrooke", extra: "Une annonce sans rapport porte sur les bibliothèques publiques de la région et leurs collections." });
    const canonicalOf = (prepared: boolean) => {
      const store = openStore(join(dir, `p-${prepared}.db`));
      const ahead = (records: typeof original[]) =>
        prepared ? new Map<string, PreparedBody>(records.map((r) => [r.id, prepareBody(r.text!)])) : undefined;
      store.upsert([original], ahead([original]));
      const result = store.upsert([repost, other], ahead([repost, other]));
      const canonical = store.db.prepare("SELECT id, canonical_id FROM releases ORDER BY seq").all();
      store.close();
      return { result, canonical };
    };
    const own = canonicalOf(false);
    expect(canonicalOf(true)).toEqual(own);
    expect(own.canonical).toContainEqual({ id: repost.id, canonical_id: original.id });
  });
});
