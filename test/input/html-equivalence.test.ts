// The same release as a text file and as a web page gives the same record: each text of ours
// (fixtures/) and each seed is turned into an HTML page here (headline in <h1>, paragraphs in <p>,
// lists, tables, a nav, a footer, an aside with another dated headline and an amount, a script),
// and both go through the whole pipeline.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../../src/pipeline.js";
import { loadDocument } from "../../src/input/load.js";
import { htmlToText } from "../../src/input/html.js";
import type { Release } from "../../src/record.js";

const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const SEEDS_DIR = "/work/shared/seeds";

const escapeHtml = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
/** The crawler's leading " date 2024-12 " token: page metadata, not text, in an HTML page. */
const DATE_TOKEN = /^[ \u00a0]*date[ \u00a0]+(\d{4}-\d{2})[ \u00a0]*/u;

/** One block of the text (between blank lines) as HTML: a list, a table, or a paragraph with <br>s. */
function blockHtml(block: string): string {
  const lines = block.split("\n");
  if (lines.every((l) => /^\s*(?:[-•–]|\d+[.)])\s+/u.test(l))) {
    const ordered = /^\s*\d/u.test(lines[0]!);
    const items = lines.map((l) => `<li>${escapeHtml(l.replace(/^\s*(?:[-•–]|\d+[.)])\s+/u, ""))}</li>`).join("");
    return ordered ? `<ol>${items}</ol>` : `<ul>${items}</ul>`;
  }
  if (lines.length >= 2 && lines.every((l) => l.includes("|"))) {
    const rows = lines
      .filter((l) => !/^[\s|:-]+$/u.test(l)) // the |---|---| rule of a text table
      .map((l) => l.replace(/^\s*\|/u, "").replace(/\|\s*$/u, "").split("|").map((c) => `<td>${escapeHtml(c.trim())}</td>`).join(""));
    return `<table>${rows.map((r) => `<tr>${r}</tr>`).join("")}</table>`;
  }
  return `<p>${lines.map(escapeHtml).join("<br>\n")}</p>`;
}

/** A release text as the page of a news site. */
export function pageFromText(text: string): string {
  let body = text.replace(/\r\n?/gu, "\n");
  const token = DATE_TOKEN.exec(body);
  if (token) body = body.slice(token[0].length);
  const blocks = body.split(/\n[ \t\u00a0]*\n/u).map((b) => b.replace(/^\n+|\n+$/gu, "")).filter((b) => b.trim() !== "");
  // A short first block without a dateline or final period is the headline.
  const first = blocks[0] ?? "";
  const headline = first.length <= 160 && !first.includes("\n") && !/\/CNW|[.:]\s*$/u.test(first) ? blocks.shift()! : null;
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>${escapeHtml(headline ?? "Communiqué")} | Salle de nouvelles</title>
${token ? `<meta name="date" content="${token[1]}">` : ""}
<script>var page = { rubrique: "nouvelles", budget: "12 000 000 $" };</script></head>
<body><header><a href="/">Salle de nouvelles</a><nav><ul><li><a href="/">Accueil</a></li><li><a href="/regions">Régions</a></li></ul></nav></header>
<main><article>
${headline ? `<h1>${escapeHtml(headline)}</h1>` : ""}
${blocks.map(blockHtml).join("\n")}
</article>
<aside class="autres-nouvelles"><h2>Autres nouvelles</h2><article><h3>Un nouveau pont pour la Haute-Côte</h3><p><time datetime="2019-05-02">2 mai 2019</time> - Le ministre annonce 48 millions de dollars pour le pont.</p></article></aside>
</main>
<footer><p>Salle de nouvelles © 2019. Tous droits réservés. Dons : 25 $</p></footer>
</body></html>`;
}

/** What must not change between the text and the HTML: values and names, not offsets. */
function comparable(r: Release) {
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    date: r.date,
    amounts: sorted(r.amounts.map((a) => [a.value, a.currency])),
    ministers: sorted(r.ministers.map((m) => m.name)),
    recipients: sorted(r.recipients.map((x) => x.name)),
    programs: sorted(r.programs.map((p) => p.name)),
    grants: sorted(r.grants.map((g) => [g.recipient, g.amount, g.program])),
  };
}

async function bothWays(path: string) {
  const bytes = readFileSync(path);
  const fromText = await extractDocument({ source: path, bytes });
  const decoded = await loadDocument({ source: path, bytes }); // decoded as the text path decodes it
  const html = pageFromText(decoded.text);
  const fromHtml = await extractDocument({ source: path.replace(/\.txt$/u, ".html"), bytes: Buffer.from(html, "utf8") });
  return { text: comparable(fromText), html: comparable(fromHtml) };
}

const fixtureTexts = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".txt")).sort();

describe("the HTML page of each fixture extracts like its text", () => {
  it.each(fixtureTexts)("%s", async (file) => {
    const { text, html } = await bothWays(join(FIXTURES_DIR, file));
    expect(text.amounts.length + text.ministers.length).toBeGreaterThan(0); // the text itself was read
    expect(html).toEqual(text);
  });
});

describe.skipIf(!existsSync(SEEDS_DIR))("the HTML page of each seed extracts like its text", () => {
  const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort() : [];
  it.each(seeds)("%s", async (file) => {
    const { text, html } = await bothWays(join(SEEDS_DIR, file));
    expect(html).toEqual(text);
  }, 120_000); // one long seed takes the recipient finder ~12 s per pass today
});

describe("the page builder itself", () => {
  it("makes the chrome that must be dropped: other article, amounts, script, menu, footer", () => {
    const page = htmlToText(pageFromText("Un titre court\n\nQUÉBEC, le 3 mars 2025 /CNW/ - Le ministre annonce 10 000 $.\n\n- Volet 1 : 5 000 $\n- Volet 2 : 5 000 $"));
    expect(page.text).toBe("Un titre court\n\nQUÉBEC, le 3 mars 2025 /CNW/ - Le ministre annonce 10 000 $.\n\n- Volet 1 : 5 000 $\n- Volet 2 : 5 000 $");
    expect(page.title).toBe("Un titre court");
  });

  it("turns the leading date token into the page's month", () => {
    const page = htmlToText(pageFromText(" date 2024-06 Un titre court\n\nLe ministre annonce 10 000 $."));
    expect(page.published).toBe("2024-06");
    expect(page.text).toBe("Un titre court\n\nLe ministre annonce 10 000 $.");
  });
});

describe("page titles", () => {
  it.each([
    ["Une maison pour aînés - L'Écho régional", "Une maison pour aînés"],
    ["Une maison pour aînés — Radio Estrie", "Une maison pour aînés"],
    ["Une maison pour aînés | Portail", "Une maison pour aînés"],
    // the part after the dash is the longer one: it is the headline, not a site name
    ["Sherbrooke - 4,7 M$ pour une résidence d'aînés", "Sherbrooke - 4,7 M$ pour une résidence d'aînés"],
  ])("<title>%s</title> -> %s", (title, expected) => {
    expect(htmlToText(`<html><head><title>${title}</title></head><body><p>Texte.</p></body></html>`).title).toBe(expected);
  });
});
