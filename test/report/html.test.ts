import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { buildReport } from "../../src/report/index.js";
import { dateLabel, escapeHtml, sourceHref, sourceLabel } from "../../src/report/html.js";
import { openStore, type Store } from "../../src/store/index.js";
import { makeRelease, tempDir } from "../store/factory.js";

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

const page = (outDir: string) => ({ database: "test.db", generatedAt: "2025-09-01T12:00:00.000Z", version: "0.1.0", outDir, cwd: outDir });

/** Every URL-valued attribute or CSS reference the page holds, but references inside it ("url(#clip1)"). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href|srcset|action|poster|data|xlink:href)\s*=\s*"(?!#)([^"]*)"|url\((?!#)([^)]*)\)|@import/giu)].map((m) => m[0]);
}

describe("the report page", () => {
  test("self-contained: no script, no external reference, a CSP that forbids fetching", async () => {
    store = openStore(join(dir.dir, "r.db"));
    store.upsert([
      makeRelease({ source: "https://www.example.org/nouvelles/annonce", grants: [{ recipient: "Musée régional", amount: 686139, program: "Fonds culturel" }] }),
      makeRelease({ date: "2025-05-02", source: "releases/b.txt", grants: [{ recipient: "Coopérative du Lac", amount: 2300000 }] }),
    ]);
    const { html } = await buildReport(store, {}, page(dir.dir));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr-CA">/u);
    expect(html).not.toMatch(/<script|<iframe|<link|<img|<object|<embed/iu);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    // Links to sources are the only references, and only in <a>.
    const refs = references(html);
    expect(refs.sort()).toEqual([' href="https://www.example.org/nouvelles/annonce"', ' href="releases/b.txt"']);
    expect(html.match(/<a /gu)?.length).toBe(2);
  });

  test("four charts drawn as SVG marks, each figure with the releases it counts, amounts in Québec style", async () => {
    store = openStore(join(dir.dir, "r.db"));
    store.upsert([
      makeRelease({ grants: [{ recipient: "Musée régional", amount: 686139, program: "Fonds culturel" }] }),
      makeRelease({ date: "2025-05-02", city: "Gaspé", grants: [{ recipient: "Coopérative du Lac", amount: 2300000 }] }),
    ]);
    const { html } = await buildReport(store, {}, page(dir.dir));
    const figures = [...html.matchAll(/<figure class="chart" id="([^"]+)">([\s\S]*?)<\/figure>/gu)];
    expect(figures.map((f) => f[1])).toEqual(["par-mois", "par-programme", "par-ministre", "par-region"]);
    for (const [, , body] of figures) {
      expect(body).toContain("D&#39;après 2\u00a0communiqués · 2\u00a0subventions · 3\u00a0M$");
      expect(body).toMatch(/<svg [^>]*role="img"/u);
      expect(body).toMatch(/<path[^>]* d="M[^"]+"/u);
      expect(body).not.toContain("Aucune subvention");
    }
    expect(html).toContain("686\u202f139\u00a0$");
    expect(html).toContain("2\u202f300\u202f000\u00a0$");
    // Axis labels are formatted by Vega with the fr-CA locale.
    expect(html).toMatch(/>\d+(,\d)?\u00a0M\$<\/text>/u);
    expect(html).toMatch(/>\d{3}\u202f000\u00a0\$<\/text>/u);
    expect(html).toContain(">Gaspésie–Îles-de-la-Madeleine</text>");
    expect(html).toContain(">mai 2025</text>");
    expect(html).toContain("<strong>3\u00a0M$</strong> annoncés (2\u202f986\u202f139\u00a0$) en <strong>2\u00a0subventions</strong>");
  });

  test("names from the records are escaped, in HTML and in the SVG", async () => {
    store = openStore(join(dir.dir, "r.db"));
    const hostile = `Fondation <img src=x onerror="alert(1)"> & Cie`;
    store.upsert([
      makeRelease({ source: "javascript:alert(1)", grants: [{ recipient: hostile, amount: 5000, program: `Fonds </text><script>x</script>` }] }),
    ]);
    const { html } = await buildReport(store, {}, page(dir.dir));
    expect(html).not.toMatch(/<img|<script|javascript:alert\(1\)"/iu);
    expect(html).toContain(escapeHtml(hostile));
    expect(html).not.toContain('href="javascript');
  });

  test("an empty database gives a page that says so, with its (empty) charts", async () => {
    store = openStore(join(dir.dir, "empty.db"));
    const { html } = await buildReport(store, {}, page(dir.dir));
    expect(html).toContain("Aucune subvention ne correspond dans cette base");
    expect(html.match(/<svg /gu)?.length).toBe(4);
    expect(html).toContain("D&#39;après 0\u00a0communiqué · 0\u00a0subvention · 0\u00a0$");
    expect(html).toContain("<strong>0\u00a0$</strong> annoncés en <strong>0\u00a0subvention</strong>");
    const filtered = await buildReport(store, { since: "2030", recipient: "rien" }, page(dir.dir));
    expect(filtered.html).toContain("Aucune subvention ne correspond à ces filtres");
    expect(filtered.html).toContain("Filtres\u00a0: bénéficiaire\u00a0: « rien » · depuis\u00a0: 2030.");
  });
});

describe("helpers", () => {
  test("sourceHref: web addresses as is, files relative to the report, nothing for stdin or other schemes", () => {
    const from = { outDir: "/home/ana/rapports", cwd: "/home/ana" };
    expect(sourceHref("https://www.example.org/a b", from)).toBe("https://www.example.org/a%20b");
    expect(sourceHref("releases/été 2025.txt", from)).toBe("../releases/%C3%A9t%C3%A9%202025.txt");
    expect(sourceHref("/data/x#1.html", from)).toBe("../../../data/x%231.html");
    expect(sourceHref("-", from)).toBeNull();
    expect(sourceHref("javascript:alert(1)", from)).toBeNull();
    expect(sourceHref("data:text/html,x", from)).toBeNull();
  });

  test("sourceLabel and dateLabel", () => {
    expect(sourceLabel("https://www.example.org/nouvelles/a")).toBe("www.example.org");
    expect(sourceLabel("releases/2025/a.txt")).toBe("a.txt");
    expect(sourceLabel("-")).toBe("entrée standard");
    expect(dateLabel("2025-03-01")).toBe("1er mars 2025");
    expect(dateLabel("2025-03-14")).toBe("14 mars 2025");
    expect(dateLabel("2025-12")).toBe("décembre 2025");
  });
});
