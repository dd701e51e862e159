import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Release } from "../../src/record.js";
import { gatherReport, NO_PROGRAM, monthLabel } from "../../src/report/data.js";
import { openStore, type Store } from "../../src/store/index.js";
import { LONG_PROSE, makeRelease, tempDir } from "../store/factory.js";
import { buildReleaseDb } from "./releases.js";

/** The same release reposted on another site: a trailing share line, so offsets stay valid. */
function repostOf(original: Release, source: string): Release {
  const text = `${original.text}\nPartager sur les réseaux sociaux`;
  return { ...original, id: createHash("sha256").update(text).digest("hex"), source, text };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

let dir: { dir: string; cleanup: () => void };
let store: Store | undefined;

beforeEach(() => {
  dir = tempDir();
});

afterEach(() => {
  store?.close();
  store = undefined;
  dir.cleanup();
});

describe("gatherReport on a database built by the real pipeline", () => {
  test("totals equal store.stats(); every breakdown adds up to them", () => {
    const path = join(dir.dir, "releases.db");
    buildReleaseDb(path);
    store = openStore(path, { readonly: true });
    const stats = store.stats();
    const data = gatherReport(store);

    expect(stats.grants).toBeGreaterThan(3);
    expect(stats.duplicates).toBeGreaterThanOrEqual(1);
    expect(data.stats).toEqual({ releases: stats.releases, duplicates: stats.duplicates, grants: stats.grants, total: stats.total });
    for (const breakdown of [data.byProgram, data.byMinister, data.byRegion]) {
      expect(breakdown.grants).toBe(stats.grants);
      expect(breakdown.total).toBeCloseTo(stats.total, 2);
      expect(sum(breakdown.buckets.map((b) => b.total))).toBeCloseTo(stats.total, 2);
    }
    expect(data.byMonth.total + data.undated.total).toBeCloseTo(stats.total, 2);
    expect(data.byMonth.grants + data.undated.grants).toBe(stats.grants);
    // Same groups as `stats --by program`.
    expect(data.byProgram.buckets.map((b) => [b.key || null, b.total])).toEqual(stats.byProgram.map((t) => [t.key, t.total]));
  });

  test("the synthetic releases land in their regions; a release datelined in Québec goes to its minister's region", () => {
    const path = join(dir.dir, "releases.db");
    buildReleaseDb(path, false);
    store = openStore(path, { readonly: true });
    const regions = Object.fromEntries(gatherReport(store).byRegion.buckets.map((b) => [b.label, b.total]));
    expect(regions).toMatchObject({ Estrie: 1_500_000, Mauricie: 686_139, "Bas-Saint-Laurent": 370_000 });
    expect(regions["Capitale-Nationale"]).toBeUndefined();
  });
});

describe("gatherReport on factory records", () => {
  test("a repost on another site is counted once", () => {
    store = openStore(join(dir.dir, "d.db"));
    const original = makeRelease({ extra: LONG_PROSE, source: "site-a.html", grants: [{ recipient: "Musée du Fjord", amount: 300000, program: null }] });
    store.upsert([original]);
    store.upsert([repostOf(original, "https://www.example.org/nouvelle")]);
    const data = gatherReport(store);
    expect(data.stats).toMatchObject({ releases: 1, duplicates: 1, grants: 1, total: 300000 });
    expect(data.topRecipients.lines).toEqual([
      expect.objectContaining({ recipient: "Musée du Fjord", total: 300000, releases: 1, grants: [expect.objectContaining({ source: "site-a.html" })] }),
    ]);
    expect(data.byMonth.releases).toBe(1);
  });

  test("months from first to last, empty months included; undated grants apart", () => {
    store = openStore(join(dir.dir, "m.db"));
    store.upsert([
      makeRelease({ date: "2024-11-05", grants: [{ recipient: "Centre A", amount: 100000 }] }),
      makeRelease({ date: "2025-02-20", grants: [{ recipient: "Centre B", amount: 50000 }, { recipient: "Centre C", amount: 25000 }] }),
      makeRelease({ date: "2025-02", grants: [{ recipient: "Centre D", amount: 1000 }] }),
      makeRelease({ date: null, grants: [{ recipient: "Centre E", amount: 7000 }] }),
    ]);
    const data = gatherReport(store);
    expect(data.byMonth.buckets.map((b) => [b.key, b.total, b.releases])).toEqual([
      ["2024-11", 100000, 1],
      ["2024-12", 0, 0],
      ["2025-01", 0, 0],
      ["2025-02", 76000, 2],
    ]);
    expect(data.byMonth.buckets[1]!.label).toBe("décembre 2024");
    expect(data.undated).toMatchObject({ total: 7000, grants: 1, releases: 1 });
    expect(data.period).toEqual({ from: "2024-11-05", to: "2025-02-20" });
  });

  test("top recipients: at most 20, largest total first, each grant with its release's date and source", () => {
    store = openStore(join(dir.dir, "t.db"));
    const records = Array.from({ length: 25 }, (_, i) =>
      makeRelease({
        date: `2025-01-${String(i + 1).padStart(2, "0")}`,
        source: `releases/r${i}.txt`,
        grants: [{ recipient: `Organisme ${i}`, amount: 1000 * (i + 1), program: i % 2 ? "Fonds A" : null }],
      }),
    );
    records.push(makeRelease({ date: "2025-02-01", source: "releases/again.txt", grants: [{ recipient: "Organisme 3", amount: 30000, program: "Fonds B" }] }));
    store.upsert(records);
    const top = gatherReport(store).topRecipients;
    expect(top.lines).toHaveLength(20);
    expect(top.lines[0]).toMatchObject({ recipient: "Organisme 3", total: 34000, releases: 2 });
    expect(top.lines[0]!.grants).toEqual([
      { amount: 30000, program: "Fonds B", date: "2025-02-01", title: expect.any(String), source: "releases/again.txt" },
      { amount: 4000, program: "Fonds A", date: "2025-01-04", title: expect.any(String), source: "releases/r3.txt" },
    ]);
    expect(top.lines[1]!.recipient).toBe("Organisme 24");
    const totals = top.lines.map((l) => l.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(top.lines.map((l) => l.recipient)).not.toContain("Organisme 0");
  });

  test("filters give the same totals as stats with the same filters", () => {
    store = openStore(join(dir.dir, "f.db"));
    store.upsert([
      makeRelease({ date: "2024-06-01", minister: { name: "Julie Tremblay", title: "ministre de l'Économie" }, grants: [{ recipient: "Coopérative du Lac", amount: 80000, program: "Fonds d'appui" }] }),
      makeRelease({ date: "2025-03-03", minister: { name: "Marc Gagnon", title: "ministre de la Culture" }, grants: [{ recipient: "Musée du Lac", amount: 120000 }, { recipient: "Théâtre du Lac", amount: 40000, program: "Fonds d'appui" }] }),
    ]);
    for (const filters of [{ since: "2025" }, { until: "2024-12" }, { minister: "gagnon" }, { program: "appui" }, { recipient: "lac musee" }, { minAmount: 50000 }, { search: "Rimouski" }]) {
      const data = gatherReport(store, filters);
      const stats = store.stats(filters);
      expect({ grants: data.stats.grants, total: data.stats.total }, JSON.stringify(filters)).toEqual({ grants: stats.grants, total: stats.total });
      expect(data.byProgram.total).toBeCloseTo(stats.total, 2);
    }
    const programs = gatherReport(store, { since: "2025" }).byProgram.buckets.map((b) => b.label);
    expect(programs).toEqual(["Programme non précisé", "Fonds d'appui"]);
    expect(NO_PROGRAM).toBe("Programme non précisé");
  });

  test("an empty database gives zeros, no period, empty breakdowns", () => {
    store = openStore(join(dir.dir, "empty.db"));
    const data = gatherReport(store);
    expect(data.stats).toEqual({ releases: 0, duplicates: 0, grants: 0, total: 0 });
    expect(data.period).toEqual({ from: null, to: null });
    expect(data.byMonth.buckets).toEqual([]);
    expect(data.topRecipients.lines).toEqual([]);
  });

  test("monthLabel", () => {
    expect(monthLabel("2025-08")).toBe("août 2025");
    expect(monthLabel("2024-01")).toBe("janvier 2024");
  });
});
