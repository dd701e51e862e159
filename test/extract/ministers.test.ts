import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { findMinisters, nameKey, personNameAt } from "../../src/extract/ministers.js";

// Our own sentences in the style of releases, one per construction.
const constructions: Array<{ construction: string; text: string; name: string; title: string; evidence: string }> = [
  {
    construction: "title, honorific, name",
    text: "QUÉBEC - La ministre de la Culture, Mme Josée Tremblay, annonce une aide de 50 000 $.",
    name: "Josée Tremblay",
    title: "ministre de la Culture",
    evidence: "ministre de la Culture, Mme Josée Tremblay",
  },
  {
    construction: "attribution line under a quote",
    text: "« Nous sommes fiers de ce projet. »\n\nLouis Bergeron, ministre des Forêts et de la Faune\n",
    name: "Louis Bergeron",
    title: "ministre des Forêts et de la Faune",
    evidence: "Louis Bergeron, ministre des Forêts et de la Faune",
  },
  {
    construction: "speech verb, name, title",
    text: "« C'est une bonne nouvelle », a déclaré Nadia Lemieux-Gagnon, ministre de l'Emploi.",
    name: "Nadia Lemieux-Gagnon",
    title: "ministre de l'Emploi",
    evidence: "Nadia Lemieux-Gagnon, ministre de l'Emploi",
  },
  {
    construction: "au nom du ministre",
    text: "Le député a fait l'annonce au nom du ministre des Finances, M. Paul Ouellet.",
    name: "Paul Ouellet",
    title: "ministre des Finances",
    evidence: "ministre des Finances, M. Paul Ouellet",
  },
  {
    construction: "premier ministre",
    text: "Le premier ministre du Québec, Jacques Fournier, a dévoilé son plan.",
    name: "Jacques Fournier",
    title: "premier ministre du Québec",
    evidence: "premier ministre du Québec, Jacques Fournier",
  },
  {
    construction: "vice-première ministre",
    text: "La vice-première ministre, Mme Lina Caron, était présente.",
    name: "Lina Caron",
    title: "vice-première ministre",
    evidence: "vice-première ministre, Mme Lina Caron",
  },
  {
    construction: "ministre déléguée, name without honorific",
    text: "La ministre déléguée à la Santé et aux Aînés, Anne-Sophie Dubé, en a fait l'annonce.",
    name: "Anne-Sophie Dubé",
    title: "ministre déléguée à la Santé et aux Aînés",
    evidence: "ministre déléguée à la Santé et aux Aînés, Anne-Sophie Dubé",
  },
  {
    construction: "federal, L'honorable",
    text: "L’honorable Marc Girouard, ministre des Anciens Combattants, a annoncé un appui.",
    name: "Marc Girouard",
    title: "ministre des Anciens Combattants",
    evidence: "L’honorable Marc Girouard, ministre des Anciens Combattants",
  },
  {
    construction: "long compound title, commas inside",
    text:
      "Le ministre de l'Économie, de l'Innovation et de l'Énergie, ministre responsable du Développement " +
      "économique régional et ministre responsable de la région de l'Estrie, M. Rémi Gosselin, a confirmé l'aide.",
    name: "Rémi Gosselin",
    title:
      "ministre de l'Économie, de l'Innovation et de l'Énergie, ministre responsable du Développement " +
      "économique régional et ministre responsable de la région de l'Estrie",
    evidence:
      "ministre de l'Économie, de l'Innovation et de l'Énergie, ministre responsable du Développement " +
      "économique régional et ministre responsable de la région de l'Estrie, M. Rémi Gosselin",
  },
  {
    construction: "député who is also minister",
    text: "Mélissa Caron, députée de Portneuf, ministre du Tourisme et ministre responsable de la région de la Capitale-Nationale\n",
    name: "Mélissa Caron",
    title: "ministre du Tourisme et ministre responsable de la région de la Capitale-Nationale",
    evidence: "Mélissa Caron, députée de Portneuf, ministre du Tourisme et ministre responsable de la région de la Capitale-Nationale",
  },
  {
    construction: "title keeps the ministerial part only",
    text: "M. Alain Fortier, ministre des Transports et député de Lévis, a inauguré le pont.",
    name: "Alain Fortier",
    title: "ministre des Transports",
    evidence: "M. Alain Fortier, ministre des Transports",
  },
  {
    construction: "ministre then name, no comma",
    text: "La ministre Hélène St-Amand visitera la région mardi.",
    name: "Hélène St-Amand",
    title: "ministre",
    evidence: "ministre Hélène St-Amand",
  },
  {
    construction: "two-word surname",
    text: "L'honorable Ana Martinez Ruiz, ministre du Travail, a confirmé l'entente.",
    name: "Ana Martinez Ruiz",
    title: "ministre du Travail",
    evidence: "L'honorable Ana Martinez Ruiz, ministre du Travail",
  },
  {
    construction: "lower-case particle",
    text: "Le ministre de la Sécurité publique, M. Jean de Varennes, a rencontré les pompiers.",
    name: "Jean de Varennes",
    title: "ministre de la Sécurité publique",
    evidence: "ministre de la Sécurité publique, M. Jean de Varennes",
  },
  {
    construction: "title, honorific, name without a comma",
    text: "L'aide a été confirmée par la ministre des Affaires maritimes Mme Lucie Vaillancourt lors de sa visite.",
    name: "Lucie Vaillancourt",
    title: "ministre des Affaires maritimes",
    evidence: "ministre des Affaires maritimes Mme Lucie Vaillancourt",
  },
  {
    construction: "title and NBSP after the honorific",
    text: "La ministre des Aînés, Mme\u00A0Odette Lapointe, était sur place.",
    name: "Odette Lapointe",
    title: "ministre des Aînés",
    evidence: "ministre des Aînés, Mme\u00A0Odette Lapointe",
  },
];

describe("findMinisters: constructions", () => {
  test.each(constructions)("$construction", ({ text, name, title, evidence }) => {
    const ministers = findMinisters(text);
    expect(ministers.map((m) => m.name)).toEqual([name]);
    const [minister] = ministers;
    expect(minister!.title).toBe(title);
    expect(text.slice(minister!.start, minister!.end)).toBe(evidence);
  });

  test("two ministers joined by 'et' without commas", () => {
    const text =
      "L'entente a été signée par le ministre de l’Environnement du Québec Luc Bisson et la ministre " +
      "de l’Environnement du Canada Karine Paré.";
    expect(findMinisters(text).map((m) => [m.name, m.title])).toEqual([
      ["Luc Bisson", "ministre de l’Environnement du Québec"],
      ["Karine Paré", "ministre de l’Environnement du Canada"],
    ]);
  });

  test("a cabinet list: name line, then one or more title lines", () => {
    const text =
      "Voici le conseil :\n\nM. Eric Vachon\n\nMinistre des Finances\n\nMinistre responsable de la région de " +
      "l'Outaouais\n\nMme Julie LeBlanc\n\nVice-première ministre\n\nMinistre de la Santé\n";
    expect(findMinisters(text).map((m) => [m.name, m.title])).toEqual([
      ["Eric Vachon", "Ministre des Finances"],
      ["Julie LeBlanc", "Vice-première ministre"],
    ]);
  });

  test("a list of name-title pairs gives each person their own title", () => {
    const text =
      "Étaient présents Mme Rose Lavoie, ministre de la Famille, M. Henri Blais, ministre du Travail, " +
      "et Mme Ida Roy, députée de Joliette.";
    expect(findMinisters(text).map((m) => [m.name, m.title])).toEqual([
      ["Rose Lavoie", "ministre de la Famille"],
      ["Henri Blais", "ministre du Travail"],
    ]);
  });

  test("one entry per person however often and however named", () => {
    const text =
      "La ministre des Transports, Mme Gaëlle Roy, annonce 2 M$. La ministre Roy a précisé les détails.\n\n" +
      "« Un grand jour. »\n\nGaëlle Roy, ministre des Transports\n\nLa ministre Gaëlle Roy visitera la région.";
    const ministers = findMinisters(text);
    expect(ministers).toHaveLength(1);
    expect(ministers[0]).toMatchObject({ name: "Gaëlle Roy", title: "ministre des Transports", start: 3 });
  });
});

const negatives: Array<[string, string]> = [
  ["député alone", "La députée de Laval, Mme Chloé Martin, a annoncé une aide."],
  ["adjoint parlementaire de la ministre", "Jean Poirier, adjoint parlementaire de la ministre de la Famille et député de Chauveau\n"],
  [
    "secrétaire parlementaire du ministre",
    "M. Denis Gagné, secrétaire parlementaire du ministre des Finances, et député de Lévis, a fait l'annonce.",
  ],
  ["sous-ministre", "Le sous-ministre, M. Yves Arsenault, était présent."],
  ["sous-ministre with a name after the title", "La sous-ministre des Finances, Mme Lise Arsenault, a pris la parole."],
  ["préfet", "Le préfet de la MRC, M. Guy Morin, a salué l'annonce."],
  ["maire", "Le maire de Laval, M. Paul Tanguay, était heureux."],
  ["présidente", "La présidente du conseil d'administration, Mme Lise Hébert, a remercié les partenaires."],
  ["a ministère, no person", "Le ministère de l'Économie, de l'Innovation et de l'Énergie accorde 2 M$ à l'organisme."],
  ["la ministre with no name", "Les conclusions ont été transmises à la ministre le 15 mai dernier."],
  ["surname only", "C'est lors de cette rencontre que la ministre Arsenault a fait l'annonce."],
  ["an organisation after the title", "Le ministre des Finances, Investissement Québec et la Caisse ont signé l'entente."],
  ["a former minister", "L'ancienne ministre, Mme Rita Bolduc, a été honorée."],
  ["attachée de presse au ministre", "Mme Julie Caron, attachée de presse au ministre de l'Économie, a confirmé l'aide."],
  ["chef de cabinet à la ministre", "M. Luc Potvin, chef de cabinet à la\u00A0ministre des Aînés, était sur place."],
  ["Conseil des ministres", "Le Conseil des ministres, M. Gilles Paré en tête, a adopté le décret."],
];

describe("findMinisters: stems", () => {
  test.each([
    ["Le vice-premier\u00A0ministre, M. Paul Fortin, a pris la parole.", "Paul Fortin", "vice-premier ministre"],
    ["La Vice-première  ministre, Mme Anne Roy, a pris la parole.", "Anne Roy", "Vice-première ministre"],
    ["Selon la ex-ministre Anne Roy et le ministre des Forêts, M. Paul Fortin, tout va.", "Paul Fortin", "ministre des Forêts"],
  ])("%s", (text, name, title) => {
    expect(findMinisters(text).map((m) => [m.name, m.title])).toEqual([[name, title]]);
  });
});

describe("findMinisters: not ministers", () => {
  test.each(negatives)("%s", (_, text) => {
    expect(findMinisters(text)).toEqual([]);
  });
});

describe("personNameAt", () => {
  test.each([
    ["Simon-Pierre Jolin-Barrette, ministre", "Simon-Pierre Jolin-Barrette"],
    ["Marc D'Amours a dit", "Marc D'Amours"],
    ["Sonia LeBel et", "Sonia LeBel"],
    ["Eric Girard\n\nMinistre", "Eric Girard"],
  ])("%s", (text, name) => {
    expect(personNameAt(text, 0)?.name).toBe(name);
  });

  test.each(["Investissement Québec", "Ensuite Marc", "Saint-Jérôme", "Laforest", "MRC Avignon"])(
    "not a person's name: %s",
    (text) => {
      expect(personNameAt(text, 0)).toBeNull();
    },
  );

  test("nameKey ignores accents, case and hyphens", () => {
    expect(nameKey("Marie-Ève PROULX")).toBe(nameKey("Marie-Eve Proulx"));
  });
});

// Every document with annotations in the shared corpus: the annotated ministers, and no others.
const SHARED = "/work/shared";
const collections = [
  [`${SHARED}/gold`, `${SHARED}/seeds`],
  [`${SHARED}/corpus/dev`, `${SHARED}/corpus/dev`],
] as const;

describe.skipIf(!existsSync(`${SHARED}/gold`))("findMinisters on the annotated documents", () => {
  const key = (s: string) => nameKey(s);
  const cases = collections.flatMap(([goldDir, textDir]) =>
    existsSync(goldDir)
      ? readdirSync(goldDir)
          .filter((f) => f.endsWith(".json") && existsSync(`${textDir}/${f.replace(/\.json$/u, ".txt")}`))
          .map((f) => [f, `${goldDir}/${f}`, `${textDir}/${f.replace(/\.json$/u, ".txt")}`] as const)
      : [],
  );
  test.each(cases)("%s", (_, goldPath, textPath) => {
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { ministers: string[]; ministers_optional?: string[] };
    // The documents include page chrome that the pipeline masks; drop the blocks that name other people.
    const raw = readFileSync(textPath, "utf8");
    const chrome = raw.search(/RECOMMANDÉS POUR VOUS|Sur le même sujet/u);
    const text = chrome === -1 ? raw : raw.slice(0, chrome);
    const optional = new Set((gold.ministers_optional ?? []).map(key));
    const found = findMinisters(text).map((m) => key(m.name)).filter((n) => !optional.has(n));
    expect(found.sort()).toEqual(gold.ministers.map(key).filter((n) => !optional.has(n)).sort());
  });
});

describe("findMinisters: the Treasury Board's chair, a minister's office without the word", () => {
  const people = (text: string) => findMinisters(text).map((m) => `${m.name} | ${m.title}`);
  test("'La présidente du Conseil du trésor, Mme X, a annoncé' and federal 'Y, président du Conseil du Trésor et député de …'", () => {
    expect(people("La présidente du Conseil du trésor, Mme Sonia Bédard, a annoncé un investissement.")).toEqual(["Sonia Bédard | présidente du Conseil du trésor"]);
    expect(people("L'honorable Sophie Kerouac, ministre du Logement, accompagnée de l'honorable Richard Aubin-Clarke, président du Conseil du Trésor et député de Hull–Aylmer, a annoncé 3 M$.")).toEqual([
      "Sophie Kerouac | ministre du Logement", "Richard Aubin-Clarke | président du Conseil du Trésor"]);
  });
  test("not a vice-chair: 'Le vice-président du Conseil du trésor, M. Jean Roy'", () => {
    expect(people("Le vice-président du Conseil du trésor, M. Jean Roy, était présent.")).toEqual([]);
  });
});
