import { describe, expect, test } from "vitest";
import { regionOf, regionOfTown, regionsInTitle, UNKNOWN_REGION } from "../../src/report/regions.js";

describe("regionsInTitle: the regions a minister is responsible for", () => {
  test.each([
    { title: "ministre de l'Emploi et ministre responsable de la région du Saguenay–Lac-Saint-Jean", regions: ["Saguenay–Lac-Saint-Jean"] },
    { title: "ministre de la Famille et ministre responsable de la région de la Gaspésie", regions: ["Gaspésie–Îles-de-la-Madeleine"] },
    { title: "ministre des Transports, ministre responsable de la région des Laurentides", regions: ["Laurentides"] },
    { title: "ministre des Finances, ministre responsable de la Métropole et de la région de Montréal", regions: ["Montréal"] },
    { title: "ministre responsable des régions de l'Estrie et du Centre-du-Québec", regions: ["Estrie", "Centre-du-Québec"] },
    { title: "Ministre Responsable De La Région De L’Abitibi-Témiscamingue", regions: ["Abitibi-Témiscamingue"] },
    { title: "ministre déléguée à l'Économie et ministre responsable de la Jeunesse et de la région de Laval", regions: ["Laval"] },
  ])("$title", ({ title, regions }) => {
    expect(regionsInTitle(title)).toEqual(regions);
  });

  test.each([
    // A riding is not a region; an office about "régions" in general names none.
    "ministre de l'Agriculture et députée de Laval-des-Rapides",
    "ministre responsable de Développement économique Canada pour les régions du Québec",
    "ministre responsable du Développement économique régional",
    "ministre de la Culture et des Communications",
    "député de Montréal-Nord",
  ])("no region: %s", (title) => {
    expect(regionsInTitle(title)).toEqual([]);
  });
});

describe("regionOfTown", () => {
  test.each([
    { city: "Rimouski", region: "Bas-Saint-Laurent" },
    { city: "SEPT-ÎLES", region: "Côte-Nord" },
    { city: "Saint-Jérôme", region: "Laurentides" },
    { city: "St-Jérôme", region: "Laurentides" },
    { city: "Val-d’Or", region: "Abitibi-Témiscamingue" },
    { city: "Thetford Mines", region: "Chaudière-Appalaches" },
    { city: "Trois–Rivières", region: "Mauricie" },
    { city: "Montréal et Québec", region: "Montréal" },
  ])("$city -> $region", ({ city, region }) => {
    expect(regionOfTown(city)).toBe(region);
  });

  test("an unknown town has no region", () => {
    expect(regionOfTown("Villeneuve-sur-Mer")).toBeNull();
  });
});

describe("regionOf: dateline first, the minister's region for the seat of government", () => {
  test("the dateline town's region", () => {
    expect(regionOf({ city: "Joliette", province: "QC", ministerTitles: ["ministre de la Santé"] })).toEqual({ region: "Lanaudière", from: "dateline" });
  });

  test("the dateline wins over a minister responsible for another region", () => {
    const titles = ["ministre de l'Économie et ministre responsable de la région de la Mauricie"];
    expect(regionOf({ city: "Gatineau", province: "QC", ministerTitles: titles }).region).toBe("Outaouais");
  });

  test("datelined in Québec by a minister responsible for a region: that region", () => {
    const titles = [null, "ministre de la Culture et ministre responsable de la région de la Mauricie"];
    expect(regionOf({ city: "Québec", province: null, ministerTitles: titles })).toEqual({ region: "Mauricie", from: "minister" });
    expect(regionOf({ city: "Québec", province: null, ministerTitles: ["ministre de la Culture"] }).region).toBe("Capitale-Nationale");
  });

  test("no dateline: the minister's region, else not stated", () => {
    expect(regionOf({ city: null, province: null, ministerTitles: ["ministre responsable de la région de Lanaudière"] }).region).toBe("Lanaudière");
    expect(regionOf({ city: null, province: null, ministerTitles: [] })).toEqual({ region: UNKNOWN_REGION, from: "none" });
  });

  test("outside Québec by province code or town", () => {
    expect(regionOf({ city: "Moncton", province: "N.-B.", ministerTitles: [] }).region).toBe("Hors Québec : Nouveau-Brunswick");
    expect(regionOf({ city: "Ottawa", province: "ON", ministerTitles: [] }).region).toBe("Hors Québec : Ontario");
    expect(regionOf({ city: "Ottawa", province: null, ministerTitles: [] }).region).toBe("Hors Québec : Ontario");
  });

  test("a town we cannot place keeps its name", () => {
    expect(regionOf({ city: "Villeneuve-sur-Mer", province: "QC", ministerTitles: [] })).toEqual({ region: "Autre lieu : Villeneuve-sur-Mer", from: "town" });
  });
});
