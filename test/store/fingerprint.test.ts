import { describe, expect, it } from "vitest";
import { fingerprint, jaccard, shingles, BAND_COUNT } from "../../src/store/fingerprint.js";
import { containsPattern, filterWords, fold, ftsQuery } from "../../src/store/fold.js";
import { LONG_PROSE } from "./factory.js";

describe("fold", () => {
  it.each([
    ["Alliance Métal Québec", "alliance metal quebec"],
    ["CŒUR D’ÉLAN", "coeur d'elan"],
    ["Société\u00a0d'habitation\u202fdu Québec", "societe d'habitation du quebec"],
    ["Îles-de-la-Madeleine", "iles-de-la-madeleine"],
  ])("%s -> %s", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it("keeps punctuation in filter words and escapes LIKE wildcards", () => {
    expect(filterWords("  '; DROP   table ")).toEqual(["';", "drop", "table"]);
    expect(containsPattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });

  it("quotes every FTS word", () => {
    expect(ftsQuery('économie "sociale" NEAR(x) métallurg*')).toBe('"économie" """sociale""" "NEAR(x)" "métallurg"*');
    expect(ftsQuery("  ")).toBeNull();
  });
});

describe("fingerprint", () => {
  const edited = LONG_PROSE.replace("une quinzaine d'emplois", "une vingtaine d'emplois");

  it("is the same for the same words whatever the spacing, case or accents", () => {
    expect(fingerprint(LONG_PROSE)).toEqual(fingerprint(`  ${fold(LONG_PROSE).toUpperCase().replace(/ /gu, "\n ")} `));
  });

  it("shares bands between near-duplicates, not between unrelated bodies", () => {
    const a = fingerprint(LONG_PROSE)!;
    const b = fingerprint(`Accueil Nouvelles Régions ${edited} Partager`)!;
    expect(jaccard(shingles(LONG_PROSE), shingles(`Accueil Nouvelles Régions ${edited} Partager`))).toBeGreaterThan(0.8);
    expect(a.bands.filter((h, i) => b.bands[i] === h).length).toBeGreaterThan(0);
    const other = fingerprint("Le ministère annonce la tenue d'une consultation publique sur l'avenir des forêts, des parcs nationaux et de la faune, qui se déroulera dans toutes les régions cet automne.")!;
    expect(a.bands.filter((h, i) => other.bands[i] === h)).toEqual([]);
    expect(a.bands).toHaveLength(BAND_COUNT);
  });

  it("gives nothing for bodies too short to compare", () => {
    expect(fingerprint("Une aide de 5 000 $ est accordée.")).toBeNull();
  });
});
