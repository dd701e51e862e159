import { describe, expect, it, test } from "vitest";
import { findDateline, normalizeCityCase } from "../../src/extract/dateline.js";

const NBSP = "\u00a0";

// Our own synthetic openings in the newswire style.
describe("findDateline: the parts of an opening", () => {
  it.each([
    {
      opening: "RIMOUSKI, QC, le 14 févr. 2023 /CNW/ - ",
      city: "Rimouski", province: "QC", wire: "CNW", date: "2023-02-14",
    },
    {
      opening: "SAINT-JEAN-SUR-RICHELIEU, QC, le 2 sept. 2022 /CNW Telbec/ - ",
      city: "Saint-Jean-sur-Richelieu", province: "QC", wire: "CNW Telbec", date: "2022-09-02",
    },
    {
      opening: "TROIS-RIVIÈRES, le7 juin2021 /CNW Telbec/ - ", // spaces lost in conversion
      city: "Trois-Rivières", province: null, wire: "CNW Telbec", date: "2021-06-07",
    },
    {
      opening: "SHERBROOKE et GRANBY, le 1er oct. 2024 /CNW/ - ",
      city: "Sherbrooke et Granby", province: null, wire: "CNW", date: "2024-10-01",
    },
    {
      opening: "OTTAWA, ON, le 18 nov. 2020 /CNW/ - ",
      city: "Ottawa", province: "ON", wire: "CNW", date: "2020-11-18",
    },
    {
      opening: "GATINEAU, QC, le 3 mai 2024 - ", // no wire
      city: "Gatineau", province: "QC", wire: null, date: "2024-05-03",
    },
    {
      opening: "MONCTON, N.-B., le 12 janv. 2021 / Newswire / – ",
      city: "Moncton", province: "N.-B.", wire: "Newswire", date: "2021-01-12",
    },
    {
      opening: "SAGUENAY, QC, le 31 juill. 2019 /CNW/ - ",
      city: "Saguenay", province: "QC", wire: "CNW", date: "2019-07-31",
    },
    {
      opening: `L'ASSOMPTION, QC, le${NBSP}5${NBSP}déc.${NBSP}2022 /CNW/ - `,
      city: "L'Assomption", province: "QC", wire: "CNW", date: "2022-12-05",
    },
    {
      opening: "Drummondville, le 8 avril 2022 - ", // mixed case at a line start
      city: "Drummondville", province: null, wire: null, date: "2022-04-08",
    },
    {
      opening: " date 2024-05 VICTORIAVILLE, QC, le 28 mai 2024 /CNW/ - ", // crawler token before it
      city: "Victoriaville", province: "QC", wire: "CNW", date: "2024-05-28",
    },
  ])("$opening", ({ opening, city, province, wire, date }) => {
    const text = `${opening}La ministre de la Famille annonce une aide de 125 000 $ au Centre des loisirs.`;
    const found = findDateline(text);
    expect(found).toMatchObject({ city, province, wire, date });
  });

  it("gives offsets of the whole dateline and of its date", () => {
    const text = "Un centre de jour pour les aînés\n\nRIMOUSKI, QC, le 14 févr. 2023 /CNW/ - La ministre annonce.";
    const found = findDateline(text)!;
    expect(text.slice(found.start, found.end)).toBe("RIMOUSKI, QC, le 14 févr. 2023 /CNW/ -");
    expect(text.slice(found.dateStart!, found.dateEnd!)).toBe("14 févr. 2023");
  });

  it("reads an upper-case city after a title on the same line", () => {
    const text = "Un nouveau centre pour les aînés VICTORIAVILLE, QC, le 5 mars 2024 /CNW/ - Le ministre annonce.";
    const found = findDateline(text)!;
    expect(found.city).toBe("Victoriaville");
    expect(text.slice(found.start, found.end)).toBe("VICTORIAVILLE, QC, le 5 mars 2024 /CNW/ -");
  });

  it("takes only the upper-case name when a long capitalised title runs into it", () => {
    const text = "Le Centre Des Arts De La Côte Ouvre Sa Saison Au Public MATANE, QC, le 3 mai 2024 /CNW/ - La ministre annonce.";
    expect(findDateline(text)?.city).toBe("Matane");
  });

  it("keeps the dateline when its date cannot be read, with date null", () => {
    expect(findDateline("LÉVIS, QC, le 31 sept. 2021 /CNW/ - La ministre annonce.")).toMatchObject({
      city: "Lévis", date: null,
    });
  });
});

describe("findDateline: what is not a dateline", () => {
  it.each([
    "QUÉBEC, le 3 mai 2024, la ministre a annoncé une aide de 40 000 $.", // no dash, no wire
    "Mercredi, le 6 août 2025 - la période d'inscription commence.", // a weekday, not a city
    "La ministre a fait l'annonce à Québec, le 3 mai 2024 - une première pour la région.",
    "Le programme prendra fin le 31 mars 2026 - les demandes sont acceptées jusque-là.",
    "RIMOUSKI, QC - La ministre annonce une aide de 50 000 $.", // no date
  ])("%s", (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe("normalizeCityCase", () => {
  it.each([
    ["SALABERRY-DE-VALLEYFIELD", "Salaberry-de-Valleyfield"],
    ["LAC-MÉGANTIC", "Lac-Mégantic"],
    ["SAINT-JEAN-SUR-RICHELIEU", "Saint-Jean-sur-Richelieu"],
    ["ÎLES-DE-LA-MADELEINE", "Îles-de-la-Madeleine"],
    ["NOTRE-DAME-DES-PRAIRIES", "Notre-Dame-des-Prairies"],
    ["BAIE-D'URFÉ", "Baie-d'Urfé"],
    ["L'ANSE-À-BEAUFILS", "L'Anse-à-Beaufils"],
    ["LA PRAIRIE", "La Prairie"],
    ["MONTRÉAL et QUÉBEC", "Montréal et Québec"],
    ["Rivière-du-Loup", "Rivière-du-Loup"], // already in normal capitalisation: as written
  ])("%s -> %s", (written, normal) => {
    expect(normalizeCityCase(written)).toBe(normal);
  });
});

describe("the Government of Canada's opening line", () => {
  test.each([
    ["Le 9 juillet 2024 – Gatineau (Québec) – Emploi et Développement social Canada\n\nTexte.", "2024-07-09"],
    ["9 juillet 2024 – Gatineau (Québec) – Patrimoine canadien\n\nTexte.", "2024-07-09"],
    ["Le 9 juillet 2024          Gatineau (Québec)          Emploi et Développement social Canada\n\nTexte.", "2024-07-09"],
  ])("%s", (text, date) => {
    expect(findDateline(text)).toMatchObject({ city: "Gatineau", province: "Québec", wire: null, date });
  });
  test("not a sentence that opens on a date: 'Le 9 juillet 2024 à Gatineau (Québec), la ministre …'", () => {
    expect(findDateline("Le 9 juillet 2024 à Gatineau (Québec), la ministre a annoncé une aide.")).toBeNull();
  });
  test("the place first (Canada.ca): 'Drummondville (Québec), le 2 octobre 2024 — Quatre municipalités …'", () => {
    expect(findDateline("Communiqué de presse\n\nDrummondville (Québec), le 2 octobre 2024 — Quatre municipalités recevront 16 M$.")).toMatchObject({
      city: "Drummondville", province: "Québec", wire: null, date: "2024-10-02" });
    expect(findDateline("Saint-Jean-sur-Richelieu (Québec), 12 mars 2025 – Texte.")).toMatchObject({ city: "Saint-Jean-sur-Richelieu", date: "2025-03-12" });
  });
  test("not a sentence with a place in parentheses and a date: 'Le Centre (Québec), le 2 octobre 2024, a reçu …'", () => {
    expect(findDateline("La visite a eu lieu à Drummondville (Québec), le 2 octobre 2024, en après-midi.")).toBeNull();
  });
});
