// The report's charts as Vega-Lite specs, compiled to Vega and rendered to SVG in Node by Vega's
// headless renderer: the SVG is inlined in the page, so the report needs no script and no network.
// vega and vega-lite are loaded with a dynamic import here only: other commands never pay for them.
import type { TopLevelSpec } from "vega-lite";
import type { Breakdown, Bucket } from "./data.js";
import { countOf, formatMoneyShort } from "./money.js";

/** fr-CA numbers for every format() Vega evaluates: "2,3", "686 139", "686 139 $". */
export const FR_CA_NUMBER_LOCALE = {
  decimal: ",",
  thousands: "\u202f",
  grouping: [3],
  currency: ["", "\u00a0$"] as [string, string],
};

const FR_CA_TIME_LOCALE: NonNullable<NonNullable<TopLevelSpec["config"]>["locale"]>["time"] = {
  dateTime: "%A %e %B %Y, %X",
  date: "%Y-%m-%d",
  time: "%H:%M:%S",
  periods: ["", ""],
  days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
  months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
};

/** Axis labels in Québec style, like formatMoneyShort: "500 000 $", "1,5 M$", "2 G$". */
export const MONEY_LABEL_EXPR =
  "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, ',.1~f') + '\u00a0G$'" +
  " : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, ',.1~f') + '\u00a0M$'" +
  " : format(datum.value, ',.0f') + '\u00a0$'";

const BAR_COLOR = "#095797";
const FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const WIDTH = 820;

const CONFIG: TopLevelSpec["config"] = {
  locale: { number: FR_CA_NUMBER_LOCALE, time: FR_CA_TIME_LOCALE },
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: "normal", gridColor: "#e6e6e6" },
};

/** A bar's row: the bucket and its printed amount. */
interface ChartRow {
  label: string;
  total: number;
  amount: string;
  releases: number;
  grants: number;
}

function rows(buckets: readonly Bucket[]): ChartRow[] {
  return buckets.map((b) => ({
    label: b.label,
    total: b.total,
    amount: b.total > 0 ? formatMoneyShort(b.total) : "",
    releases: b.releases,
    grants: b.grants,
  }));
}

/** Keeps the `max - 1` largest bars and sums the rest into one "Autres (n)" bar, so a chart stays readable. */
export function keepLargest(buckets: readonly Bucket[], max: number): Bucket[] {
  if (buckets.length <= max) return [...buckets];
  const kept = buckets.slice(0, max - 1);
  const rest = buckets.slice(max - 1);
  return [
    ...kept,
    {
      key: "",
      label: `Autres (${rest.length})`,
      total: rest.reduce((sum, b) => sum + b.total, 0),
      grants: rest.reduce((sum, b) => sum + b.grants, 0),
      // A release may sit in several merged bars: an upper bound (figures print their own distinct count).
      releases: rest.reduce((sum, b) => sum + b.releases, 0),
    },
  ];
}

/** Money announced per month: one vertical bar per month, months with nothing included. */
export function monthChartSpec(breakdown: Breakdown): TopLevelSpec {
  const values = rows(breakdown.buckets);
  const many = values.length > 18;
  return {
    config: CONFIG,
    // A few months get bars of a readable width rather than the whole page.
    width: values.length > 0 && values.length <= 12 ? { step: 64 } : WIDTH,
    height: 240,
    data: { values },
    encoding: {
      x: {
        field: "label",
        type: "ordinal",
        sort: null,
        title: null,
        axis: { labelAngle: many ? -60 : values.length > 6 ? -35 : 0, labelOverlap: true },
      },
      y: {
        field: "total",
        type: "quantitative",
        title: "Sommes annoncées",
        axis: { labelExpr: MONEY_LABEL_EXPR, tickCount: 5 },
      },
    },
    // Amounts above the bars while they fit.
    layer: many
      ? [{ mark: { type: "bar", color: BAR_COLOR, cornerRadiusEnd: 2 } }]
      : [
          { mark: { type: "bar", color: BAR_COLOR, cornerRadiusEnd: 2 } },
          { mark: { type: "text", dy: -6, fontSize: 10, color: "#333" }, encoding: { text: { field: "amount" } } },
        ],
  };
}

/** One horizontal bar per program, minister, region...: largest first, amounts printed at the bar ends. */
export function rankChartSpec(breakdown: Breakdown, max = 15): TopLevelSpec {
  const values = rows(keepLargest(breakdown.buckets, max));
  return {
    config: CONFIG,
    width: WIDTH - 400,
    height: values.length === 0 ? 40 : { step: 24 },
    data: { values },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: null,
        title: null,
        // Vega measures text without a canvas here, a little wide: the limit leaves room for it.
        axis: { labelLimit: 400, labelFontSize: 11 },
      },
      x: {
        field: "total",
        type: "quantitative",
        title: "Sommes annoncées",
        axis: { labelExpr: MONEY_LABEL_EXPR, tickCount: 4 },
        // Room at the right for the longest amount label.
        scale: { nice: true, padding: 0 },
      },
    },
    layer: [
      { mark: { type: "bar", color: BAR_COLOR, cornerRadiusEnd: 2 } },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 10, color: "#333" }, encoding: { text: { field: "amount" } } },
    ],
  };
}

/** Compiles a Vega-Lite spec and renders it to an SVG string with Vega's headless renderer. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vl, vega] = await Promise.all([import("vega-lite"), import("vega")]);
  const compiled = vl.compile(spec).spec;
  // Data are inline: a loader that refuses every URL makes sure rendering never touches the network.
  const loader = vega.loader();
  loader.load = async (uri: string) => {
    throw new Error(`report charts load no data from outside (${uri})`);
  };
  const view = new vega.View(vega.parse(compiled), { renderer: "none", loader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A short French description of a chart for screen readers: "12 barres, 2,3 M$ au total". */
export function chartDescription(breakdown: Breakdown): string {
  return `${countOf(breakdown.buckets.length, "barre")}, ${formatMoneyShort(breakdown.total)} au total`;
}
