// Recipients named by what kind of organisation they are, by their legal form, or taken up by a
// pronoun, and amounts added to or restated beside a grant: each case is a general French pattern,
// checked through the whole pipeline (extractText), with a sentence that does NOT qualify beside it.
import { describe, expect, test } from "vitest";
import { extractText } from "../../src/pipeline.js";
import { findAmounts } from "../../src/extract/amounts.js";

const HEAD = "LÉVIS, QC, le 4 mars 2025 /CNW/ - ";
const grantsOf = (body: string) =>
  extractText({ source: "t.txt", text: HEAD + body }).grants.map((g) => `${g.recipient} = ${g.amount}`);
const recipientsOf = (body: string) => extractText({ source: "t.txt", text: HEAD + body }).recipients.map((r) => r.name);

describe("amounts in words with millions before the rest", () => {
  test.each([
    ["trois millions deux cent cinquante mille dollars", 3_250_000],
    ["un million deux cent mille dollars", 1_200_000],
    ["un milliard deux cents millions de dollars", 1_200_000_000],
    ["sept cent cinquante mille dollars", 750_000],
  ])("%s", (words, value) => {
    expect(findAmounts(`Une aide de ${words} est annoncée.`).amounts.map((a) => a.value)).toEqual([value]);
  });
});

describe("what kind of organisation, then its name", () => {
  test("a trade and its adjective before a name opening on an article", () => {
    expect(grantsOf("Le ministre annonce une aide.\n\nLa ferme laitière Les Prés du Rang, de Saint-Lambert, reçoit 31 200 $ pour un séchoir.")).toEqual(
      ["Les Prés du Rang = 31200"]);
  });
  test("'organisme sans but lucratif' before the name", () => {
    expect(recipientsOf("De son côté, l'organisme sans but lucratif Logis du Quai obtient 812 000 $ pour 12 logements.")).toEqual(["Logis du Quai"]);
  });
  test("a generic noun alone before a lower-case phrase is no name", () => {
    expect(recipientsOf("Une entreprise agricole de la région obtient 31 200 $ pour un séchoir.")).toEqual([]);
  });
  test("a trade ('le producteur serricole', 'le fabricant de portes et fenêtres') before a company's name", () => {
    expect(grantsOf("Le ministre annonce deux aides.\n\nDe son côté, le producteur serricole Les Serres du Coteau inc. bénéficie de 412 000 $ pour un système de chauffage.")).toEqual(
      ["Les Serres du Coteau inc. = 412000"]);
    expect(grantsOf("Le ministre annonce deux aides.\n\nPour sa part, le fabricant de portes et fenêtres Menuiserie Laflamme ltée obtient 950 000 $ afin de moderniser son usine.")).toEqual(
      ["Menuiserie Laflamme ltée = 950000"]);
  });
  test("a trade's complement that ends on a connector is part of a name, not before it", () => {
    expect(recipientsOf("Le ministre annonce que le distributeur de produits de Lévis obtient 2 M$ pour ses camions.")).not.toContain("Lévis");
  });
  test("an ampersand inside a company name", () => {
    expect(grantsOf("Enfin, la Ferme Gagnon & Fils S.E.N.C., de Princeville, se voit octroyer 22 640 $ pour des haies brise-vent.")).toEqual(
      ["Ferme Gagnon & Fils S.E.N.C. = 22640"]);
  });
});

describe("a table row naming a place whose town is named elsewhere", () => {
  test("the row's amount goes to the town", () => {
    const body = "La ministre annonce 576 000 $ pour trois municipalités.\n\nMunicipalité | Projet | Montant\nDégelis | Toiture de l'aréna | 318 450 $\nPohénégamook | Hôtel de ville | 257 550 $\n\nLa Ville de Pohénégamook, qui obtient le montant maximal, lancera l'appel d'offres en juin.";
    expect(grantsOf(body)).toEqual(["Dégelis = 318450", "Ville de Pohénégamook = 257550"]);
  });
});

describe("taken up later", () => {
  const company = "Le ministre annonce l'appui du gouvernement au projet d'agrandissement de Moulures Fortin inc., un fabricant de Lévis.\n\n";
  test("whose project the money supports, then 'l'entreprise' and 'elle', then 'lui'", () => {
    expect(grantsOf(company + "Pour le réaliser, elle bénéficie d'un prêt de 1,5 M$ du programme ESSOR. Le gouvernement lui consent en outre une contribution non remboursable de 200 000 $.")).toEqual(
      ["Moulures Fortin inc. = 1500000", "Moulures Fortin inc. = 200000"]);
    expect(grantsOf(company + "L'entreprise obtient un prêt de 1,5 M$ du programme ESSOR.")).toEqual(["Moulures Fortin inc. = 1500000"]);
  });
  test("a pronoun with no one named before it gives nothing", () => {
    expect(grantsOf("Le projet avance bien.\n\nPour le réaliser, elle bénéficie d'un prêt de 1,5 M$ du programme ESSOR.")).toEqual([]);
  });
  test("'lui consent également un prêt à faible taux d'intérêt de'", () => {
    expect(grantsOf("La Coopérative Habitat Nord obtient 2 100 000 $ du PHAQ. La SCHL lui consent également un prêt à faible taux d'intérêt de 900 000 $.")).toEqual(
      ["Coopérative Habitat Nord = 2100000", "Coopérative Habitat Nord = 900000"]);
  });
});

describe("the same sum put another way, and sums added to it", () => {
  test("'…, soit N $ par année, à X': the total is the grant", () => {
    expect(grantsOf("La ministre annonce un financement de 900 000 $ sur trois ans, soit 300 000 $ par année, à la Maison d'hébergement Le Refuge, à Lévis.")).toEqual(
      ["Maison d'hébergement Le Refuge = 900000"]);
  });
  test("'auxquels s'ajoutent N $' is more for the same recipient; a project cost is not", () => {
    expect(grantsOf("L'Office municipal d'habitation de Lévis reçoit 4,2 M$ du Québec, auxquels s'ajoutent 1,3 M$ du fédéral.")).toEqual(
      ["Office municipal d'habitation de Lévis = 4200000", "Office municipal d'habitation de Lévis = 1300000"]);
    expect(grantsOf("L'Office municipal d'habitation de Lévis reçoit 4,2 M$ du Québec pour un projet de 9 M$.")).toEqual(
      ["Office municipal d'habitation de Lévis = 4200000"]);
  });
});

describe("one sum for each, lists after a colon, topics and asides", () => {
  test("'recevront chacun N $ :' then one name per line: each gets N", () => {
    const list = "Par ailleurs, trois événements recevront chacun 40 000 $ :\n\nle Festival du bleuet de Dolbeau;\nles Fêtes du quai de Rimouski;\nle Rodéo de Saint-Tite.\n\nLa ministre s'en réjouit.";
    expect(grantsOf(list)).toEqual(["Festival du bleuet de Dolbeau = 40000", "Fêtes du quai de Rimouski = 40000", "Rodéo de Saint-Tite = 40000"]);
    // without "chacun" the names are recipients of a shared sum, not each a grant of it
    expect(grantsOf(list.replace(" chacun", ""))).toEqual([]);
    expect(recipientsOf(list.replace(" chacun", ""))).toHaveLength(3);
  });
  test("'A et B recevront chacune N $' in one sentence", () => {
    expect(grantsOf("La Ville de Amos et la Ville de Senneterre recevront chacune 150 000 $ pour leurs casernes.")).toEqual(
      ["Ville de Amos = 150000", "Ville de Senneterre = 150000"]);
    expect(grantsOf("La Ville de Amos et la Ville de Senneterre se partageront 150 000 $ pour leurs casernes.")).toEqual([]);
  });
  test("'Quant au Centre X, de Ville, il reçoit N $': the topic is the subject", () => {
    expect(grantsOf("Quant au Centre communautaire Le Pignon vert, de Pointe-Calumet, il reçoit 18 300 $ pour un jardin.")).toEqual(
      ["Centre communautaire Le Pignon vert = 18300"]);
    expect(grantsOf("Quant au jardin, il reçoit 18 300 $ de la Ville.")).toEqual([]);
  });
  test("', fondée en 1939,' and ', pour sa part,' between the subject and its verb", () => {
    expect(grantsOf("La Fromagerie Boivin, fondée en 1939, reçoit 80 000 $ pour un séchoir.")).toEqual(["Fromagerie Boivin = 80000"]);
    expect(grantsOf("L'Université Laval obtient 2 214 900 $ pour quatre projets. Le CRIQ, pour sa part, reçoit 871 520 $ pour une plateforme.")).toEqual(
      ["Université Laval = 2214900", "CRIQ = 871520"]);
  });
  test("'l'association Les Aînés actifs de X': a capitalised article after the kind opens the name", () => {
    expect(recipientsOf("L'association Les Aînés actifs de Mirabel obtient 24 850 $ pour un projet.")).toEqual(["Les Aînés actifs de Mirabel"]);
  });
});
