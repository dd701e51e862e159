import { describe, expect, test } from "vitest";
import { countOf, formatDollars, formatMoneyShort, formatNumber } from "../../src/report/money.js";

// U+202F between thousands, U+00A0 before the unit: written out so the expectations are unambiguous.
const N = "\u202f";
const S = "\u00a0";

describe("formatDollars: the full amount", () => {
  test.each([
    { value: 686139, text: `686${N}139${S}$` },
    { value: 2300000, text: `2${N}300${N}000${S}$` },
    { value: 999, text: `999${S}$` },
    { value: 1000, text: `1${N}000${S}$` },
    { value: 0, text: `0${S}$` },
    { value: 1234.5, text: `1${N}234,50${S}$` },
    { value: 1234.56, text: `1${N}234,56${S}$` },
    { value: 1234.004, text: `1${N}234${S}$` },
    { value: 12345678901, text: `12${N}345${N}678${N}901${S}$` },
  ])("$value -> $text", ({ value, text }) => {
    expect(formatDollars(value)).toBe(text);
  });
});

describe("formatMoneyShort: millions as M$, billions as G$, one decimal with a comma", () => {
  test.each([
    { value: 2300000, text: `2,3${S}M$` },
    { value: 2345678, text: `2,3${S}M$` },
    { value: 2350001, text: `2,4${S}M$` },
    { value: 1000000, text: `1${S}M$` },
    { value: 12500000, text: `12,5${S}M$` },
    { value: 1250000000, text: `1,3${S}G$` },
    { value: 2221769969, text: `2,2${S}G$` },
    { value: 686139, text: `686${N}139${S}$` },
    // Rounded to one decimal it would read "1 M$": below a million the amount stays in full.
    { value: 950000, text: `950${N}000${S}$` },
    { value: 999999, text: `999${N}999${S}$` },
    { value: 123456789, text: `123,5${S}M$` },
  ])("$value -> $text", ({ value, text }) => {
    expect(formatMoneyShort(value)).toBe(text);
  });

  test("no breakable space inside an amount", () => {
    for (const value of [1, 12_345, 2_300_000, 4_500_000_000]) expect(formatMoneyShort(value)).not.toMatch(/ /u);
  });
});

describe("formatNumber and countOf", () => {
  test.each([
    { value: 2.3, decimals: 1, text: "2,3" },
    { value: 2.0, decimals: 1, text: "2" },
    { value: 1234567, decimals: 0, text: `1${N}234${N}567` },
    { value: -1500, decimals: 0, text: `-1${N}500` },
  ])("formatNumber($value, $decimals) -> $text", ({ value, decimals, text }) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  test("French plural from two on", () => {
    expect(countOf(0, "communiqué")).toBe(`0${S}communiqué`);
    expect(countOf(1, "communiqué")).toBe(`1${S}communiqué`);
    expect(countOf(2, "communiqué")).toBe(`2${S}communiqués`);
    expect(countOf(1500, "subvention")).toBe(`1${N}500${S}subventions`);
    expect(countOf(3, "communiqué repris", "communiqués repris")).toBe(`3${S}communiqués repris`);
  });
});
