import { describe, expect, test } from "vitest";
import type { Amount, Program } from "../../src/record.js";
import { findRecipients } from "../../src/extract/recipients.js";
import { findPrograms } from "../../src/extract/programs.js";

/** Amounts built by hand: every "<digits> $" or "<n> millions de dollars" of the text. */
export function amountsOf(text: string): Amount[] {
  const re = /(\d{1,3}(?:[ \u00A0]\d{3})*(?:,\d+)?)(\s+millions?\s+de\s+dollars|\s*M\$|\s*\$|\s+dollars)/gu;
  return [...text.matchAll(re)].map((m) => {
    const n = Number(m[1].replace(/[ \u00A0]/gu, "").replace(",", "."));
    const million = /million|M\$/u.test(m[2]);
    return { text: m[0], value: million ? n * 1e6 : n, currency: "CAD", qualifier: "exact" as const, start: m.index!, end: m.index! + m[0].length };
  });
}

const recipients = (text: string, programs: Program[] = findPrograms(text)) =>
  findRecipients(text, { amounts: amountsOf(text), programs }).map((r) => (r.role === "intermediary" ? `~${r.name}` : r.name));

describe("findRecipients: constructions", () => {
  test.each([
    ["Une somme de 75 000 $ sera remise à Coopérative des Bois-Francs dans le but d'agrandir son atelier.", ["Coopérative des Bois-Francs"]],
    ["Un montant de 40 000 $ est versé au Centre d'action bénévole de la Vallée pour embaucher deux personnes.", ["Centre d'action bénévole de la Vallée"]],
    ["Québec accorde une aide de 120 000 $ à l'organisme Vélo Nordique afin de tracer des pistes.", ["Vélo Nordique"]],
    ["Le ministre octroie 2 millions de dollars aux carrefours jeunesse-emploi de la région afin qu'ils poursuivent leur mission.", ["carrefours jeunesse-emploi de la région"]],
    ["Le gouvernement accorde au Réseau des tables rurales, à la Société de promotion du fleuve (SPF) et à l'Institut des savoirs côtiers (ISC) des contributions totalisant 3 millions de dollars.",
      ["Réseau des tables rurales", "Société de promotion du fleuve (SPF)", "Institut des savoirs côtiers (ISC)"]],
    ["Ottawa verse des contributions de 30 000 dollars et de 18 000 dollars au Festival des lanternes de Magog et au Festival western de Lévis.",
      ["Festival des lanternes de Magog", "Festival western de Lévis"]],
    ["Les municipalités de Saint-Alban, Rivière-Bleue et Lac-Vert se verront octroyer une aide de 900 000 $.", ["Saint-Alban", "Rivière-Bleue", "Lac-Vert"]],
    ["Une aide totale de 500 000 $ est annoncée. Voici les bénéficiaires : Ferme Roy inc., Gagnon, Gagnon et Fils ltée, Atelier Bois Rond et Musée du Fjord.",
      ["Ferme Roy inc.", "Gagnon, Gagnon et Fils ltée", "Atelier Bois Rond", "Musée du Fjord"]],
    ["Au total, 90 000 $ sont prévus. Ce sont 12 comités de citoyens des quartiers centraux qui bénéficieront de cette somme.", ["comités de citoyens des quartiers centraux"]],
    ["Une somme de 60 000 $ est remise à la Maison des jeunes L'Escale, par le biais du Collège de Rosemont, pour un local.", ["Maison des jeunes L'Escale", "~Collège de Rosemont"]],
  ])("%s", (text, expected) => {
    expect(recipients(text)).toEqual(expected);
  });

  test("a table of municipalities, with dashes, pipes or glued amounts", () => {
    const text = "Voici les sommes accordées :\n\nMont-Carmel — 42 000 $\nSaint-Pacôme — 38 500 $\nLa Pocatière — 61 200 $\n";
    expect(recipients(text)).toEqual(["Mont-Carmel", "Saint-Pacôme", "La Pocatière"]);
    expect(recipients("| Municipalité | Montant |\n| Pohénégamook | 52 000 $ |\n| Rivière-Ouelle | 47 300 $ |\n")).toEqual(["Pohénégamook", "Rivière-Ouelle"]);
    expect(recipients("Montants\nBiencourt81 000 $\nLejeune64 000 $\n")).toEqual(["Biencourt", "Lejeune"]);
  });

  test("a ' | ' table with a project column; the Total row and the header are not recipients", () => {
    const text = "| Municipalité | Projet | Aide |\n|---|---|---|\n| Saint-Onésime | Rang du Lac (3 km) | 210 000 $ |\n"
      + "| Lac-Frontière | Chemin des Érables | 95 500 $ |\n| Total | | 305 500 $ |\n";
    expect(recipients(text)).toEqual(["Saint-Onésime", "Lac-Frontière"]);
    expect(recipients("Nom de l'organisme | Projet | Montant\nCentre communautaire des Prés | Cuisine | 45 000 $\nClub de voile du Bassin | Quai | 30 000 $\n"))
      .toEqual(["Centre communautaire des Prés", "Club de voile du Bassin"]);
  });

  test("'- Name : amount' lists, names with lower-case words, a place in parentheses", () => {
    const text = "Répartition :\n\n- Maison des aînés de la Pointe : 120 000 $\n- Centre de jour L'Étoile (Rimouski) : 80 000 $\n- Popote roulante du Fleuve : 45 000 $\n";
    expect(recipients(text)).toEqual(["Maison des aînés de la Pointe", "Centre de jour L'Étoile", "Popote roulante du Fleuve"]);
    expect(recipients("Festival du Vent (Matane) : 150 000 $\nCarrefour Bleu (Amqui) : 90 000 $\n")).toEqual(["Festival du Vent", "Carrefour Bleu"]);
  });

  test("money labels, funders and sentences with numbers are not table rows", () => {
    expect(recipients("- Aide accordée : 500 000 $\n- Coût total du projet : 1 200 000 $\n")).toEqual([]);
    expect(recipients("Québec : 500 000 $\nOttawa : 300 000 $\n")).toEqual([]);
    const text = "- Entraide Bas-du-Fleuve : 50 000 $\n\nConformément à l'article 12 de la convention, un rapport est exigé.";
    expect(recipients(text)).not.toContain("Conformément à l'article");
  });

  test("a flattened table: row number, organisation, domain, amount", () => {
    const text = "Nom Domaine Montant 1 MRC de La Côte-Sud Loisirs 12 000 $ 2 MRC du Haut-Lac Transport 9 500 $ 3 Municipalité de Saint-Roch Culture 7 000 $";
    expect(recipients(text)).toEqual(["MRC de La Côte-Sud", "MRC du Haut-Lac", "Municipalité de Saint-Roch"]);
  });

  test("the same organisation mentioned twice gives one entry with the acronym", () => {
    const text = "Une somme de 10 000 $ est versée à l'Association des pêcheurs du lac (APL). Un montant de 5 000 $ est aussi remis à l'Association des pêcheurs du lac pour un quai.";
    const found = findRecipients(text, { amounts: amountsOf(text), programs: [] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: "Association des pêcheurs du lac (APL)", acronym: "APL", role: "recipient" });
    expect(text.slice(found[0].start, found[0].end)).toBe("Association des pêcheurs du lac (APL)");
  });
});

describe("findRecipients: names and constructions of issue 3", () => {
  test.each([
    // an adjective that leads to a capital or ends the name; a legal suffix
    ["Une somme de 70 000 $ est remise à Innovation maritime du Golfe (IMG) afin d'équiper un atelier.", ["Innovation maritime du Golfe (IMG)"]],
    ["Québec verse 50 000 $ à l'organisme Persévérance scolaire Haut-Richelieu pour des ateliers.", ["Persévérance scolaire Haut-Richelieu"]],
    ["Une aide de 30 000 $ est accordée à la coopérative Les Ateliers jurassiens pour l'achat d'outils.", ["Les Ateliers jurassiens"]],
    ["Le ministre annonce un prêt de 300 000 $ à l'entreprise Usinage Nordet inc. pour une presse.", ["Usinage Nordet inc."]],
    // a time adverbial between the funding word and "à"
    ["Deux millions seront versés dès cette année à l'Association forestière du Nord (AFN) pour des plantations. Total : 2 000 000 $.", ["Association forestière du Nord (AFN)"]],
    ["Ottawa octroie 900 000 $ sur quatre ans à l'organisme Écoute et entraide Haute-Côte (EEHC) pour ses services.", ["Écoute et entraide Haute-Côte (EEHC)"]],
    // au bénéfice de, au profit de, en faveur de; curly apostrophes; the intermediary kept apart
    ["Québec annonce 1 200 000 $ au bénéfice du Centre d’innovation en agriculture nordique (CIAN), par le biais du Cégep de Baie-Comeau, pour des serres.",
      ["Centre d’innovation en agriculture nordique (CIAN)", "~Cégep de Baie-Comeau"]],
    ["Un montant de 25 000 $ est consenti au profit de la Fondation des Deux-Rives.", ["Fondation des Deux-Rives"]],
    ["Une aide de 15 000 $ est consentie à la Fabrique de la paroisse Saint-Roch pour son clocher.", ["Fabrique de la paroisse Saint-Roch"]],
    ["Le ministère attribue une subvention de 8 000 $ au Cercle de fermières de Sayabec.", ["Cercle de fermières de Sayabec"]],
    ["Le gouvernement annonce 60 000 $ en faveur du Centre de plein air Le Refuge.", ["Centre de plein air Le Refuge"]],
    // the subject of a receiving verb, a lower-case generic head before a proper name
    ["La Coopérative forestière du Haut-Bois recevra 45 000 $ pour une scierie.", ["Coopérative forestière du Haut-Bois"]],
    ["La coopérative d'habitation Les Pins du Ruisseau obtient 4 000 000 $ pour 30 logements.", ["coopérative d'habitation Les Pins du Ruisseau"]],
    ["Le projet de la Fondation Les Amis du Parc, qui reçoit 70 000 $, prévoit un sentier.", ["Fondation Les Amis du Parc"]],
    // "pour" + an organisation in a sentence with money
    ["Un investissement de 500 000 $ est confirmé pour la Société d'histoire du Lac.", ["Société d'histoire du Lac"]],
    // a total shared between named organisations, one part given to one of them
    ["Une aide de 90 000 $ est partagée entre l'Entraide du Plateau, la Popote des Berges et le Comptoir alimentaire de Laval, dont 30 000 $ pour le Comptoir alimentaire de Laval.",
      ["Entraide du Plateau", "Popote des Berges", "Comptoir alimentaire de Laval"]],
    // municipalities each with its own "de"
    ["Les municipalités de Saint-Urbain, de Petite-Rivière et de Baie-Sainte-Anne se partagent 600 000 $.", ["Saint-Urbain", "Petite-Rivière", "Baie-Sainte-Anne"]],
  ])("%s", (text, expected) => {
    expect(recipients(text, [])).toEqual(expected);
  });

  test.each([
    // the place after the recipient
    ["Un montant de 40 000 $ est versé au Centre d'art Rivage, à Rimouski, pour une galerie.", ["Centre d'art Rivage"]],
    // a count in words makes a vague class
    ["Une aide de 812 000 $ est octroyée à trois organismes de la région pour leurs projets.", []],
    ["Ottawa accorde 574 000 dollars en 2024 à près de vingt festivals de la région.", []],
    // "au bénéfice de" a community, with no money in the sentence
    ["Le projet stimulera l'économie, au bénéfice de la communauté de Portneuf. Une aide de 5 000 $ suit.", []],
  ])("%s", (text, expected) => {
    expect(recipients(text, [])).toEqual(expected);
  });
});

describe("findRecipients: who is not a recipient", () => {
  test.each([
    // quoted organisation and partner
    ["Une aide de 50 000 $ est annoncée. « Nous saluons ce projet », a dit la présidente de la Chambre de commerce de Rimouski, en collaboration avec la Fondation Horizon."],
    // selection committee
    ["Les projets, financés à hauteur de 80 000 $, ont été choisis par un comité formé des membres de la Table des maires de la Côte."],
    // ministère and government
    ["Une somme de 30 000 $ est versée au ministère de la Famille. Un montant de 20 000 $ est accordé au gouvernement du Nunavut."],
    // vague classes
    ["Une enveloppe de 4 millions de dollars sera remise aux entreprises et aux organismes de la région."],
    ["Un montant de 300 000 $ est destiné à 14 projets en Estrie."],
    // a program is not a recipient
    ["Des investissements de 6 millions de dollars seront affectés au Fonds des initiatives rurales (FIR)."],
    // no money at all
    ["Voici les bénéficiaires : Ferme Roy inc., Atelier Bois Rond et Musée du Fjord."],
  ])("%s", (text) => {
    expect(recipients(text)).toEqual([]);
  });
});

describe("findRecipients: holdout classes (round 3)", () => {
  test.each([
    // an "(ACRONYM)" whose letters are the initials of the words before it carries the name to it
    ["Une aide de 4 M$ est accordée au Laboratoire régional de recherche en énergies marines (LRREM) pour un banc d'essai.",
      ["Laboratoire régional de recherche en énergies marines (LRREM)"]],
    ["Québec verse 90 000 $ à l'Observatoire citoyen des rivières (OCR) cette année.", ["Observatoire citoyen des rivières (OCR)"]],
    // clause shapes: a second clause after "et", "touchera", an apposition, a named group's share, a gapped verb, "vont à"
    ["La Ville de Percé obtient 300 000 $ pour un quai, et la Ville de Gaspé reçoit 210 000 $ pour un sentier.", ["Ville de Percé", "Ville de Gaspé"]],
    ["Une somme de 20 000 $ va à la Ville de Mont-Joli, alors que la Municipalité de Padoue touchera 15 000 $.", ["Ville de Mont-Joli", "Municipalité de Padoue"]],
    ["Les Serres du Plateau inc., une entreprise de Mirabel spécialisée en culture hydroponique, obtient un prêt de 500 000 $.", ["Serres du Plateau inc."]],
    ["Les quatre MRC du Bas-Saint-Laurent se partagent une enveloppe de 2 M$ pour attirer des familles.", ["MRC du Bas-Saint-Laurent"]],
    ["Le Festival des cerfs-volants de Sept-Îles se voit octroyer 80 000 $, et le Rendez-vous des Grands Voiliers, 45 000 $.",
      ["Festival des cerfs-volants de Sept-Îles", "Rendez-vous des Grands Voiliers"]],
    ["Enfin, 75 000 $ vont à l'organisme Pas à Pas Gaspésie, qui aide les familles.", ["Pas à Pas Gaspésie"]],
    ["Le Chantier de la relève agricole reçoit 5 000 $ pour un colloque.", ["Chantier de la relève agricole"]],
  ])("%s", (text, expected) => {
    expect(recipients(text, [])).toEqual(expected);
  });

  test("'Name (amount)' items after a colon or in a comma list, each with its own amount", () => {
    const text = "Les projets retenus sont : la Halte du Quai (12 000 $), le Club Optimiste de Bonaventure (8 500 $) et l'Atelier Bois Flotté (6 000 $).";
    expect(recipients(text, [])).toEqual(["Halte du Quai", "Club Optimiste de Bonaventure", "Atelier Bois Flotté"]);
    expect(recipients("Le reste, soit 90 000 $, est partagé : Saint-Ulric (50 000 $) et Baie-des-Sables (40 000 $).", [])).toEqual(["Saint-Ulric", "Baie-des-Sables"]);
    // one parenthesised amount is a remark, not a list; a money label is not a recipient
    expect(recipients("Le projet de la Halte du Quai (12 000 $) avance bien.", [])).toEqual([]);
    expect(recipients("Les coûts sont : Coût total (90 000 $) et Part du promoteur (10 000 $).", [])).toEqual([]);
  });

  test("a table flattened into one line after its header: extra numeric columns, a region column, a project column", () => {
    const withPopulation = "Sommes par municipalité Municipalité Montant Population (2021) Ville de Percé 410 000 $ 3 095 "
      + "Municipalité de Grande-Vallée 95 500 $ 1 063 Canton de Gaspé-Nord 60 000 $ 812";
    expect(recipients(withPopulation, [])).toEqual(["Ville de Percé", "Municipalité de Grande-Vallée", "Canton de Gaspé-Nord"]);
    const withProject = "Projets soutenus Région Organisme Projet Aide accordée Estrie Théâtre des Collines Tournée des écoles 22 000 $ "
      + "Estrie Chœur Les Voix du Lac Concerts en plein air à Magog 15 000 $ Montérégie Centre d'art de Beloeil inc. Murale collective 30 000 $ "
      + "Montérégie L'Atelier des Pas perdus Résidence d'artistes 18 000 $ Total 85 000 $";
    expect(recipients(withProject, [])).toEqual(["Théâtre des Collines", "Chœur Les Voix du Lac", "Centre d'art de Beloeil inc.", "L'Atelier des Pas perdus"]);
  });

  test("a capital article mid-sentence opens the name, which may end on the people it serves", () => {
    expect(recipients("Québec verse 2 M$ à L’Envol pour les jeunes aidants, dont 500 000 $ pour une ligne d'écoute.", [])).toEqual(["L’Envol pour les jeunes aidants"]);
    expect(recipients("La ministre verse 50 000 $ à La Ruche pour les travaux de rénovation.", [])).toEqual(["La Ruche"]);
    expect(recipients("La ministre verse 50 000 $ à La Ruche pour les jeunes de la ville.", [])).toEqual(["La Ruche"]);
  });

  test("a later short mention ('la Société') is the recipient it heads, not a new one", () => {
    const text = "Une aide de 300 000 $ est accordée à la Société d'histoire du Bas-Richelieu. Une somme de 20 000 $ est aussi versée à la Société pour ses archives.";
    expect(recipients(text, [])).toEqual(["Société d'histoire du Bas-Richelieu"]);
  });

  test("a list before a plural verb is not one name; a capitalised count opens a vague class", () => {
    expect(recipients("Les municipalités de Ristigouche, Matapédia et Escuminac se voient octroyer 90 000 $.", [])).toEqual(["Ristigouche", "Matapédia", "Escuminac"]);
    expect(recipients("Trois municipalités de la Mitis se partageront une aide de 120 000 $.", [])).toEqual([]);
  });

  test("an apposition or a relative clause between the subject and its verb: the name before it", () => {
    expect(recipients("Parmi eux, Le Phare, maison d'hébergement du Bas-Richelieu, obtient la plus forte hausse, soit 90 000 $.", [])).toEqual(["Phare"]);
    expect(recipients("Sainte-Aline, seule municipalité du secteur à avoir déposé une demande, recevra pour sa part 30 000 $.", [])).toEqual(["Sainte-Aline"]);
    expect(recipients("Le Grenier solidaire de Rimouski, qui sert plus de 200 repas par jour, reçoit 52 000 $ pour sa cuisine.", [])).toEqual(["Grenier solidaire de Rimouski"]);
    expect(recipients("La Maison Vivre, active depuis 20 ans, reçoit 10 000 $.", [])).toEqual([]); // a participle: no apposition read
  });

  test("a subject longer than fourteen words, an aside before the verb, a raised budget", () => {
    expect(recipients("Enfin, l’Association des parents et amis des personnes touchées par un trouble de santé du Bas-Saint-Laurent (APAPTS-BSL) reçoit 40 000 $.", []))
      .toEqual(["Association des parents et amis des personnes touchées par un trouble de santé du Bas-Saint-Laurent (APAPTS-BSL)"]);
    expect(recipients("Les 8 cuisines collectives membres de Réseau Partage se partageront quant à elles une somme de 400 000 $.", []))
      .toEqual(["cuisines collectives membres de Réseau Partage"]);
    expect(recipients("La Halte du Quartier voit son financement à la mission rehaussé de 25 000 $.", [])).toEqual(["Halte du Quartier"]);
  });

  test("two subjects joined by 'et' before a plural verb are both recipients; after a comma, a second clause", () => {
    expect(recipients("La Fromagerie Rivière-Noire inc. et la Coopérative agricole de Sainte-Rose se partageront 300 000 $ pour leurs usines.", []))
      .toEqual(["Fromagerie Rivière-Noire inc.", "Coopérative agricole de Sainte-Rose"]);
    expect(recipients("La Ville de Trois-Lacs organise la fête, et la Société du patrimoine de Val-Clair recevra 20 000 $.", []))
      .toEqual(["Société du patrimoine de Val-Clair"]);
  });

  test("elliptical clauses with bare names, neighbours named by an adjective, items after 'ceux du'", () => {
    expect(recipients("La Ville de Rivière-Haute obtient 50 000 $ pour un parc, Pointe-Basse, 40 000 $, et Lac-Doré, 35 000 $.", []))
      .toEqual(["Ville de Rivière-Haute", "Pointe-Basse", "Lac-Doré"]);
    expect(recipients("Les municipalités voisines de Saint-Onésime et de Val-Joli obtiennent respectivement 20 000 $ et 15 000 $.", []))
      .toEqual(["Saint-Onésime", "Val-Joli"]);
    expect(recipients("Les autres projets retenus sont ceux du Cercle des fermières de Saint-Ours (12 000 $), de la Halte Bon Voisin (9 000 $) et d’Accueil Nord (30 000 $).", []))
      .toEqual(["Cercle des fermières de Saint-Ours", "Halte Bon Voisin", "Accueil Nord"]);
  });

  test("a flattened table whose recipient column is 'Entreprise ou organisme'", () => {
    const text = "Projets retenus : Entreprise ou organisme Projet Aide accordée Marina du Cap Quai flottant 40 000 $ "
      + "Gîte Les Trois Pignons Chambres adaptées 25 000 $ Total 65 000 $";
    expect(recipients(text, [])).toEqual(["Marina du Cap", "Gîte Les Trois Pignons"]);
  });

  test("a group whose complement is a bare plural noun is a vague class", () => {
    expect(recipients("Une aide de 35 000 $ est consentie à la Coopérative Relève Nord pour un service destiné aux repreneurs d'entreprises.", []))
      .toEqual(["Coopérative Relève Nord"]);
  });

  test("an acronym whose letters do not spell the words does not stretch the name", () => {
    expect(recipients("Une aide de 4 M$ est accordée au Centre Horizon pour les familles de la baie (ZZ).", [])).toEqual(["Centre Horizon"]);
  });
});

describe("findRecipients: round 5 constructions", () => {
  test.each([
    // an aside before a subject that holds "et": one name, not the tail of a list
    ["La Ferme Dubé reçoit 20 000 $. Quant à elles, Les Serres Gendron et frères se voient octroyer 31 000 $ pour agrandir.",
      ["Ferme Dubé", "Serres Gendron et frères"]],
    // "pour" + a capital article at the end of the sentence
    ["Le ministre a annoncé une contribution de 2,4 M$ pour Les Industries du Cap inc.", ["Les Industries du Cap inc"]], // the final dot is the period
    // "permettra à X de": X benefits
    ["À Saint-Jovite, une contribution de 48 200 $ permettra à la Coopérative du Marché Vert d'aménager un quai.", ["Coopérative du Marché Vert"]],
  ])("%s", (text, expected) => {
    expect(recipients(text)).toEqual(expected);
  });
});

describe("findRecipients: round 6 constructions", () => {
  test.each([
    // a place aside between the subject and its verb: ", de Granby,"
    ["Les Moulures Beaulac inc., de Granby, obtient un prêt de 300 000 $ pour moderniser son usine.", ["Moulures Beaulac inc."]],
    ["La Fromagerie du Rang, à Saint-Élie, reçoit 45 000 $.", ["Fromagerie du Rang"]],
    // a legal suffix ends the name: the verb after "ltée" is not part of it
    ["Les Cuisines et Comptoirs Val-Neuf ltée obtient quant à elle 210 000 $ pour agrandir.", ["Cuisines et Comptoirs Val-Neuf ltée"]],
    // a numbered company, and "<montant>, va à X" when the amount is in apposition to the subject
    ["Le plus gros prêt, soit 700 000 $, va à 9012-4455 Québec inc. (Vergers Dubuc & Fils) pour une usine.", ["9012-4455 Québec inc. (Vergers Dubuc & Fils)"]],
    ["Une aide de 80 000 $ est versée à 9305-1120 Québec inc. pour un entrepôt.", ["9305-1120 Québec inc."]],
    ["Une aide de 80 000 $, à Magog, appuie la relance du centre-ville.", []],
    ["Une aide de 80 000 $ est versée à 2024-2028 Québec pour un entrepôt.", []],
    // a receiving verb ends the name even after a lower-case word ("d'or obtient")
    ["Le Cercle de l'âge d'or obtient pour sa part 12 000 $ afin de remplacer ses tables.", ["Cercle de l'âge d'or"]],
    ["Les Amis du bois vert obtiennent 8 000 $.", ["Amis du bois vert"]],
    ["Trois autres projets du secteur reçoivent aussi une aide totale de 90 000 $.", []],
    // the parts of a total after "dont": each "<montant> pour X", a bare proper name too
    ["Québec annonce 3,4 M$ pour la prévention, dont 2,1 M$ pour le Centre de crise de Laval-Est et 850 000 $ pour Écoute Ados Chomedey.",
      ["Centre de crise de Laval-Est", "Écoute Ados Chomedey"]],
    ["Québec annonce 3,4 M$ pour la prévention, dont 2,1 M$ pour le Centre de crise de Laval-Est. Et 850 000 $ pour Écoute Ados Chomedey.", ["Centre de crise de Laval-Est"]],
  ])("%s", (text, expected) => {
    expect(recipients(text, [])).toEqual(expected);
  });
});

describe("findRecipients: a flattened table with a program column after the amount", () => {
  test("the header's last word is not a name, program acronyms open the next rows, ordinals stay in names", () => {
    const text = "Voici les projets retenus.\nOrganisme Montant Programme Carnaval des neiges de Magog 41 000 $ FDA Club des fêtes du 75e de Racine 12 500 $ PAC Les Amis du théâtre de Lennox 30 000 $ FDA\n";
    expect(recipients(text)).toEqual(["Carnaval des neiges de Magog", "Club des fêtes du 75e de Racine", "Les Amis du théâtre de Lennox"]);
    expect(findPrograms(text)).toEqual([]);
  });
});

describe("findRecipients: a lower-case group named with its acronym", () => {
  test("'Les comités de zones d'intervention prioritaire (ZIP) verront leur financement augmenter'", () => {
    expect(recipients("Les comités de zones d'intervention prioritaire (ZIP) du Québec verront leur financement augmenter de 35 000 $ par année."))
      .toEqual(["comités de zones d'intervention prioritaire (ZIP)"]);
  });
  test("a vague class without an acronym is still no recipient", () => {
    expect(recipients("Les organismes de la région verront leur financement augmenter de 35 000 $ par année.")).toEqual([]);
  });
});

describe("findRecipients: cues are read where a word begins", () => {
  // "ſ" (long s) folds to "s" under /i, so a text that holds one is read by the plain global scan:
  // the word-start reading must find the same recipients.
  const text = "Une aide de 40 000 $ sera versée à la Fondation Horizon. Le Centre Boréal recevra 25 000 $. "
    + "Une somme de 10 000 $ est accordée au bénéfice de la Coopérative Alizé, par l'entremise du Cégep de Lanaudière.";
  test("same recipients with and without the fast path", () => {
    const fast = recipients(text);
    expect(fast).toEqual(expect.arrayContaining(["Fondation Horizon", "Centre Boréal", "Coopérative Alizé"]));
    expect(recipients(`${text} ſ`)).toEqual(fast);
  });
  test("a cue word inside a longer word is no cue", () => {
    expect(recipients("Une aide de 40 000 $ est reversée à la Fondation Horizon.")).toEqual([]);
    // a letter outside the BMP (two UTF-16 units) before the cue word joins it too
    expect(recipients("Une aide de 40 000 $ est \u{1D41A}versée à la Fondation Horizon.")).toEqual([]);
    expect(recipients("Une aide de 40 000 $ est \u{1F600}versée à la Fondation Horizon.")).toEqual(["Fondation Horizon"]);
  });
});

describe("findRecipients: round 7 constructions", () => {
  test("a funder or its territory is no recipient", () => {
    expect(recipients("Au total, Ottawa investit plus de 900 millions de dollars au Canada.")).toEqual([]);
    expect(recipients("Le fédéral versera 40 000 $ au Québec pour ce projet.")).toEqual([]);
  });
  test("a pronoun subject is no name", () => {
    expect(recipients("La coopérative a obtenu 90 000 $. « On reçoit plus d'appels qu'avant », dit sa directrice.")).not.toContain("On");
    expect(recipients("Nous recevons 15 000 $ pour ce projet, se réjouit la directrice.")).not.toContain("Nous");
  });
});

describe("findRecipients: a lone bullet item with text after the amount", () => {
  const text = [
    "Le ministre annonce 90 000 $ pour deux organismes.",
    "",
    "Volet Patrimoine",
    "",
    "- Musée des Forges du Saint-Maurice : 60 000 $ pour une exposition itinérante",
    "",
    "Volet Festivals",
    "",
    "- Festival du conte de Batiscan : 30 000 $",
  ].join("\n");
  test("each item names its recipient", () => {
    expect(recipients(text, [])).toEqual(expect.arrayContaining(["Musée des Forges du Saint-Maurice", "Festival du conte de Batiscan"]));
  });
  test("a lone label line without a bullet is no row", () => {
    expect(recipients("Coût du projet : 60 000 $ pour une exposition.", [])).toEqual([]);
  });
});

describe("findRecipients: a shared total in apposition", () => {
  test("both names of 'Les deux organismes, A et le B, se partagent N $' are recipients", () => {
    const text = "Les deux autres groupes, Répit Soleil et le Centre communautaire des Aulnes, se partagent 40 000 $.";
    expect(recipients(text, [])).toEqual(expect.arrayContaining(["Répit Soleil", "Centre communautaire des Aulnes"]));
  });
});

describe("findRecipients: 'à des' + lower-case noun", () => {
  test("is a class, not a named group", () => {
    expect(recipients("Le ministère consacrera 3 millions de dollars à des chaires de recherche appliquée.", [])).toEqual([]);
  });
  test("'aux' + a named group stays", () => {
    expect(recipients("Le ministre octroie 2 millions de dollars aux carrefours jeunesse-emploi de la région afin qu'ils poursuivent leur mission.", []))
      .toEqual(["carrefours jeunesse-emploi de la région"]);
  });
});

describe("findRecipients: a topic taken up by 'lui'/'leur' after the amount", () => {
  test("'Quant au X, N $ lui sont accordés' names X", () => {
    expect(recipients("Quant à la Maison des aînés de Sainte-Flore, 12 000 $ lui sont versés pour un jardin.", [])).toEqual(["Maison des aînés de Sainte-Flore"]);
    expect(recipients("Quant aux Amis du parc Riverain, 8 000 $ leur seront accordés.", [])).toEqual(["Amis du parc Riverain"]);
  });
  test("without 'lui'/'leur', no topic is read", () => {
    expect(recipients("Quant au Comité des loisirs, 12 000 $ restent à trouver.", [])).toEqual([]);
  });
});

describe("findRecipients: a parenthesised amount after the name's acronym", () => {
  test("'le Centre X (CX) (250 000 $)' is an item with its acronym", () => {
    const text = "Trois organismes se partagent 400 000 $ : la Maison Horizon (100 000 $), le Centre d'insertion des Rives (CIR) (250 000 $) et l'Atelier Boréal (50 000 $).";
    expect(recipients(text, [])).toEqual(expect.arrayContaining(["Maison Horizon", "Centre d'insertion des Rives (CIR)", "Atelier Boréal"]));
  });
});

describe("findRecipients: a name taken up by its generic words", () => {
  test("'au centre de services scolaire' after the full name: that name, where it was given", () => {
    const text = "Le Centre de services scolaire des Navigateurs-du-Nord pourra agrandir l'école Sainte-Famille. "
      + "Québec accorde 14 614 200 $ au centre de services scolaire pour ajouter huit classes.";
    const found = findRecipients(text, { amounts: amountsOf(text), programs: [] });
    expect(found.map((r) => [r.name, r.start])).toEqual([["Centre de services scolaire des Navigateurs-du-Nord", 3]]);
  });

  test("none when the words name another one, or when two earlier names share them", () => {
    expect(recipients("Le Centre de services scolaire des Navigateurs-du-Nord grandit. Québec accorde 50 000 $ au centre de services scolaire de la Capitale.")).toEqual([]);
    expect(recipients("Le Centre de services scolaire des Navigateurs-du-Nord et le Centre de services scolaire des Îles grandissent. "
      + "Québec accorde 50 000 $ au centre de services scolaire pour un gymnase.")).toEqual([]);
  });

  test("a name's head alone takes up the nearest earlier name with that head", () => {
    expect(recipients("La Coopérative Terre Vive grandit. Québec accorde 50 000 $ à la coopérative pour une serre.")).toEqual(["Coopérative Terre Vive"]);
    expect(recipients("La Municipalité de Saint-Aimé-des-Lacs pourra agir. Le projet coûte 3,1 millions de dollars. La municipalité recevra 2 412 730 $ du programme."))
      .toEqual(["Municipalité de Saint-Aimé-des-Lacs"]);
  });

  test("'l'organisme', 'l'entreprise', 'l'établissement': the nearest earlier organisation that is not a place", () => {
    expect(recipients("Le projet est porté par la Corporation de développement du Bas-Fjord, qui souhaite grandir. L'organisme recevra 385 000 $ sur trois ans."))
      .toEqual(["Corporation de développement du Bas-Fjord"]);
    expect(recipients("Le projet, porté par la Maison des jeunes L'Escale, sera érigé sur un terrain cédé par la Ville de Granby. L'organisme recevra 95 000 $."))
      .toEqual(["Maison des jeunes L'Escale"]);
    expect(recipients("Le second projet, présenté par Les Ateliers du Fjord, vise une formation. Une somme de 227 400 $ est accordée à l'entreprise pour des équipements."))
      .toEqual(["Les Ateliers du Fjord"]);
    // another one, described: not the earlier name
    expect(recipients("Le projet est porté par la Corporation du Bas-Fjord. Une somme de 20 000 $ est accordée à l'organisme fédéral pour l'étude.")).toEqual([]);
    // nothing named before
    expect(recipients("Une somme de 20 000 $ est accordée à l'organisme pour l'étude.")).toEqual([]);
  });
});

describe("findRecipients: lists of MRC and of supported organisations", () => {
  test("'Les MRC du A, des B et de C se partageront': each MRC with its head; MRC that contribute are not recipients", () => {
    expect(recipients("Les MRC du Haut-Richelieu, des Jardins-de-Napierville et de Brome-Missisquoi se partageront 1,8 M$ sur trois ans."))
      .toEqual(["MRC du Haut-Richelieu", "MRC des Jardins-de-Napierville", "MRC de Brome-Missisquoi"]);
    expect(recipients("Le ministère y investit 300 000 $. Les MRC d'Antoine-Labelle, des Laurentides et des Pays-d'en-Haut y contribuent chacune à hauteur de 30 000 $."))
      .toEqual([]);
    // a region, not a list of municipalities
    expect(recipients("Une aide de 2 587 500 $ est accordée à quatre municipalités du Bas-Saint-Laurent et de la Gaspésie.")).not.toContain("Bas-Saint-Laurent");
  });

  test("'Les autres organismes soutenus sont le A, la B et l'C': each of them", () => {
    expect(recipients("Québec accorde 90 000 $ à la région. Les autres organismes soutenus sont le Carrefour des proches aidants de la Vallée, "
      + "la Fondation des Sentiers et l'Association des personnes handicapées Matapédia-Est, qui se partagent le solde de 79 100 $."))
      .toEqual(["Carrefour des proches aidants de la Vallée", "Fondation des Sentiers", "Association des personnes handicapées Matapédia-Est"]);
  });
});

describe("findRecipients: a flattened table with a program column", () => {
  test("'Municipalité Programme Projet Aide financière': the name before each row's program acronym", () => {
    const text = "Les projets sont financés par le Programme d'infrastructures municipales pour l'eau (PRIMEAU) et le Fonds pour l'infrastructure municipale d'eau (FIMEAU).\n\n"
      + "Municipalité Programme Projet Aide financière Saint-Boniface FIMEAU Réfection des conduites de la rue Principale 3 120 400 $ "
      + "Charette PRIMEAU Mise aux normes de l'usine 1 987 250 $ Saint-Élie-de-Caxton PRIMEAU Construction d'un réservoir de 800 m3 1 456 000 $ "
      + "Ville de Percé FIMEAU Étude préliminaire 503 000 $";
    expect(recipients(text)).toEqual(["Saint-Boniface", "Charette", "Saint-Élie-de-Caxton", "Ville de Percé"]);
    expect(findPrograms(text).map((p) => p.name)).not.toContainEqual(expect.stringMatching(/^Programme Projet/));
  });
});

describe("findRecipients: names that go on after a service noun, and those a purpose serves", () => {
  test("'Centre d'aide aux entreprises de la Rivière-du-Nord': the people served are part of the name", () => {
    expect(recipients("DEC accorde 175 000 $ au Centre d'aide aux entreprises de la Rivière-du-Nord pour un service.")).toEqual(["Centre d'aide aux entreprises de la Rivière-du-Nord"]);
    expect(recipients("Québec verse 40 000 $ au Carrefour d'aide à la famille de Laval.")).toEqual(["Carrefour d'aide à la famille de Laval"]);
  });

  test("'… au Centre X pour un service destiné aux petites entreprises': those the purpose serves are not paid", () => {
    expect(recipients("DEC accorde une contribution de 175 000 $ au Centre d'aide aux entreprises de la Rivière-du-Nord pour la mise sur pied "
      + "d'un service d'accompagnement destiné aux petites entreprises du territoire.")).toEqual(["Centre d'aide aux entreprises de la Rivière-du-Nord"]);
    // no recipient yet after the money: the participle still gives it
    expect(recipients("Une aide de 50 000 $ pour la rénovation du local est accordée à la Maison des jeunes L'Escale.")).toEqual(["Maison des jeunes L'Escale"]);
  });
});
