import { describe, expect, test } from "vitest";
import { findPrograms } from "../../src/extract/programs.js";

const names = (text: string) => findPrograms(text).map((p) => p.name);

describe("findPrograms: agreements without a name are not programs", () => {
  test.each([
    ["Une Entente bilatérale de 90 millions $ est signée."],
    ["L'entente de partenariat conclue avec la MRC prend fin."],
    ["L'Entente de principe a été signée hier avec la MRC."],
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });

  test("an 'Entente de …' named as the source of the money names one", () => {
    expect(names("Cette somme provient de l'Entente de développement culturel conclue entre le ministère et la MRC de Bellechasse."))
      .toEqual(["Entente de développement culturel"]);
    expect(names("Le projet est soutenu dans le cadre de l'Entente de collaboration signée en 2022.")).toEqual(["Entente de collaboration"]);
  });
});

describe("findPrograms: one name per construction", () => {
  test.each([
    // [sentence, expected names]
    ["Le projet est financé par le Fonds de développement des territoires, qui soutient les régions.", ["Fonds de développement des territoires"]],
    ["Une aide est accordée dans le cadre du programme Tremplin-Avenir mis en place par la ville.", ["Tremplin-Avenir"]],
    ["La somme provient du plan Bâtir nos villes, annoncé l'an dernier.", ["Bâtir nos villes"]],
    ["Elle est versée au titre de la mesure d'Appui aux initiatives locales.", ["Appui aux initiatives locales"]],
    ["Le Programme d'aide aux équipements culturels permet de rénover des salles.", ["Programme d'aide aux équipements culturels"]],
    ["Le Programme de soutien à la mise en valeur des rivières est reconduit.", ["Programme de soutien à la mise en valeur des rivières"]],
    ["Ces projets relèvent du Fonds vert pour les collectivités (FVC) depuis 2020.", ["Fonds vert pour les collectivités (FVC)"]],
    ["Il s'inscrit dans la Stratégie nationale de l'habitation (SNH) 2022-2027, dont le but est clair.", ["Stratégie nationale de l'habitation (SNH) 2022-2027"]],
    ["Le Plan d'action régional pour l'emploi 2021-2024 prévoyait ces ententes.", ["Plan d'action régional pour l'emploi 2021-2024"]],
    ["Le financement vient du programme Petits Ponts (PP 2023-2026).", ["Petits Ponts (PP 2023-2026)"]],
    ["Le programme Nouveaux Sentiers, par le biais des écoles, rejoint les jeunes.", ["Nouveaux Sentiers"]],
    ["Le volet Culture locale du Fonds des régions appuie ce projet.", ["Culture locale", "Fonds des régions"]],
    // a named envelope after an adjective; a named agreement; a later bare mention followed by a verb
    ["La somme provient de l'enveloppe nationale Jeunes Pousses en région, lancée en 2023.", ["Jeunes Pousses en région"]],
    ["Elle renouvelle l'Entente de développement culturel en Estrie (EDCE) pour trois ans.", ["Entente de développement culturel en Estrie (EDCE)"]],
    ["Le Fonds des rivières (FR) finance ce projet. Cette année, le Fonds dispose d'un budget accru.", ["Fonds des rivières (FR)"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test("an enumeration of complements stays in the name, a relative clause does not", () => {
    expect(names("Il est accordé en vertu de la mesure d'Aide à la rénovation de salles, de gymnases ou de piscines en milieu rural, qui prend fin en mars."))
      .toEqual(["Aide à la rénovation de salles, de gymnases ou de piscines en milieu rural"]);
  });

  test("a year range closes a name across 'pour' + infinitive", () => {
    expect(names("Afin d'appuyer la Stratégie provinciale pour soutenir les petites villes 2020-2025, Québec investit."))
      .toEqual(["Stratégie provinciale pour soutenir les petites villes 2020-2025"]);
  });
});

describe("findPrograms: merging and acronyms", () => {
  test("mentions of one program give one entry, the acronym is kept", () => {
    const programs = findPrograms(
      "Le Fonds d'appui aux arts de la scène (FAAS) soutient la création. Le fonds d'appui aux arts de la scène existe depuis 2010. Le Fonds d'appui aux arts de la scène a aussi aidé.",
    );
    expect(programs).toHaveLength(1);
    expect(programs[0]).toMatchObject({ name: "Fonds d'appui aux arts de la scène (FAAS)", acronym: "FAAS", kind: "fonds" });
  });

  test("an acronym written alone elsewhere is tied to the name by its initials", () => {
    const [plan] = findPrograms("Le Plan de relance des quartiers centraux 2019-2024 est dévoilé.\nLa mesure 4 du PRQC vise les commerces.");
    expect(plan).toMatchObject({ name: "Plan de relance des quartiers centraux 2019-2024", acronym: "PRQC", kind: "plan" });
  });

  test("offsets point at the mention", () => {
    const text = "Québec finance le programme Ruches urbaines cette année.";
    const [p] = findPrograms(text);
    expect(text.slice(p.start, p.end)).toBe("programme Ruches urbaines");
  });

  test("a numbered measure tied to a plan is a sub-component kept with its keyword", () => {
    const programs = findPrograms("La mesure 7 du Plan d'action vert soutient les parcs.");
    expect(programs.map((p) => [p.name, p.kind])).toEqual([["mesure 7", "mesure"], ["Plan d'action vert", "plan"]]);
  });
});

describe("findPrograms: what is not a program", () => {
  test.each([
    "La Loi visant à protéger les lacs encadre ces travaux.",
    "Le ministère de la Culture appuie les festivals.",
    "Cette mesure a été annoncée dans le plus récent budget.",
    "Le comité prépare un plan de travail et une stratégie globale.",
    "Des fonds fédéraux de 3 millions de dollars seront consacrés aux routes.",
    "Sur le plan régional, les retombées sont importantes.",
    "La conseillère, responsable du volet Action sociale et députée de Lévis, était présente.",
    "Le programme de DEC a été assoupli pour les PME.",
    "L'enveloppe de 12 millions de dollars servira aux travaux.",
  ])("%s", (text) => {
    expect(findPrograms(text)).toEqual([]);
  });
});

describe("findPrograms: holdout classes (round 3)", () => {
  test.each([
    // "pour" + infinitive would stop the name; the acronym's initials carry it to the end
    ["Les villes reçoivent 8 M$ du Fonds pour rénover les petites salles communautaires (FRPSC) cette année.", ["Fonds pour rénover les petites salles communautaires (FRPSC)"]],
    // a capitalised adjective before a lower-case keyword opens the name; "chantier" names a program only so
    ["La mesure découle du Grand chantier pour les aînés. Le grand chantier de la rue Principale avance.", ["Grand chantier pour les aînés"]],
    ["Le Chantier de l'économie sociale appuie le projet.", []],
    // a capitalised keyword followed by a verb phrase is a bare mention
    ["La Politique culturelle est connue. La Stratégie mise sur quatre axes.", []],
    // an agreement named with a capitalised place and closed by its years
    ["Les sommes proviennent de l'Entente sectorielle de développement pour la vitalité des villages en Estrie 2024-2027.",
      ["Entente sectorielle de développement pour la vitalité des villages en Estrie 2024-2027"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("findPrograms: round 5 names", () => {
  test.each([
    // a descriptive name whose coordination "la X, la Y et la Z" carries commas
    ["Les projets sont retenus dans le cadre du Programme visant la restauration, la diffusion et la mise en valeur des orgues anciens, géré par le ministère.",
      ["Programme visant la restauration, la diffusion et la mise en valeur des orgues anciens"]],
    // an agreement named by its territory
    ["Les artistes peuvent déposer un projet dans le cadre de l'Entente de partenariat régional en lien avec la collectivité du Bas-Fleuve.",
      ["Entente de partenariat régional en lien avec la collectivité du Bas-Fleuve"]],
    // not a name: a comma after a capital word, and "visant" at the start of a sentence
    ["Le Fonds Essor, le ministre et la députée l'ont rappelé.", ["Fonds Essor"]],
    ["Le Programme visant les aînés sera bonifié.", []],
    ["L'entente de partenariat en lien avec la MRC prend fin.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("findPrograms: a 'Programme' column header in a flattened table", () => {
  test("'Organisme Programme Montant …' is no program name", () => {
    const text = "Organisme Programme Montant Maison Horizon FAS 20 000 $ Centre Boréal FAS 30 000 $ Total 50 000 $";
    expect(names(text)).toEqual([]);
  });
  test("a program named after a recipient word in a sentence stays", () => {
    expect(names("Chaque organisme Programme d'aide aux festivals reçoit une lettre.")).toEqual(["Programme d'aide aux festivals"]);
  });
});

describe("findPrograms: a policy that funds", () => {
  test("'provient de la Politique de soutien aux projets structurants' names a program; a policy merely named does not", () => {
    const names = (t: string) => findPrograms(t).map((p) => p.name);
    expect(names("La somme provient de la Politique de soutien aux projets structurants, financée par le Fonds régions et ruralité (FRR)."))
      .toEqual(["Politique de soutien aux projets structurants", "Fonds régions et ruralité (FRR)"]);
    expect(names("Le ministère a dévoilé la Politique nationale de l'architecture et la Politique de la mobilité durable.")).toEqual([]);
  });
});

describe("a program's name ends before the verb it runs into", () => {
  test("'La Stratégie repose sur trois axes' names no program 'Stratégie repose sur trois axes'", () => {
    expect(findPrograms("La Stratégie repose sur trois axes : l'accueil, l'offre et la promotion.").map((p) => p.name)).not.toContain("Stratégie repose sur trois axes");
  });
});

describe("findPrograms: a short name with its subtitle after a colon", () => {
  test("'programme Territoires : priorités bioalimentaires', before a verb or a full stop", () => {
    expect(names("Le programme Territoires : priorités bioalimentaires dispose d'une enveloppe de 12 M$.")).toEqual(["Territoires : priorités bioalimentaires"]);
    expect(names("Cette aide provient du programme Territoires : Priorités bioalimentaires. La Table agira.")).toEqual(["Territoires : Priorités bioalimentaires"]);
  });
  test("not what follows the colon when it is a sentence, a part or a count", () => {
    expect(names("Cette aide provient du programme ESSOR : l'entreprise agrandira son usine.")).toEqual(["ESSOR"]);
    expect(names("Cette aide provient du programme ESSOR : volet 2 pour les entreprises.")).toEqual(["ESSOR"]);
    expect(names("Bilan du programme Accès-Logis : 45 projets financés.")).toEqual(["Accès-Logis"]);
  });
});

describe("findPrograms: a keyword and how much of it is a label", () => {
  test("'• Enveloppe totale : 75 M$' names no program; '• Fonds régions et ruralité : 2 M$' does", () => {
    expect(names("Faits saillants :\n• Enveloppe totale : 75 M$ de 2025 à 2030\n• Fonds régions et ruralité : 2 M$\n")).toEqual(["Fonds régions et ruralité"]);
  });
});
