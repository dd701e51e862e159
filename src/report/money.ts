// Amounts as a Québec reader writes them: "686 139 $", "2,3 M$", "1,2 G$".
// Thousands are separated by a narrow no-break space (U+202F), the unit by a no-break space (U+00A0),
// the decimal mark is a comma; a line never breaks inside an amount.

export const THOUSANDS_SEPARATOR = "\u202f";
export const UNIT_SPACE = "\u00a0";

/** "2300000" -> "2 300 000" (U+202F between groups of three). */
function groupThousands(digits: string): string {
  return digits.replace(/(?<=\d)(?=(?:\d{3})+$)/gu, THOUSANDS_SEPARATOR);
}

/** A number with at most `decimals` decimals, comma as decimal mark, trailing zeros dropped: 2.30 -> "2,3". */
export function formatNumber(value: number, decimals = 0): string {
  const negative = value < 0;
  const [whole = "0", fraction = ""] = Math.abs(value).toFixed(decimals).split(".");
  const kept = fraction.replace(/0+$/u, "");
  return `${negative ? "-" : ""}${groupThousands(whole)}${kept ? `,${kept}` : ""}`;
}

/** The full amount: 686139 -> "686 139 $", 1234.5 -> "1 234,50 $" (cents only when there are some). */
export function formatDollars(value: number): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  const text = cents ? formatNumber(value, 2).replace(/,(\d)$/u, ",$10") : formatNumber(Math.round(value));
  return `${text}${UNIT_SPACE}$`;
}

const SCALES = [
  { factor: 1e9, unit: "G$" },
  { factor: 1e6, unit: "M$" },
] as const;

/**
 * The short form for totals and chart labels: millions as "M$" and billions as "G$" with one decimal
 * (2 300 000 -> "2,3 M$", 1 250 000 000 -> "1,3 G$"), smaller amounts in full ("686 139 $").
 */
export function formatMoneyShort(value: number): string {
  for (const { factor, unit } of SCALES) {
    // 950 000 stays "950 000 $": rounded to one decimal it would read "1 M$".
    if (Math.abs(value) >= factor) return `${formatNumber(value / factor, 1)}${UNIT_SPACE}${unit}`;
  }
  return formatDollars(value);
}

/** A count with its French noun: (1, "communiqué") -> "1 communiqué", (12, ...) -> "12 communiqués". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)}${UNIT_SPACE}${n >= 2 ? plural : singular}`;
}
