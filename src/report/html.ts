// The report page: one HTML file with its styles and charts inline, no script, and a
// Content-Security-Policy that forbids every fetch, so it opens offline and can be mailed.
import { relative, resolve, sep } from "node:path";
import type { GrantFilters } from "../store/index.js";
import type { Breakdown, RecipientLine, ReportData } from "./data.js";
import { monthLabel } from "./data.js";
import { countOf, formatDollars, formatMoneyShort, formatNumber } from "./money.js";

/** One chart of the page, its SVG already rendered. */
export interface Figure {
  id: string;
  title: string;
  breakdown: Breakdown;
  svg: string;
  /** What the reader should know to read it (how a bar was assigned). */
  note?: string;
}

export interface PageOptions {
  /** The database the figures come from, as the user named it. */
  database: string;
  /** When the report was made (ISO). */
  generatedAt: string;
  version: string;
  /** Where the HTML file is written and the directory relative sources are resolved from, for links. */
  outDir: string;
  cwd: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

/** "2025-03-03" -> "3 mars 2025", "2025-03" -> "mars 2025". */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split("-");
  if (!month) return year ?? date;
  const monthYear = monthLabel(`${year}-${month}`);
  return day ? `${Number(day) === 1 ? "1er" : Number(day)} ${monthYear}` : monthYear;
}

/**
 * A link to where a release was read: a web address as is; a file path relative to the report
 * (resolved from the directory the command runs in); nothing for standard input or other schemes.
 */
export function sourceHref(source: string, from: { outDir: string; cwd: string }): string | null {
  if (/^https?:\/\//iu.test(source)) {
    try {
      return new URL(source).href;
    } catch {
      return null;
    }
  }
  if (source === "" || source === "-") return null;
  // "javascript:", "data:" and the like are not files; "C:\..." is.
  if (/^[a-z][a-z0-9+.-]+:/iu.test(source)) return null;
  const path = relative(from.outDir, resolve(from.cwd, source));
  return path.split(sep).map(encodeURIComponent).join("/");
}

/** What the link says: the web site's host, or the file's name (the full source is its tooltip). */
export function sourceLabel(source: string): string {
  if (source === "-") return "entrée standard";
  if (/^https?:\/\//iu.test(source)) {
    try {
      return new URL(source).host;
    } catch {
      return source;
    }
  }
  return source.split(/[\\/]/u).filter((part) => part.length > 0).pop() ?? source;
}

const FILTER_NAMES: Record<string, string> = {
  minister: "ministre",
  recipient: "bénéficiaire",
  program: "programme",
  since: "depuis",
  until: "jusqu'au",
  minAmount: "montant minimal",
  search: "recherche",
};

function filterLine(filters: GrantFilters): string {
  const parts: string[] = [];
  for (const [name, label] of Object.entries(FILTER_NAMES)) {
    const value = filters[name as keyof GrantFilters];
    if (value === undefined || value === null || value === "") continue;
    const shown = name === "minAmount" ? formatDollars(Number(value)) : name === "since" || name === "until" ? dateLabel(String(value)) : `« ${String(value)} »`;
    parts.push(`${label}\u00a0: ${shown}`);
  }
  return parts.length > 0 ? `Filtres\u00a0: ${parts.map(escapeHtml).join(" · ")}.` : "Aucun filtre\u00a0: toutes les subventions de la base.";
}

/** "d'après 12 communiqués · 34 subventions · 2,3 M$" */
function countLine(b: { releases: number; grants: number; total: number }): string {
  return `D'après ${countOf(b.releases, "communiqué")} · ${countOf(b.grants, "subvention")} · ${formatMoneyShort(b.total)}`;
}

function periodText(period: ReportData["period"]): string {
  if (!period.from || !period.to) return "";
  if (period.from === period.to) return ` datés du ${dateLabel(period.from)}`;
  return ` datés du ${dateLabel(period.from)} au ${dateLabel(period.to)}`;
}

function summary(data: ReportData): string {
  const s = data.stats;
  const duplicates =
    s.duplicates > 0
      ? ` ${countOf(s.duplicates, "communiqué repris", "communiqués repris")} sur un autre site ${s.duplicates >= 2 ? "ne sont comptés" : "n'est compté"} qu'une fois.`
      : "";
  const exact = formatMoneyShort(s.total) === formatDollars(s.total) ? "" : ` (${escapeHtml(formatDollars(s.total))})`;
  return (
    `<strong>${escapeHtml(formatMoneyShort(s.total))}</strong> annoncés${exact} en ` +
    `<strong>${escapeHtml(countOf(s.grants, "subvention"))}</strong>, dans ` +
    `<strong>${escapeHtml(countOf(s.releases, "communiqué"))}</strong>${escapeHtml(periodText(data.period))}.` +
    escapeHtml(duplicates)
  );
}

/** Gives the inline SVG an accessible name and lets it shrink on a narrow screen. */
function labelledSvg(svg: string, label: string): string {
  return svg.replace(/^<svg /u, `<svg role="img" aria-label="${escapeHtml(label)}" `);
}

function figureHtml(figure: Figure): string {
  const empty = figure.breakdown.grants === 0 ? `<p class="empty">Aucune subvention à montrer.</p>` : "";
  return `<figure class="chart" id="${escapeHtml(figure.id)}">
<h2>${escapeHtml(figure.title)}</h2>
<p class="count">${escapeHtml(countLine(figure.breakdown))}</p>
${empty}<div class="svg">${labelledSvg(figure.svg, figure.title)}</div>
${figure.note ? `<figcaption>${escapeHtml(figure.note)}</figcaption>` : ""}
</figure>`;
}

/** Grants listed per recipient in the table; the rest are summed in one line. */
const GRANTS_PER_RECIPIENT = 10;

function recipientRows(line: RecipientLine, rank: number, page: PageOptions): string {
  const shown = line.grants.slice(0, GRANTS_PER_RECIPIENT);
  const hidden = line.grants.length - shown.length;
  const span = shown.length + (hidden > 0 ? 1 : 0);
  const rows = shown.map((grant, i) => {
    const href = sourceHref(grant.source, page);
    const source = href
      ? `<a href="${escapeHtml(href)}" title="${escapeHtml(grant.title ? `${grant.title}\n${grant.source}` : grant.source)}">${escapeHtml(sourceLabel(grant.source))}</a>`
      : escapeHtml(sourceLabel(grant.source));
    const head =
      i === 0
        ? `<td rowspan="${span}" class="rank">${rank}</td><td rowspan="${span}" class="who">${escapeHtml(line.recipient)}</td>` +
          `<td rowspan="${span}" class="money">${escapeHtml(formatDollars(line.total))}</td>`
        : "";
    return `<tr>${head}<td class="date">${grant.date ? escapeHtml(dateLabel(grant.date)) : "sans date"}</td>` +
      `<td class="money">${escapeHtml(formatDollars(grant.amount))}</td>` +
      `<td>${grant.program ? escapeHtml(grant.program) : `<span class="none">non précisé</span>`}</td>` +
      `<td class="source">${source}</td></tr>`;
  });
  if (hidden > 0) {
    const rest = line.grants.slice(GRANTS_PER_RECIPIENT).reduce((sum, g) => sum + g.amount, 0);
    rows.push(`<tr><td colspan="4" class="more">et ${escapeHtml(countOf(hidden, "autre subvention", "autres subventions"))} (${escapeHtml(formatDollars(rest))})</td></tr>`);
  }
  return rows.join("\n");
}

function recipientsTable(data: ReportData, page: PageOptions): string {
  const top = data.topRecipients;
  const body =
    top.lines.length === 0
      ? `<tr><td colspan="7" class="empty">Aucune subvention à montrer.</td></tr>`
      : top.lines.map((line, i) => recipientRows(line, i + 1, page)).join("\n");
  return `<figure class="table" id="beneficiaires">
<h2>Les ${top.lines.length > 0 ? formatNumber(top.lines.length) + " " : ""}principaux bénéficiaires</h2>
<p class="count">${escapeHtml(countLine(top))}</p>
<div class="scroll"><table>
<thead><tr><th>#</th><th>Bénéficiaire</th><th>Total</th><th>Date du communiqué</th><th>Montant</th><th>Programme</th><th>Source</th></tr></thead>
<tbody>
${body}
</tbody>
</table></div>
</figure>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #223654; --muted: #5b6b80; --line: #d5dbe3; --accent: #095797; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f6f8fa; }
header, main, footer { max-width: 980px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 28px; }
h1 { font-size: 1.6rem; margin: 0 0 .4rem; color: var(--accent); }
h2 { font-size: 1.15rem; margin: 0 0 .2rem; }
.summary { font-size: 1.05rem; margin: .2rem 0; }
.filters, .count, figcaption, footer { color: var(--muted); font-size: .9rem; }
.notice { background: #fff4e5; border: 1px solid #f0c36d; padding: 10px 14px; border-radius: 4px; }
figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 18px 0; padding: 16px 18px; }
figure .svg { overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
.empty { font-style: italic; color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
td.money { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
td.rank { color: var(--muted); }
td.who { font-weight: 600; }
td.source { overflow-wrap: anywhere; min-width: 9em; }
td.more, .none { color: var(--muted); font-style: italic; }
a { color: var(--accent); }
footer { padding-bottom: 28px; }
@media print { body { background: #fff; } figure { break-inside: avoid; border-color: #bbb; } }
`;

/** The whole page. */
export function renderPage(data: ReportData, figures: readonly Figure[], page: PageOptions): string {
  const notice =
    data.stats.grants === 0
      ? `<p class="notice">Aucune subvention ne correspond ${Object.keys(activeFilters(data.filters)).length > 0 ? "à ces filtres" : "dans cette base"}\u00a0: les graphiques sont vides.</p>`
      : "";
  const undated =
    data.undated.grants > 0
      ? ` Sans date\u00a0: ${formatMoneyShort(data.undated.total)} en ${countOf(data.undated.grants, "subvention")} (${countOf(data.undated.releases, "communiqué")}), non montrés.`
      : "";
  const withMonthNote = figures.map((f) => (f.id === "par-mois" && undated ? { ...f, note: `${f.note ?? ""}${undated}`.trim() } : f));
  return `<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="communique ${escapeHtml(page.version)}">
<title>Sommes annoncées dans les communiqués</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Sommes annoncées dans les communiqués</h1>
<p class="summary">${summary(data)}</p>
<p class="filters">${filterLine(data.filters)}</p>
${notice}
</header>
<main>
${withMonthNote.map(figureHtml).join("\n")}
${recipientsTable(data, page)}
</main>
<footer>
<p>Sommes annoncées\u00a0: les subventions (bénéficiaire, montant) lues dans chaque communiqué, les mêmes que compte <code>communique stats</code>.
Un communiqué publié sur plusieurs sites n'est compté qu'une fois.
Base\u00a0: <code>${escapeHtml(page.database)}</code> · produit le ${escapeHtml(dateLabel(page.generatedAt.slice(0, 10)))} par communique ${escapeHtml(page.version)}.</p>
</footer>
</body>
</html>
`;
}

function activeFilters(filters: GrantFilters): Partial<GrantFilters> {
  return Object.fromEntries(Object.entries(filters).filter(([name, v]) => name in FILTER_NAMES && v !== undefined && v !== "")) as Partial<GrantFilters>;
}
