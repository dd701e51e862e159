// `communique report`: the store's grants -> figures -> SVG charts -> one self-contained HTML page.
import type { GrantFilters, Store } from "../store/index.js";
import { monthChartSpec, rankChartSpec, renderSvg } from "./charts.js";
import { gatherReport, type ReportData } from "./data.js";
import { renderPage, type Figure, type PageOptions } from "./html.js";
import { formatMoneyShort } from "./money.js";

export { gatherReport, type ReportData } from "./data.js";
export { formatDollars, formatMoneyShort } from "./money.js";

export interface Report {
  html: string;
  data: ReportData;
}

/** Builds the report of the grants matching `filters`; `page` says where it goes (for source links). */
export async function buildReport(store: Store, filters: GrantFilters, page: PageOptions): Promise<Report> {
  const data = gatherReport(store, filters);
  const charts: Omit<Figure, "svg">[] = [
    { id: "par-mois", title: "Sommes annoncées par mois", breakdown: data.byMonth },
    { id: "par-programme", title: "Par programme", breakdown: data.byProgram },
    {
      id: "par-ministre",
      title: "Par ministre",
      breakdown: data.byMinister,
      note: "Chaque communiqué est attribué au premier ministre qu'il nomme.",
    },
    {
      id: "par-region",
      title: "Par région",
      breakdown: data.byRegion,
      note:
        "La région de la ville du communiqué (sa ligne de date)\u00a0; pour un communiqué daté de Québec, " +
        "siège du gouvernement, ou sans ville connue, la région dont un de ses ministres est responsable.",
    },
  ];
  const figures: Figure[] = [];
  for (const chart of charts) {
    const spec = chart.id === "par-mois" ? monthChartSpec(chart.breakdown) : rankChartSpec(chart.breakdown);
    figures.push({ ...chart, svg: await renderSvg(spec) });
  }
  return { html: renderPage(data, figures, page), data };
}

/** One line for stderr: "report.html: 12 releases, 34 grants, 2,3 M$ announced, 2024-01-15 to 2025-03-03". */
export function summaryLine(out: string, data: ReportData): string {
  const s = data.stats;
  const duplicates = s.duplicates > 0 ? ` (${s.duplicates} duplicate${s.duplicates === 1 ? "" : "s"} counted once)` : "";
  const period =
    data.period.from && data.period.to
      ? data.period.from === data.period.to
        ? `, ${data.period.from}`
        : `, ${data.period.from} to ${data.period.to}`
      : ", no dated release";
  return `${out}: ${s.releases} release${s.releases === 1 ? "" : "s"}${duplicates}, ${s.grants} grant${s.grants === 1 ? "" : "s"}, ${formatMoneyShort(s.total)} announced${period}`;
}
