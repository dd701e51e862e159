// Lists of recipients with their amounts: a sentence of subjects paired "respectivement" with
// as many amounts, and items separated by semicolons with their amount in parentheses. Each case
// goes through the whole pipeline (extractText), beside a sentence that does NOT qualify.
import { describe, expect, test } from "vitest";
import { extractText } from "../../src/pipeline.js";
import { normalizeText } from "../../src/text/normalize.js";

const HEAD = "RIMOUSKI, QC, le 4 mars 2025 /CNW/ - La ministre annonce une aide totale de 3 790 000 $.\n\n";
const grantsOf = (body: string) =>
  extractText({ source: "t.txt", text: HEAD + body }).grants.map((g) => `${g.recipient} = ${g.amount}`);

describe("subjects paired 'respectivement' with amounts", () => {
  test("three names, a plural receiving verb, three amounts", () => {
    expect(grantsOf("Numérique Bas-Saint-Laurent, Vignoble Innovation et le Centre collégial de robotique (CCR) recevront respectivement 1,15 M$, 640 000 $ et 2 M$.")).toEqual([
      "Numérique Bas-Saint-Laurent = 1150000", "Vignoble Innovation = 640000", "Centre collégial de robotique (CCR) = 2000000"]);
  });
  test("not when the list is no list of organisations", () => {
    expect(grantsOf("En 2023, 2024 et 2025, les projets recevront respectivement 20 000 $, 10 000 $ et 30 000 $.")).toEqual([]);
  });
});

describe("items with their amount in parentheses", () => {
  test("separated by semicolons after 'Les bénéficiaires sont', one name ending in 'inc.'", () => {
    expect(grantsOf("Les bénéficiaires sont la Ville de Matane (248 000 $); la Municipalité de Baie-des-Sables (96 500 $); le Club de ski Les Sentiers inc. (37 800 $); et la Ville de Métis-sur-Mer (147 000 $).")).toEqual([
      "Ville de Matane = 248000", "Municipalité de Baie-des-Sables = 96500", "Club de ski Les Sentiers inc. = 37800", "Ville de Métis-sur-Mer = 147000"]);
  });
  test("one item alone is no list", () => {
    expect(grantsOf("Les travaux (248 000 $) commenceront au printemps.")).toEqual([]);
  });
});

describe("a list after a colon inside the sentence", () => {
  test("'bénéficient chacune de N $ … : la A, la B et l'entreprise C.': each gets the sum", () => {
    expect(grantsOf("Trois autres fermes bénéficient chacune de 56 600 $ pour des bandes riveraines : la Ferme Lebel et fils, la Bergerie du Rang Nord et l'entreprise maraîchère Potager Sainte-Luce.")).toEqual([
      "Ferme Lebel et fils = 56600", "Bergerie du Rang Nord = 56600", "Potager Sainte-Luce = 56600"]);
  });
  test("not when the sentence goes on after the names", () => {
    expect(grantsOf("Trois fermes bénéficient chacune de 56 600 $ : la Ferme Lebel et fils, la Bergerie du Rang Nord et la Ferme Dubé en ont fait la demande l'an dernier.")).toEqual([]);
  });
  test("a trade with its adjective before the name: 'Le verger familial Les Jardins du Coteau, à Métis, reçoit'", () => {
    expect(grantsOf("Le verger familial Les Jardins du Coteau, à Métis, reçoit 146 400 $ pour des haies brise-vent.")).toEqual(["Les Jardins du Coteau = 146400"]);
  });
});

describe("'ce dernier' / 'cette dernière' takes up the last organisation of its gender", () => {
  test("the masculine one of the sentence before", () => {
    expect(grantsOf("Parmi les initiatives, la bibliothèque Côme-Gagnon bonifiera son offre, et le Centre d'art Léo-Morin aménagera un atelier. Ce dernier recevra à cette fin une somme de 180 000 $.")).toEqual(
      ["Centre d'art Léo-Morin = 180000"]);
  });
  test("the feminine one, skipping a masculine name after it", () => {
    expect(grantsOf("La Fondation Rivière-Verte travaille avec le Club des Bâtisseurs. Cette dernière obtient 42 000 $ pour un sentier.")).toEqual(
      ["Fondation Rivière-Verte = 42000"]);
  });
});

describe("each government's share of a sum", () => {
  test("'N $ du fédéral et M $ du provincial' are two grants", () => {
    expect(grantsOf("La Municipalité de Val-Brillant reçoit 2 400 000 $ du fédéral et 2 000 000 $ du provincial pour son réseau d'égout.")).toEqual(
      ["Municipalité de Val-Brillant = 2400000", "Municipalité de Val-Brillant = 2000000"]);
  });
  test("a total 'partagée à parts égales entre les deux ordres de gouvernement' is the recipient's grant", () => {
    expect(grantsOf("Quant à la Municipalité de Padoue, elle obtient une aide totale de 2 513 900 $, partagée à parts égales entre les deux ordres de gouvernement.")).toEqual(
      ["Municipalité de Padoue = 2513900"]);
  });
});

describe("a sum per year and its total", () => {
  test("'N $ par année pendant trois ans, soit M $ au total, à X': the total is X's grant", () => {
    expect(grantsOf("La ministre a annoncé un financement de 500 000 $ par année pendant trois ans, soit 1,5 million de dollars au total, à l'Université du Littoral pour un laboratoire.")).toEqual(
      ["Université du Littoral = 1500000"]);
  });
  test("not a sum per anything else: '1 236 000 $ par année, soit 103 000 $ par lit'", () => {
    expect(grantsOf("La Maison de soins palliatifs Le Fanal recevra un financement récurrent de 1 236 000 $ par année, soit 103 000 $ par lit.")).toEqual(
      ["Maison de soins palliatifs Le Fanal = 1236000"]);
  });
});

describe("who carries a project, and rows with two sources", () => {
  test("'porté par la Corporation X (CX), qui obtient N $': the carrier receives", () => {
    expect(grantsOf("Le premier projet est porté par la Corporation de développement du Haut-Lac (CDHL), qui obtient 612 000 $ pour un incubateur.")).toEqual(
      ["Corporation de développement du Haut-Lac (CDHL) = 612000"]);
  });
  test("not when the project 'représente un investissement de N $'", () => {
    expect(grantsOf("Le projet, porté par la Maison de soins palliatifs Le Fanal, représente un investissement de 9,8 M$.")).toEqual([]);
  });
  test("a row 'X (XX) : N $ du Fonds A (FA) et M $ du volet B': both sums are X's", () => {
    expect(grantsOf("Les festivals soutenus :\n\nFestival de la chanson de Matane (FCM) : 95 000 $ du Fonds du Canada pour la présentation des arts (FCPA) et 20 000 $ du volet Festivals locaux;\nLes Amis du conte de Sayabec : 20 000 $.")).toEqual(
      ["Festival de la chanson de Matane (FCM) = 95000", "Festival de la chanson de Matane (FCM) = 20000", "Les Amis du conte de Sayabec = 20000"]);
  });
  test("'se voit confier N $' gives a grant", () => {
    expect(grantsOf("À Amqui, le Carrefour jeunesse-emploi de la Matapédia se voit confier 88 000 $ pour des ateliers.")).toEqual(
      ["Carrefour jeunesse-emploi de la Matapédia = 88000"]);
  });
});

describe("dash rows whose amount comes after the kind of money", () => {
  const body = "Les projets retenus sont les suivants :\n\n- Station Mont-Bleu inc. – prêt sans intérêt de 410 000 $ pour une dameuse;\n- Corporation du Sentier des Anses – contribution non remboursable de 176 500 $ pour des sentiers;\n- Les Croisières du Large ltée – un demi-million de dollars, sous forme de contribution remboursable.\n\nCes sommes proviennent de l'initiative Tourisme Croissance Québec (TCQ) de DEC, dotée de 45 M$. Le projet de la Station Mont-Bleu bénéficie aussi d'un appui de 280 000 $ dans le cadre du Programme d'aide financière aux stations de ski.";
  const grants = () => extractText({ source: "t.txt", text: HEAD + body }).grants.map((g) => `${g.recipient} = ${g.amount} (${g.program})`);
  test("each row is a grant from the initiative the sums come from; the project's owner receives", () => {
    expect(grants()).toEqual([
      "Station Mont-Bleu inc. = 410000 (Tourisme Croissance Québec (TCQ))",
      "Corporation du Sentier des Anses = 176500 (Tourisme Croissance Québec (TCQ))",
      "Les Croisières du Large ltée = 500000 (Tourisme Croissance Québec (TCQ))",
      "Station Mont-Bleu = 280000 (Programme d'aide financière aux stations de ski)",
    ]);
  });
  test("a row whose text after the dash is no money is no row", () => {
    expect(grantsOf("Les partenaires :\n\n- Station Mont-Bleu inc. – partenaire depuis 2019;\n- Corporation du Sentier – membre fondateur.")).toEqual([]);
  });
  test("'Le projet de Lévis obtient' names a place, not who receives", () => {
    expect(grantsOf("Le projet de Lévis obtient 280 000 $ pour un parc.")).toEqual([]);
  });
});

describe("clauses in contrast, each with its own sum", () => {
  test("'A et B recevront chacun 40 000 $, tandis que C obtient 60 000 $'", () => {
    expect(grantsOf("Le Festival western de Mont-Joli et la Fête des récoltes de Sayabec recevront chacun 40 000 $, tandis que la Corporation des Contes de la Mitis obtient 60 000 $.")).toEqual([
      "Festival western de Mont-Joli = 40000", "Fête des récoltes de Sayabec = 40000", "Corporation des Contes de la Mitis = 60000"]);
  });
});

describe("a table whose organisation is not in the first column", () => {
  test("the column headed 'Organisme' names the row's recipient", () => {
    expect(grantsOf("Trois projets se partagent ces sommes :\n\nProjet | Organisme | Logements | Aide\nLes Berges | Coopérative d'habitation Les Berges de Matane | 48 | 10 450 000 $\nRésidence Le Fanal | Habitations communautaires Le Fanal | 62 | 13 900 000 $")).toEqual([
      "Coopérative d'habitation Les Berges de Matane = 10450000", "Habitations communautaires Le Fanal = 13900000"]);
  });
  test("without such a header, the first column names", () => {
    expect(grantsOf("Les projets :\n\nOrganisme | Projet | Aide\nCoopérative Les Berges | Rénovation | 10 450 000 $\nHabitations Le Fanal | Agrandissement | 13 900 000 $")).toEqual([
      "Coopérative Les Berges = 10450000", "Habitations Le Fanal = 13900000"]);
  });
});

describe("a description, then the name it gives, before the verb", () => {
  test("the name in parentheses: 'Une jeune entreprise établie à Gaspé (Le Fumoir de la Pointe inc.) reçoit'", () => {
    expect(grantsOf("Une jeune entreprise de fumage de poissons établie à Gaspé (Le Fumoir de la Pointe inc.) reçoit 85 000 $ pour un fumoir.")).toEqual(
      ["Le Fumoir de la Pointe inc. = 85000"]);
  });
  test("not a place in parentheses: 'Une entreprise (Gaspé) reçoit'", () => {
    expect(grantsOf("Une jeune entreprise de fumage (Gaspé, Québec) reçoit 85 000 $ pour un fumoir.")).toEqual([]);
  });
  test("'connu sous le nom de X' before the verb", () => {
    expect(grantsOf("Le regroupement de producteurs maraîchers connu sous le nom de Coop des Jardins de Paspébiac obtient quant à lui 62 400 $ pour un entrepôt.")).toEqual(
      ["Coop des Jardins de Paspébiac = 62400"]);
  });
});

describe("a school beside its school board", () => {
  test("'N $ pour l'école secondaire X' in a title, then 'Le Centre de services scolaire Y obtient N $': the board receives", () => {
    const r = extractText({ source: "t.txt", text: "Nouveau gymnase : 14,6 M$ pour l'école secondaire des Cèdres\n\nLe Centre de services scolaire des Monts obtient une aide financière de 14,6 millions de dollars pour agrandir l'école secondaire des Cèdres." });
    expect(r.recipients.map((x) => x.name)).toEqual(["Centre de services scolaire des Monts"]);
    expect(r.grants.map((g) => `${g.recipient} = ${g.amount}`)).toEqual(["Centre de services scolaire des Monts = 14600000"]);
  });
  test("a school alone stays a recipient", () => {
    expect(extractText({ source: "t.txt", text: "Une aide de 40 000 $ est accordée à l'école secondaire des Cèdres pour un laboratoire." }).recipients.map((x) => x.name)).toEqual(["école secondaire des Cèdres"]);
  });
});

describe("time phrases after an amount", () => {
  test("'N $ au cours des trois prochaines années' names no recipient", () => {
    expect(extractText({ source: "t.txt", text: HEAD + "Les organismes pourront compter sur plus de 3 millions $ au cours des trois prochaines années." }).recipients).toEqual([]);
  });
});

describe("costs and offers in parts", () => {
  test("'appuient un projet de 1,2 G$ de X': the project's cost alone is no grant", () => {
    expect(grantsOf("Les gouvernements appuient un projet de 1,2 G$ de NordLith Matériaux inc. à Bécancour.")).toEqual([]);
  });
  test("'lui octroie un prêt de cent millions de dollars ainsi qu'une subvention de 50 M$': both parts go to the one named before", () => {
    expect(grantsOf("Le gouvernement du Canada accorde à NordLith Matériaux inc. une contribution remboursable de 160 M$. De son côté, le gouvernement du Québec lui octroie un prêt de cent millions de dollars ainsi qu'une subvention de 50 M$.")).toEqual(
      ["NordLith Matériaux inc. = 160000000", "NordLith Matériaux inc. = 100000000", "NordLith Matériaux inc. = 50000000"]);
  });
});

describe("money that is not given to the recipient", () => {
  test("an estimate: 'des dommages estimés à 300 000 $'", () => {
    expect(grantsOf("La Fromagerie du Coteau obtient une aide de 1,4 M$. Au printemps, l'usine de la Fromagerie du Coteau avait été touchée par un incendie ayant causé des dommages estimés à 300 000 $.")).toEqual(
      ["Fromagerie du Coteau = 1400000"]);
  });
  test("what a funder after 'par' puts in: 'financé par la Ville de X, qui y consacre 150 000 $'", () => {
    expect(grantsOf("La Corporation du Vieux-Port reçoit 312 576 $. Le projet de la Corporation du Vieux-Port est également financé par la Ville de Matane, qui y consacre 150 000 $.")).toEqual(
      ["Corporation du Vieux-Port = 312576"]);
  });
});

describe("a table with one column per government and a total", () => {
  test("each row's grant is its 'Total' cell (tab-separated)", () => {
    expect(grantsOf("Municipalité\tContribution fédérale\tContribution du Québec\tTotal\nSaint-Ulric\t812 400 $\t432 900 $\t1 245 300 $\nBaie-des-Sables\t356 120 $\t189 770 $\t545 890 $")).toEqual([
      "Saint-Ulric = 1245300", "Baie-des-Sables = 545890"]);
  });
  test("without a 'Total' header, the first amount of the row", () => {
    expect(grantsOf("Municipalité | Aide | Coût du projet\nSaint-Ulric | 812 400 $ | 1 245 300 $\nBaie-des-Sables | 356 120 $ | 545 890 $")).toEqual([
      "Saint-Ulric = 812400", "Baie-des-Sables = 356120"]);
  });
});

describe("'lui accorde' after the sentence that introduces the organisation", () => {
  test("the organisation the sentence before opens on", () => {
    expect(grantsOf("Le Théâtre du Vieux-Port, qui célébrera ses 75 ans en 2026, fait face à d'importants travaux de mise aux normes de sa salle principale. Le ministère lui accorde une aide de 1,4 M$ dans le cadre du programme.")).toEqual(
      ["Théâtre du Vieux-Port = 1400000"]);
  });
  test("not when the sentence before opens on no organisation", () => {
    expect(grantsOf("Les travaux de la salle principale dureront deux ans. Le ministère lui accorde une aide de 1,4 M$.")).toEqual([]);
  });
});

describe("a row naming two organisations that get the sum each", () => {
  test("'– A et Commission scolaire B : 700 000 $ chacun'", () => {
    expect(grantsOf("Les projets :\n\n– Centre de services scolaire des Monts : 1 280 000 $ pour une école;\n– Centre de services scolaire des Îles et Commission scolaire Riverside-Nord : 700 000 $ chacun pour la ventilation.")).toEqual([
      "Centre de services scolaire des Monts = 1280000", "Centre de services scolaire des Îles = 700000", "Commission scolaire Riverside-Nord = 700000"]);
  });
  test("one name with 'et' inside stays one", () => {
    expect(grantsOf("Les projets :\n\n– Société d'histoire et de généalogie de Matane : 20 000 $ chacun;\n– Club de ski de Matane : 10 000 $.")).toEqual([
      "Société d'histoire et de généalogie de Matane = 20000", "Club de ski de Matane = 10000"]);
  });
});

describe("a row naming two organisations that share its sum", () => {
  test("'• La Maison A et le Cercle B — 12 000 $ pour un projet commun': both are recipients, the sum is no one's grant", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Les organismes soutenus :\n\n• Club de l'âge d'or de Matane — 25 000 $ pour des ateliers;\n• La Maison des aînés de Matane et le Cercle de lecture de Sayabec — 12 000 $ pour un projet commun." });
    expect(r.recipients.map((x) => x.name)).toEqual(["Club de l'âge d'or de Matane", "La Maison des aînés de Matane", "Cercle de lecture de Sayabec"]);
    expect(r.grants.map((g) => `${g.recipient} = ${g.amount}`)).toEqual(["Club de l'âge d'or de Matane = 25000"]);
  });
  test("'A et B, pour leur projet commun de sentier : 150 000 $'", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Les projets :\n\n– Ville de Matane : 312 000 $;\n– Municipalité de Padoue et Coopérative de solidarité du Lac, pour leur projet commun de sentier : 150 000 $;" });
    expect(r.recipients.map((x) => x.name)).toEqual(["Ville de Matane", "Municipalité de Padoue", "Coopérative de solidarité du Lac"]);
  });
});

describe("a second verb after 'et' shares the sentence's subject", () => {
  test("'Le Conseil X (CX) assurera la gestion de l'Entente et recevra à cette fin 90 000 $'", () => {
    expect(grantsOf("Le Conseil de l'industrie bioalimentaire du Bas-Saint-Laurent (CIBBSL) assurera la gestion de l'Entente et recevra à cette fin 90 000 $ par année.")).toEqual(
      ["Conseil de l'industrie bioalimentaire du Bas-Saint-Laurent (CIBBSL) = 90000"]);
  });
  test("not across a relative clause", () => {
    expect(grantsOf("Le Conseil de l'industrie du Bas-Saint-Laurent (CIBSL) appuie les producteurs qui exportent et recevra 90 000 $.")).toEqual([]);
  });
});

describe("'Québec y injecte N $' after the sentence that names the project's owner", () => {
  test("the government puts money into the project of the one named before", () => {
    expect(grantsOf("Le Centre de services scolaire des Monts (CSSM) pourra enfin agrandir l'école secondaire du Lac. Québec y injecte 8,75 M$ dans le cadre du Plan québécois des infrastructures.")).toEqual(
      ["Centre de services scolaire des Monts (CSSM) = 8750000"]);
  });
  test("not what the organisation itself puts in: 'La Ville y consacre 150 000 $'", () => {
    expect(grantsOf("Le Centre de services scolaire des Monts (CSSM) pourra enfin agrandir l'école secondaire du Lac. La Ville y consacre 150 000 $.")).toEqual([]);
  });
});

describe("tables written line by line", () => {
  test("'Nom — Ville — Montant' rows: the place's cell between the name and the sum", () => {
    expect(grantsOf("Les organismes qui reçoivent du financement sont :\n\nCentre d'action bénévole Le Phare — Matane — 25 000 $\nClub de l'âge d'or Les Tisserands — Amqui — 18 400 $")).toEqual([
      "Centre d'action bénévole Le Phare = 25000", "Club de l'âge d'or Les Tisserands = 18400"]);
  });
  test("one cell per line, rows apart by blank lines, under a header block", () => {
    expect(grantsOf("Les projets retenus sont les suivants :\n\nOrganisme\nProjet\nMontant accordé\n\nTransit Matane\nHébergement d'urgence\n60 000 $\n\nCentre de femmes L'Étincelle\nAteliers\n38 500 $\n\n« Une citation. »")).toEqual([
      "Transit Matane = 60000", "Centre de femmes L'Étincelle = 38500"]);
  });
  test("funders listed with their shares are no recipients: 'financée par le ministère A (600 000 $), B (250 000 $)'", () => {
    expect(grantsOf("L'Entente est financée par le ministère de l'Emploi et de la Solidarité sociale (600 000 $), Centraide Bas-Saint-Laurent (250 000 $) et les MRC de la région (200 000 $ au total).")).toEqual([]);
  });
});

describe("bullet items 'Name, N $' and names with a slash", () => {
  test("the name up to the first comma, an aside between, the sum last", () => {
    expect(grantsOf("Les autres organismes soutenus sont :\n• Carrefour des proches aidants de Matane, 145 000 $\n• L'Ensoleillée de Sayabec, un centre de jour pour personnes âgées, 118 000 $\n• Ville de Métis-sur-Mer, pour ses cafés-rencontres, 90 000 $")).toEqual([
      "Carrefour des proches aidants de Matane = 145000", "L'Ensoleillée de Sayabec = 118000", "Ville de Métis-sur-Mer = 90000"]);
  });
  test("not a bullet that is a sentence: '- Depuis 2020, le volet a permis …, pour un total de 14,7 M$'", () => {
    expect(grantsOf("Faits saillants :\n- Depuis 2020, le volet 1 a permis de soutenir 90 projets, pour un total de 14,7 M$.\n- En 2024, le fonds a soutenu 700 festivals, pour un total de 39,6 M$.")).toEqual([]);
  });
  test("'La Fondation Sainte-Croix/Heriot … reçoit': the slash stays inside the name", () => {
    expect(grantsOf("La Fondation Sainte-Croix/Heriot, qui soutient l'hôpital, reçoit deux cent mille dollars pour des visites.")).toEqual(["Fondation Sainte-Croix/Heriot = 200000"]);
  });
});

describe("more ways money reaches the one named before", () => {
  test("'bénéficie d'un prêt de N $ d'Investissement Québec, accordé dans le cadre du programme X, ainsi que d'une subvention de M $'", () => {
    expect(grantsOf("D'abord, Les Serres du Fleuve inc. bénéficie d'un prêt de 1,75 M$ d'Investissement Québec, accordé dans le cadre du programme ESSOR, ainsi que d'une subvention de 480 000 $ du ministère.")).toEqual(
      ["Serres du Fleuve inc. = 1750000", "Serres du Fleuve inc. = 480000"]);
  });
  test("'Le gouvernement du Canada investit N $ dans ce projet' after the sentence that names the project's owner", () => {
    expect(grantsOf("La Ville de Matane construira un centre aquatique. Le gouvernement du Canada investit 8 400 000 $ dans ce projet. Le gouvernement du Québec y consacre 6 999 300 $, tandis que la Ville fournit 5 600 700 $.")).toEqual(
      ["Ville de Matane = 8400000", "Ville de Matane = 6999300"]);
  });
  test("'Cette même entreprise bénéficie de N $' takes up the company named before", () => {
    expect(grantsOf("Le cégep offrira la formation en collaboration avec l'entreprise Forages du Nord inc., qui accueillera les stagiaires. Cette même entreprise bénéficie d'ailleurs d'un demi-million de dollars pour former ses employés.")).toEqual(
      ["Forages du Nord inc. = 500000"]);
  });
  test("'la Régie intermunicipale sanitaire des Monts': a régie is an organisation", () => {
    expect(grantsOf("Le programme octroie 1 245 000 $ à la Régie intermunicipale sanitaire des Monts pour son usine.")).toEqual(
      ["Régie intermunicipale sanitaire des Monts = 1245000"]);
  });
});

describe("companies and givers in one sentence", () => {
  test("'Les entreprises A ltée et B obtiennent chacune 400 000 $': a legal form ends the first subject", () => {
    expect(grantsOf("Les entreprises Bois Francs Lavoie ltée et Ébénisterie du Fleuve obtiennent chacune 400 000 $ sous forme de contribution remboursable.")).toEqual(
      ["Bois Francs Lavoie ltée = 400000", "Ébénisterie du Fleuve = 400000"]);
  });
  test("'la Fondation X … remettra 3,5 M$ à l'établissement': the giver is not the établissement", () => {
    expect(extractText({ source: "t.txt", text: HEAD + "Le reste du financement provient de la communauté : la Fondation de ma vie, qui amasse des fonds depuis 1983, remettra 3,5 M$ à l'établissement pour l'achat des équipements." }).recipients.map((r) => r.name)).toEqual([]);
  });
});

describe("groups, additions and acronyms", () => {
  test("'à trois maisons d'hébergement de la Montérégie' (a few, counted in words) is no recipient; '31 haltes-garderies de l'Estrie' is", () => {
    expect(extractText({ source: "t.txt", text: HEAD + "Québec annonce un soutien de 1 842 500 $ à trois maisons d'hébergement de la Montérégie qui accueillent des femmes." }).recipients).toEqual([]);
    expect(extractText({ source: "t.txt", text: HEAD + "Québec accorde 2,3 M$ à 31 haltes-garderies communautaires de l'Estrie pour leurs activités." }).recipients.map((r) => r.name)).toEqual(["haltes-garderies communautaires de l'Estrie"]);
  });
  test("'reçoit un rehaussement de N $, auquel s'ajoute une aide ponctuelle de M $': both are grants", () => {
    expect(grantsOf("Située à Amqui, la Maison Hélène-Roy reçoit quant à elle un rehaussement annuel de 187 500 $ à la mission, auquel s'ajoute une aide ponctuelle de 310 000 $ pour son bâtiment.")).toEqual(
      ["Maison Hélène-Roy = 187500", "Maison Hélène-Roy = 310000"]);
  });
  test("'Le CISSS recevra' after 'le Centre intégré … (CISSS du Bas-Saint-Laurent)': the full name", () => {
    expect(grantsOf("Elle s'associe au Centre intégré de santé et de services sociaux du Bas-Saint-Laurent (CISSS du Bas-Saint-Laurent), qui y affectera deux intervenants. Le CISSS recevra à cette fin 185 000 $ par année.")).toEqual(
      ["Centre intégré de santé et de services sociaux du Bas-Saint-Laurent (CISSS du Bas-Saint-Laurent) = 185000"]);
  });
});

describe("taking up the recipient of the sentence before", () => {
  test("'L'organisme recevra aussi 275 000 $' after 'Tourisme X obtient …'", () => {
    expect(grantsOf("Tourisme Haute-Gaspésie obtient une contribution de deux millions de dollars pour sa mise en marché. L'organisme recevra aussi 275 000 $ pour une étude.")).toEqual(
      ["Tourisme Haute-Gaspésie = 2000000", "Tourisme Haute-Gaspésie = 275000"]);
  });
  test("'Québec y consacre N $' after a table: no row's owner takes it", () => {
    expect(grantsOf("Organisme | Projet | Montant accordé\nVille de Matane | Conduite | 4 210 000 $\nMunicipalité de Padoue | Réservoir | 1 000 000 $\n\nLe gouvernement du Canada contribue à ces projets à hauteur de 5 752 380 $, tandis que le gouvernement du Québec y consacre 3 834 920 $.")).toEqual(
      ["Ville de Matane = 4210000", "Municipalité de Padoue = 1000000"]);
  });
});

describe("each part to each, and an adverb before 'à'", () => {
  test("'Les municipalités de A et de B recevront chacune N $ du gouvernement du Canada et M $ du gouvernement du Québec'", () => {
    expect(grantsOf("Les municipalités de Saint-Ulric et de Baie-des-Sables recevront chacune 1 250 000 $ du gouvernement du Canada et 1 041 667 $ du gouvernement du Québec pour leur salle.")).toEqual([
      "Saint-Ulric = 1250000", "Saint-Ulric = 1041667", "Baie-des-Sables = 1250000", "Baie-des-Sables = 1041667"]);
  });
  test("'accorde également à la quincaillerie familiale Les Matériaux X et fils une contribution de N $'", () => {
    expect(grantsOf("Le gouvernement accorde également à la quincaillerie familiale Les Matériaux Côté et fils une contribution non remboursable de 385 000 $.")).toEqual(
      ["Les Matériaux Côté et fils = 385000"]);
  });
});

describe("rows with a project's cell, and cells one per line without blank lines", () => {
  test("'– Ville de Percé – réaménagement de la promenade – 640 000 $' and a project cell with digits", () => {
    expect(grantsOf("Les projets :\n\n– Ville de Gaspé – réaménagement de la promenade – 640 000 $\n– Camping Bellevue de Matapédia – branchement de 40 emplacements – 48 200 $")).toEqual([
      "Ville de Gaspé = 640000", "Camping Bellevue de Matapédia = 48200"]);
  });
  test("a header block then rows of as many lines, no blank line between", () => {
    expect(grantsOf("Projets retenus\n\nOrganisme\nProjet\nAide financière\nCentre de services scolaire des Phares\nConstruction d'un gymnase\n3 250 000 $\nCollège Mont-Sainte-Luce\nAgrandissement\n1 190 000 $\nTotal\n4 440 000 $")).toEqual([
      "Centre de services scolaire des Phares = 3250000", "Collège Mont-Sainte-Luce = 1190000"]);
  });
  test("'L'aide gouvernementale se compose d'un prêt de N $ … ainsi que d'une contribution de M $': parts of the grant before", () => {
    expect(grantsOf("La ministre annonce une aide financière de 2,35 millions de dollars à l'entreprise Usinage de précision Matane inc. pour son usine. L'aide gouvernementale se compose d'un prêt de 2 millions de dollars accordé par Investissement Québec, dans le cadre du programme ESSOR, ainsi que d'une contribution non remboursable de 350 000 $. De son côté, la MRC consent à l'entreprise un prêt de 150 000 $.")).toEqual([
      "Usinage de précision Matane inc. = 2350000", "Usinage de précision Matane inc. = 2000000", "Usinage de précision Matane inc. = 350000", "Usinage de précision Matane inc. = 150000"]);
  });
});

describe("the sum first, and the other funder's share", () => {
  test("'- 2,8 M$ : Croisières X inc.' rows", () => {
    expect(grantsOf("En résumé :\n- 2,8 M$ : Croisières du Fleuve inc.\n- 1,15 M$ : Le Refuge du Massif.")).toEqual([
      "Croisières du Fleuve inc. = 2800000", "Le Refuge du Massif = 1150000"]);
  });
  test("'De son côté, le gouvernement du Québec octroie une subvention de N $' after a grant to one recipient", () => {
    expect(grantsOf("Le gouvernement du Canada accorde 3 450 000 $ au Musée régional de la Côte. De son côté, le gouvernement du Québec octroie une subvention de 4,2 M$ provenant du Programme d'aide aux immobilisations.")).toEqual([
      "Musée régional de la Côte = 3450000", "Musée régional de la Côte = 4200000"]);
  });
});

describe("rows carried by an organisation, and 'à la MRC'", () => {
  test("'• La Route des cidres, portée par la Chambre de commerce X : 780 000 $' and a sum in words", () => {
    expect(grantsOf("Trois projets :\n\n• La Route des cidres de Matane, portée par la Chambre de commerce de Matane : 780 000 $\n• Le Circuit des saveurs, porté par la Coopérative de solidarité Les Saveurs, à Sayabec : cinq cent mille dollars")).toEqual([
      "Chambre de commerce de Matane = 780000", "Coopérative de solidarité Les Saveurs = 500000"]);
  });
  test("'Québec y versera 180 000 $ à la MRC, qui …' after 'La MRC de Kamouraska et le ministère ont signé …'", () => {
    expect(grantsOf("La MRC de La Matanie et le ministère de la Culture ont signé une entente. Québec y versera 180 000 $ à la MRC, qui ajoutera un montant équivalent.")).toEqual(
      ["MRC de La Matanie = 180000"]);
  });
});

describe("parts of a grant after a cost, and more trades", () => {
  test("'L'aide gouvernementale se compose …' two sentences after the grant, over a project's cost", () => {
    expect(grantsOf("La ministre annonce une aide de 2,35 millions de dollars à l'entreprise Usinage Matane inc. pour son usine. L'annonce a été faite à Matane.\n\nLe projet, évalué à plus de 9,8 M$, prévoit l'ajout de robots. Il permettra de créer 22 emplois.\n\nL'aide gouvernementale se compose d'un prêt de 2 millions de dollars ainsi que d'une contribution non remboursable de 350 000 $.")).toEqual([
      "Usinage Matane inc. = 2350000", "Usinage Matane inc. = 2000000", "Usinage Matane inc. = 350000"]);
  });
  test("'le diffuseur pluridisciplinaire X, à Austin, reçoit' and 'se voit quant à lui accorder'", () => {
    expect(grantsOf("– le diffuseur pluridisciplinaire La Grange du Lac, à Austin, reçoit 48 000 $ pour sa salle;\n\nLe fabricant de meubles Ébénisterie Mégantic inc. se voit quant à lui accorder plus de 3 millions $ sous la forme d'un prêt.")).toEqual([
      "La Grange du Lac = 48000", "Ébénisterie Mégantic inc. = 3000000"]);
  });
});

describe("lists after a colon: items without an article, and a program heading", () => {
  test("'cinq organismes se partageront 37 900 $ : le Club A, Scouts de B, la Ligue C …'", () => {
    expect(extractText({ source: "t.txt", text: HEAD + "Enfin, cinq organismes de loisir se partageront 37 900 $ : le Club de patinage de Matane, Scouts de Matane, la Ligue de balle-molle féminine et le Cercle des fermières de Sayabec." }).recipients.map((r) => r.name)).toEqual([
      "Club de patinage de Matane", "Scouts de Matane", "Ligue de balle-molle féminine", "Cercle des fermières de Sayabec"]);
  });
  test("'Les bénéficiaires sont :' then a program's name heading its table is no recipient", () => {
    expect(extractText({ source: "t.txt", text: HEAD + "Ce financement est accordé par l'entremise du Fonds du Canada pour la présentation des arts (FCPA).\n\nLes bénéficiaires sont :\n\nFonds du Canada pour la présentation des arts (FCPA)\nBénéficiaire\tVille\tFinancement\nFestival de poésie de Matane\tMatane\t285 000 $\nLes Nuits du jazz de Sayabec\tSayabec\t164 500 $" }).recipients.map((r) => r.name)).toEqual([
      "Festival de poésie de Matane", "Les Nuits du jazz de Sayabec"]);
  });
});

describe("'À <ville>, la municipalité recevra'", () => {
  test("the town the sentence opens on, not the municipality named before", () => {
    expect(grantsOf("La Municipalité de Saint-Ulric obtient 126 900 $. À Saint-Léonard-d'Aston, la municipalité recevra 1 040 000 $ pour le rang Saint-Joseph.")).toEqual(
      ["Municipalité de Saint-Ulric = 126900", "Saint-Léonard-d'Aston = 1040000"]);
  });
});

describe("towns, their people, and items with a purpose", () => {
  test("'À Port-Cartier, la Ville obtient N $ d'Ottawa et M $ de Québec'; 'Les résidents de A et de B bénéficieront' names no recipient", () => {
    expect(grantsOf("Les résidents de Matane et de Port-Cartier bénéficieront d'une eau plus sûre grâce à un investissement de 14,7 millions de dollars.\n\nÀ Port-Cartier, la Ville obtient 1 680 000 $ d'Ottawa et 1 400 000 $ de Québec pour son usine.")).toEqual(
      ["Port-Cartier = 1680000", "Port-Cartier = 1400000"]);
  });
  test("'… recevront chacun 18 500 $ … :' then '- le Comité des fêtes de X, pour la 40e édition …;'", () => {
    expect(grantsOf("Les trois organismes suivants recevront chacun 18 500 $ du volet Festivals locaux :\n- le Comité des fêtes de Matane, pour la 40e édition de la Fête au village;\n- la Société historique de la Matanie, pour son festival;\n- Le Rendez-vous des cerfs-volants de Sayabec.")).toEqual([
      "Comité des fêtes de Matane = 18500", "Société historique de la Matanie = 18500", "Le Rendez-vous des cerfs-volants de Sayabec = 18500"]);
  });
});

describe("'L'organisme' takes up the one the same word named", () => {
  test("'porté par l'organisme à but non lucratif Logis X … L'organisme touchera …', not the agency named before", () => {
    expect(grantsOf("La Société d'habitation du Québec (SHQ) y consacre 23 870 000 $.\n\nLe premier projet, porté par l'organisme à but non lucratif Logis Rivière-Verte, comprend 96 logements. L'organisme touchera une subvention de 17 320 000 $ de la SHQ.")).toEqual(
      ["Logis Rivière-Verte = 17320000"]);
  });
  test("not over a nearer organisation named by its head: 'Cet organisme' after 'porté par Maison X'", () => {
    expect(grantsOf("À Matane, l'organisme Habitations Le Tremplin recevra 11,3 M$ pour un immeuble. Un projet de 12 logements, porté par Maison Réalité Jeunesse, complète l'annonce. Cet organisme, qui accompagne les jeunes depuis 20 ans, se voit octroyer 3,4 M$.")).toEqual(
      ["Habitations Le Tremplin = 11300000", "Maison Réalité Jeunesse = 3400000"]);
  });
});

describe("a cleft, and a dash inside a row's name", () => {
  test("'À Amos, c'est la Société d'histoire X qui obtient 210 000 $'", () => {
    expect(grantsOf("À Amos, c'est la Société d'histoire et de patrimoine de l'Harricana qui obtient 210 000 $ pour ses archives.")).toEqual(
      ["Société d'histoire et de patrimoine de l'Harricana = 210000"]);
  });
  test("'– Régie de transport Gaspésie–Îles-de-la-Madeleine (RÉGÎM) : 1 779 000 $'", () => {
    expect(grantsOf("Les projets :\n\n– Régie intermunicipale de transport Gaspésie–Îles-de-la-Madeleine (RÉGÎM) : 1 779 000 $\n– Ville de Gaspé : 500 000 $")).toEqual([
      "Régie intermunicipale de transport Gaspésie–Îles-de-la-Madeleine (RÉGÎM) = 1779000", "Ville de Gaspé = 500000"]);
  });
});

describe("a business named after its trade, an adjective before it", () => {
  test("'la petite ferme familiale Pousses & Racines, à Hemmingford, bénéficie de 612 000 $'", () => {
    expect(grantsOf("Enfin, la petite ferme familiale Pousses & Racines, à Hemmingford, bénéficie de 612 000 $.")).toEqual(["Pousses & Racines = 612000"]);
  });
  test("'la ferme Pousses et Racines': a trade, then a name of two words or more", () => {
    expect(grantsOf("La ferme Pousses et Racines bénéficie de 612 000 $.")).toEqual(["Pousses et Racines = 612000"]);
  });
  test("not 'la ferme Gagnon': one word after the trade is a family's farm, not surely a name", () => {
    expect(grantsOf("La ferme Gagnon bénéficie de 612 000 $.")).toEqual([]);
  });
});

describe("'lui' given money after the sentence that names the organisation", () => {
  test("a list item goes on: '• X, un organisme …, construira 72 logements. La SHQ lui accorde N $.'", () => {
    expect(grantsOf("Les projets :\n\n• Habitations Solidaires du Mont-Bellevue, un organisme à but non lucratif de Magog, construira 72 logements. La SHQ lui accorde 9 850 000 $.\n\n• Le Groupe Logis-Aînés ajoutera 44 logements.")).toEqual(
      ["Habitations Solidaires du Mont-Bellevue = 9850000"]);
  });
  test("not an item of an earlier line: the list item before is no sentence 'lui' refers to", () => {
    expect(grantsOf("Les projets :\n\n• Habitations Solidaires du Mont-Bellevue, un organisme à but non lucratif de Magog, construira 72 logements.\nLa SHQ lui accorde 9 850 000 $.")).toEqual([]);
  });
  test("the passive: 'Le montant qui lui est octroyé s'élève à N $'", () => {
    expect(grantsOf("L'Office municipal d'habitation de Magog ajoutera 44 logements. Le montant qui lui est octroyé s'élève à 5 438 000 $.")).toEqual(
      ["Office municipal d'habitation de Magog = 5438000"]);
  });
  test("not a participle of something other than giving: 'qui lui est demandé'", () => {
    expect(grantsOf("L'Office municipal d'habitation de Magog ajoutera 44 logements. Le loyer qui lui est demandé s'élève à 5 438 $.")).toEqual([]);
  });
});

describe("governments put money into a project ('y investit'): the organisation that carries it out", () => {
  test("'réalisé par la Ville de X' the sentence before; 'respectivement' two shares", () => {
    expect(grantsOf("Le projet, soit la reconstruction de l'aréna, sera réalisé par la Ville de Magog. Les gouvernements du Canada et du Québec y investissent respectivement 3 859 000 $ et 3 215 833 $.")).toEqual(
      ["Ville de Magog = 3859000", "Ville de Magog = 3215833"]);
  });
  test("'La Ville de X assume le reste des coûts' the sentence after; the other government's share, its verb left out", () => {
    expect(grantsOf("Le premier projet vise la construction d'une usine à Rivière-aux-Cèdres. Le gouvernement du Canada y investit 4 216 588 $ et le gouvernement du Québec, 3 513 472 $. La Ville de Rivière-aux-Cèdres assume le reste des coûts, soit 2 810 000 $.")).toEqual(
      ["Ville de Rivière-aux-Cèdres = 4216588", "Ville de Rivière-aux-Cèdres = 3513472"]);
  });
  test("not a town that only takes part: 'La Ville de X participe aussi'", () => {
    expect(grantsOf("Le premier projet vise la construction d'une usine à Rivière-aux-Cèdres. Le gouvernement du Canada y investit 4 216 588 $. La Ville de Rivière-aux-Cèdres participe aussi au projet.")).toEqual([]);
  });
});

describe("rows whose cells are apart by ' - ': the name, the project, the sum", () => {
  test("the last cell before the sum is the project's; a name with ' - ' inside keeps it", () => {
    expect(grantsOf("Les projets retenus :\n\n• Maison des grands-parents de Saint-Jérôme - Programme de jumelage - 12 500 $\n• FADOQ - Club de Val-David - Aménagement d'un jardin - 25 000 $\n• Chorale Les Voix d'Argent - Série de concerts pour aînés - 24 000 $")).toEqual([
      "Maison des grands-parents de Saint-Jérôme = 12500", "FADOQ - Club de Val-David = 25000", "Chorale Les Voix d'Argent = 24000"]);
  });
  test("not a row alone: its ' - ' may be inside the name", () => {
    expect(grantsOf("Le projet retenu :\n\n• FADOQ - Club de Val-David - 25 000 $\n\nLes travaux commenceront en mai.")).toEqual(["FADOQ - Club de Val-David = 25000"]);
  });
});

describe("a recipient that gives money of its own is not given it", () => {
  test("'X, qui prête un local, s'est engagée à verser une contribution de 10 000 $ au projet'", () => {
    expect(grantsOf("La Municipalité de Prévost obtient 25 000 $ pour son chalet. Il est à noter que la Municipalité de Prévost, qui prête un local au club, s'est engagée à verser une contribution de 10 000 $ au projet.")).toEqual(
      ["Municipalité de Prévost = 25000"]);
  });
  test("not when another gives to it: 'X, par l'entremise du ministère qui lui versera 10 000 $, …'", () => {
    expect(grantsOf("La Municipalité de Prévost obtient 25 000 $ pour son chalet. La Municipalité de Prévost, par l'entremise du ministère qui lui versera 10 000 $, rénove son chalet.")).toEqual(
      ["Municipalité de Prévost = 25000", "Municipalité de Prévost = 10000"]);
  });
});

describe("tables and list items that give the sum first or apart from the name", () => {
  test("a header naming the columns, the sum first: 'Montant | Organisme | Municipalité' (tab-separated)", () => {
    expect(grantsOf("Les organismes retenus :\n\nMontant\tOrganisme\tMunicipalité\n25 000 $\tClub de l'âge d'or Les Tourterelles\tGatineau\n18 200 $\tCentre communautaire Entre-Nous\tGatineau")).toEqual([
      "Club de l'âge d'or Les Tourterelles = 25000", "Centre communautaire Entre-Nous = 18200"]);
  });
  test("not without a header: a row whose sum comes first names no column", () => {
    expect(grantsOf("Les organismes retenus :\n\n25 000 $\tClub de l'âge d'or Les Tourterelles\tGatineau\n18 200 $\tCentre communautaire Entre-Nous\tGatineau")).toEqual([]);
  });
  test("cells apart by ' ; ', the name first and the sum last (an aside after the name's comma left out)", () => {
    expect(grantsOf("Les établissements et l'aide accordée sont :\n\nUniversité de l'Estuaire ; plateforme d'imagerie ; 2 100 000 $\nCollège Montmorency-Est, par l'entremise de son centre BioNova ; bioprocédés ; 620 000 $")).toEqual([
      "Université de l'Estuaire = 2100000", "Collège Montmorency-Est = 620000"]);
  });
  test("not a line whose last cell is no sum", () => {
    expect(grantsOf("Les établissements sont :\n\nUniversité de l'Estuaire ; plateforme d'imagerie ; 2 100 000 $ en 2026 et plus\nCollège Montmorency-Est ; bioprocédés ; 620 000 $ en 2027 et plus")).toEqual([]);
  });
  test("a list item that gives the sum to its recipient: '– 14,2 M$ au Centre de services scolaire X, pour …;'", () => {
    expect(grantsOf("Les projets autorisés sont les suivants :\n\n– 14,2 M$ au Centre de services scolaire de la Rivière-du-Nord, pour l'ajout de 12 classes;\n– 9,75 M$ au Centre de services scolaire des Mille-Îles, pour un gymnase.")).toEqual([
      "Centre de services scolaire de la Rivière-du-Nord = 14200000", "Centre de services scolaire des Mille-Îles = 9750000"]);
  });
});

describe("a plural subject, then the names it stands for after 'soit'", () => {
  test("'Les trois carrefours, soit le Carrefour A, le Carrefour B et le Carrefour C, recevront chacun 45 000 $'", () => {
    expect(grantsOf("Les trois carrefours jeunesse-emploi lavallois, soit le Carrefour jeunesse-emploi Laval-Ouest, le Carrefour jeunesse-emploi Laval-Est et le Carrefour jeunesse-emploi Laval-Centre, recevront chacun 45 000 $ pour un projet commun.")).toEqual([
      "Carrefour jeunesse-emploi Laval-Ouest = 45000", "Carrefour jeunesse-emploi Laval-Est = 45000", "Carrefour jeunesse-emploi Laval-Centre = 45000"]);
  });
  test("not when the items are no organisations' names: 'soit Laval, Terrebonne et Mirabel' (places)", () => {
    expect(grantsOf("Les trois villes, soit Laval, Terrebonne et Mirabel, recevront chacune 45 000 $ pour un projet commun.")).toEqual([]);
  });
});

describe("names between dashes after a plural subject; a sum given to 'lui' before the words", () => {
  test("'Trois organismes — A, B et C — recevront chacun 20 000 $': names without a head word, as the subject says what they are", () => {
    expect(grantsOf("Trois organismes de Lambton — le Comptoir vestimentaire Entre-Nous, l'Association des proches aidants du Granit et Le Grenier solidaire — recevront chacun 20 000 $.")).toEqual([
      "Comptoir vestimentaire Entre-Nous = 20000", "Association des proches aidants du Granit = 20000", "Le Grenier solidaire = 20000"]);
  });
  test("not when the subject does not say they are organisations: 'Trois lieux — A, B et C — recevront chacun'", () => {
    expect(grantsOf("Trois lieux de Lambton — le Comptoir vestimentaire Entre-Nous, le Parc des Bouleaux et Le Grenier solidaire — recevront chacun 20 000 $.")).toEqual([]);
  });
  test("'Une deuxième tranche de 160 000 $ lui sera versée en 2026'", () => {
    expect(grantsOf("Le Musée maritime de Pointe-aux-Brumes obtient 240 000 $ pour remplacer ses systèmes. Une deuxième tranche de 160 000 $ lui sera versée en 2026.")).toEqual([
      "Musée maritime de Pointe-aux-Brumes = 240000", "Musée maritime de Pointe-aux-Brumes = 160000"]);
  });
});

describe("asides between a name and its verb, or between a participle and 'à'", () => {
  test("'Le Théâtre X, un organisme sans but lucratif qui gère depuis 1979 une salle de 420 places, obtient'", () => {
    expect(grantsOf("Le Théâtre du Vieux-Quai, un organisme sans but lucratif qui gère depuis 1979 une salle de 420 places dans le quartier Saint-Roch, obtient 1 475 000 $.")).toEqual(
      ["Théâtre du Vieux-Quai = 1475000"]);
  });
  test("not a long aside that says nothing of what the name is: 'La rue X, que la Ville refera …, obtient'", () => {
    expect(grantsOf("La rue Saint-Roch, que les équipes municipales refont depuis 1979 sur une longueur de 420 mètres dans le quartier, obtient 1 475 000 $.")).toEqual([]);
  });
  test("'une aide de 590 000 $ est accordée, également par l'intermédiaire du FCEC, à la Coopérative X'", () => {
    expect(grantsOf("Par ailleurs, une aide de 590 000 $ est accordée, également par l'intermédiaire du FCEC, à la Coopérative des artistes de Limoilou pour l'achat d'un garage.")).toEqual(
      ["Coopérative des artistes de Limoilou = 590000"]);
  });
});

describe("a relative aside after an apposition; money added to the grant before; a time after 'versera au'", () => {
  test("'le Centre X (CX), un centre collégial rattaché au Cégep Y, par le biais duquel les sommes seront versées, reçoit'", () => {
    expect(grantsOf("Ainsi, le Centre de recherche en agroforesterie nordique (CRAN), un centre collégial de transfert de technologie rattaché au Cégep de Jonquière, par le biais duquel les sommes seront versées, reçoit une aide financière de 1 950 000 $.")).toEqual(
      ["Centre de recherche en agroforesterie nordique (CRAN) = 1950000"]);
  });
  test("'À ce montant s'ajoute une somme de trois cent mille dollars': more for the one of the sentence before", () => {
    expect(grantsOf("Le Centre de recherche nordique (CRN) reçoit une aide de 1 950 000 $. Cette aide lui permettra d'acquérir des équipements. À ce montant s'ajoute une somme de trois cent mille dollars, réservée à l'embauche de stagiaires.")).toEqual(
      ["Centre de recherche nordique (CRN) = 1950000", "Centre de recherche nordique (CRN) = 300000"]);
  });
  test("not 'versera au cours de la même période quelque 450 000 $ … à des PME': a time, not a recipient", () => {
    expect(grantsOf("Le CRAS, qui agit lui-même comme bailleur de fonds auprès de ses membres, versera au cours de la même période quelque 450 000 $ en bourses à des PME de la région.")).toEqual([]);
  });
});

describe("a relative clause that gives to the name before it; 'à l'organisme' over the giver of its own sentence", () => {
  test("'sera réalisé par le Centre X (CX de Y), auquel le ministère accorde à cette fin une somme de 10,8 millions $'", () => {
    expect(grantsOf("Le projet sera réalisé par le Centre intégré de santé de l'Abitibi (CISSS de l'Abitibi), auquel le ministère accorde à cette fin une somme de 10,8 millions $.")).toEqual(
      ["Centre intégré de santé de l'Abitibi (CISSS de l'Abitibi) = 10800000"]);
  });
  test("'la Coopérative X, à qui Québec verse 200 000 $, ouvrira en mai'", () => {
    expect(grantsOf("La Coopérative du Rang, à qui Québec verse 200 000 $, ouvrira en mai.")).toEqual(["Coopérative du Rang = 200000"]);
  });
  test("not a relative clause of something else: 'le Centre X, auquel le ministère tient, célèbre ses 200 000 $ de dons'", () => {
    expect(grantsOf("La visite s'est terminée au Centre culturel du Rang, auquel la ministre tient beaucoup; il a amassé 200 000 $ en dons.")).toEqual([]);
  });
  test("'porté par l'organisme … Habitations X. … la SCHL consent à l'organisme un prêt de 4,3 M$'", () => {
    expect(grantsOf("Le second projet est porté par l'organisme à but non lucratif Habitations Le Tournesol. Par l'entremise du Fonds national de co-investissement pour le logement (FNCIL), la Société canadienne d'hypothèques et de logement (SCHL) consent à l'organisme un prêt de 4,3 M$.")).toEqual(
      ["Habitations Le Tournesol = 4300000"]);
  });
});

describe("a project's label with its promoter in parentheses; the past of receiving", () => {
  test("'- Réfection du quai (Municipalité de Lac-Vermillon) : 55 000 $': the promoter, not the project", () => {
    expect(grantsOf("Voici les projets retenus :\n\n- Aménagement d'un sentier éclairé (Club de plein air Les Sorbiers) : 42 000 $\n- Réfection du quai municipal (Municipalité de Lac-Vermillon) : 55 000 $")).toEqual([
      "Club de plein air Les Sorbiers = 42000", "Municipalité de Lac-Vermillon = 55000"]);
  });
  test("not a name with its town in parentheses: '- Centre de femmes L'Ancrage (Lévis) : 50 000 $'", () => {
    expect(grantsOf("Voici les projets retenus :\n\n- Centre de femmes L'Ancrage (Lévis) : 50 000 $\n- Maison de la famille (Ville de Lévis) : 42 000 $")).toEqual([
      "Centre de femmes L'Ancrage = 50000", "Maison de la famille = 42000"]);
  });
  test("'Pour 2025, la MRC X a reçu 1 187 400 $ du ministère'", () => {
    expect(grantsOf("Pour 2025, la MRC des Collines-du-Sorbier a reçu 1 187 400 $ du ministère pour les volets du Fonds.")).toEqual(["MRC des Collines-du-Sorbier = 1187400"]);
  });
  test("not a history: 'Depuis sa création, la Fondation X a reçu plus de 12 milliards de dollars'", () => {
    expect(grantsOf("Depuis sa création en 1997, la Fondation canadienne pour l'innovation a reçu du gouvernement du Canada plus de 12 milliards de dollars.")).toEqual([]);
  });
});

describe("numbered items, members of a group, a promoter in a project's cell", () => {
  test("'1) La Ville de X reçoit 9,4 M$': the item's number is no part of the name", () => {
    expect(grantsOf("Les projets :\n\n1) La Ville de Rivière-aux-Saules reçoit 9,4 M$ pour son plan.\n\n2) L'Office municipal d'habitation de Rivière-aux-Saules obtient 6 750 000 $ pour 48 logements.")).toEqual([
      "Ville de Rivière-aux-Saules = 9400000", "Office municipal d'habitation de Rivière-aux-Saules = 6750000"]);
  });
  test("'La Régie X, qui regroupe les municipalités de A, de B et de C, reçoit 900 000 $': the group, not its members", () => {
    expect(grantsOf("La Régie intermunicipale des loisirs du Haut-Richelieu, qui regroupe les municipalités de Henryville, de Saint-Sébastien et de Venise-en-Québec, reçoit 900 000 $ pour un centre aquatique.")).toEqual(
      ["Régie intermunicipale des loisirs du Haut-Richelieu = 900000"]);
  });
  test("but the towns given to: 'Québec accorde 900 000 $ aux municipalités de Henryville et de Saint-Sébastien'", () => {
    const record = extractText({ source: "t.txt", text: HEAD + "Québec accorde 900 000 $ aux municipalités de Henryville et de Saint-Sébastien pour un centre aquatique." });
    expect(record.recipients.map((r) => r.name)).toEqual(["Henryville", "Saint-Sébastien"]);
  });
  test("'Audet — Halte routière (Municipalité d'Audet) — 35 000 $': the promoter in the project's cell, not the place", () => {
    expect(grantsOf("Les projets :\n\nAudet — Halte routière et toilettes (Municipalité d'Audet) — 35 000 $\nLac-Drolet — Épicerie de proximité (Coop de solidarité Le Relais du Lac) — 48 000 $")).toEqual([
      "Municipalité d'Audet = 35000", "Coop de solidarité Le Relais du Lac = 48000"]);
  });
});

describe("'et de' inside a subject's name", () => {
  test("'Le Centre intégré de santé et de services sociaux de Laval reçoit 8 200 000 $'", () => {
    expect(grantsOf("Le Centre intégré de santé et de services sociaux de Laval reçoit 8 200 000 $ pour ses urgences.")).toEqual(
      ["Centre intégré de santé et de services sociaux de Laval = 8200000"]);
  });
  test("but a second clause after 'et la': '…, et la Ville de Matane reçoit 50 000 $'", () => {
    expect(grantsOf("Le projet avance bien, et la Ville de Matane reçoit 50 000 $ pour ses travaux.")).toEqual(["Ville de Matane = 50000"]);
  });
});

describe("more plural subjects that say what the names are; a bullet's purpose after the name", () => {
  test("'Trois cuisines collectives, soit A, B et C, recevront chacune 57 000 $'", () => {
    expect(grantsOf("Trois cuisines collectives, soit Les Marmites de Buckingham, Cuisine-Partage de Maniwaki et La Popote du Lièvre, recevront chacune 57 000 $ pour l'achat d'équipements.")).toEqual([
      "Les Marmites de Buckingham = 57000", "Cuisine-Partage de Maniwaki = 57000", "La Popote du Lièvre = 57000"]);
  });
  test("'- Le Grenier partagé de Gatineau, pour l'agrandissement de son épicerie – 312 000 $'", () => {
    expect(grantsOf("Les projets :\n\n- Le Grenier partagé de Gatineau, pour l'agrandissement de son épicerie solidaire – 312 000 $;\n- La Maison de la famille de Hull, pour ses ateliers – 45 000 $.")).toEqual([
      "Le Grenier partagé de Gatineau = 312000", "La Maison de la famille de Hull = 45000"]);
  });
});

describe("long names with a dash and 'et de'; the same word taken up in its sentence; an adverb before 'à'", () => {
  test("'Pour l'Hôpital de Granby, le Centre intégré … de l'Estrie - Centre hospitalier … (CIUSSS de l'Estrie - CHUS) obtient 4,1 M$'", () => {
    expect(grantsOf("Pour l'Hôpital de Granby, le Centre intégré universitaire de santé et de services sociaux de l'Estrie - Centre hospitalier universitaire de Sherbrooke (CIUSSS de l'Estrie - CHUS) obtient 4,1 M$.")).toEqual(
      ["Centre intégré universitaire de santé et de services sociaux de l'Estrie - Centre hospitalier universitaire de Sherbrooke (CIUSSS de l'Estrie - CHUS) = 4100000"]);
  });
  test("but a list of places after 'et de': 'Les municipalités de Saint-Boniface et de Charette recevront 9 M$' gives no 'Saint-Boniface et de Charette'", () => {
    expect(grantsOf("Les municipalités de Saint-Boniface et de Charette recevront ensemble 9 000 000 $ pour leur usine.").join()).not.toContain("et de");
  });
  test("'la Fondation X, qui s'était engagée à amasser 500 000 $, verra … une contribution de 2,5 M$ versée directement à la fondation'", () => {
    expect(grantsOf("À Sorel-Tracy, la Fondation de l'Hôtel-Dieu de Sorel, qui s'était engagée à amasser 500 000 $ auprès de la communauté, verra sa campagne complétée par une contribution gouvernementale de 2,5 millions de dollars versée directement à la fondation.")).toEqual(
      ["Fondation de l'Hôtel-Dieu de Sorel = 2500000"]);
  });
});

describe("businesses: a numbered company after its kind, a lender between the sum and 'à', asides", () => {
  test("'la société 9432-1187 Québec inc., qui exploite la Boulangerie X, bénéficie de 185 500 $'", () => {
    expect(grantsOf("Enfin, la société 9432-1187 Québec inc., qui exploite la Boulangerie Le Fournil à Coaticook, bénéficie d'une contribution remboursable de 185 500 $.")).toEqual(["9432-1187 Québec inc. = 185500"]);
  });
  test("'un prêt de 3,5 M$ de Investissement Québec à l'entreprise X ltée'", () => {
    expect(grantsOf("La ministre annonce un prêt de 3,5 millions de dollars de Investissement Québec à l'entreprise Métaux Ouellette ltée, qui modernise son usine.")).toEqual(["Métaux Ouellette ltée = 3500000"]);
  });
  test("not a span of places: 'un trajet de 350 000 $ de Montréal à Laval' names no recipient", () => {
    expect(grantsOf("Le gouvernement finance un service de navette de 350 000 $ de Montréal à Laval.")).toEqual([]);
  });
  test("'la ferme X, propriété de la famille Houle, recevra 312 400 $'", () => {
    expect(grantsOf("À Saint-Valère, la ferme maraîchère Les Jardins du Coteau, propriété de la famille Houle, recevra 312 400 $ pour un système d'irrigation.")).toEqual(["Les Jardins du Coteau = 312400"]);
  });
  test("subjects paired 'respectivement', each with its place aside", () => {
    expect(grantsOf("La Ferme Bovine Grandmont s.e.n.c., à Warwick, et l'entreprise Érablière du Rang Double inc., à Saint-Rosaire, bénéficient respectivement de 118 450 $ et de 96 000 $ pour des haies.")).toEqual([
      "Ferme Bovine Grandmont s.e.n.c. = 118450", "Érablière du Rang Double inc. = 96000"]);
  });
});

describe("a total split into kinds of money or programs; each funder's share after 'par'", () => {
  test("'recevra six millions de dollars, dont 4 200 000 $ sous forme de prêt et 1 800 000 $ sous forme de contribution'", () => {
    expect(grantsOf("À Matane, la Coopérative d'habitation Le Phare du Golfe recevra six millions de dollars, dont 4 200 000 $ sous forme de prêt remboursable et 1 800 000 $ sous forme de contribution non remboursable.")).toEqual([
      "Coopérative d'habitation Le Phare du Golfe = 4200000", "Coopérative d'habitation Le Phare du Golfe = 1800000"]);
  });
  test("not parts for purposes: 'recevra 450 000 $, dont 120 000 $ pour un camion et 30 000 $ pour des frigos' (the total is the grant)", () => {
    expect(grantsOf("Moisson Manicouagan recevra 450 000 $, dont 120 000 $ pour l'achat d'un camion et 30 000 $ pour des frigos.")).toEqual(["Moisson Manicouagan = 450000"]);
  });
  test("'se voit octroyer 22 400 000 $ par Québec et 16 100 000 $ par Ottawa'", () => {
    expect(grantsOf("La Corporation de transport collectif de la Mauricie (CTCM) se voit octroyer 22 400 000 $ par Québec et 16 100 000 $ par Ottawa pour l'achat de 28 autobus.")).toEqual([
      "Corporation de transport collectif de la Mauricie (CTCM) = 22400000", "Corporation de transport collectif de la Mauricie (CTCM) = 16100000"]);
  });
});

describe("a trade's product with 'd'', the past without its accent, the towns a place serves", () => {
  test("'Le producteur de bois d'œuvre Boréalis Témiscouata, une coopérative, obtient 612 000 $'", () => {
    expect(grantsOf("Le producteur de bois d'œuvre Boréalis Témiscouata, une coopérative de travailleurs, obtient 612 000 $ pour une ligne de séchage.")).toEqual(["Boréalis Témiscouata = 612000"]);
  });
  test("'La Ville de X a recu la confirmation d'une aide financiere de 2,1 M$' (written without accents)", () => {
    expect(grantsOf("La Ville de Port-Alberic a recu la confirmation d'une aide financiere de 2,1 M$ du gouvernement du Québec.")).toEqual(["Ville de Port-Alberic = 2100000"]);
  });
  test("not the towns a place serves: '…, qui dessert aussi les municipalités voisines de Trécesson et de Berry'", () => {
    const record = extractText({ source: "t.txt", text: HEAD + "La Municipalité de Launay obtiendra 1 952 000 $ pour agrandir le centre sportif, qui dessert aussi les municipalités voisines de Trécesson et de Berry." });
    expect(record.recipients.map((r) => r.name)).toEqual(["Municipalité de Launay"]);
  });
});

describe("a heading's total over its own items; a sum in millions that is a typo", () => {
  test("'MRC de La Matapédia – 512 300 $ au total' then its items: the items' grants, not the heading's", () => {
    expect(grantsOf("Les projets retenus :\n\nMRC de La Matapédia – 512 300 $ au total\n- Municipalité de Sayabec : 148 000 $ pour la salle\n- Corporation de développement d'Albertville : 42 800 $\n\nMRC de La Mitis – 87 500 $ au total\n- Centre d'action bénévole Mitis-Mer : 87 500 $")).toEqual([
      "Municipalité de Sayabec = 148000", "Corporation de développement d'Albertville = 42800", "Centre d'action bénévole Mitis-Mer = 87500"]);
  });
  test("but a row alone with its total is that row's grant: '- MRC de La Mitis : 87 500 $ au total' among rows", () => {
    expect(grantsOf("Les projets retenus :\n\n- MRC de La Mitis : 87 500 $ au total\n- MRC de Matane : 42 800 $ au total")).toEqual(["MRC de La Mitis = 87500", "MRC de Matane = 42800"]);
  });
  test("'Le Vignoble X s.e.n.c. obtient 275 000 M$': dollars, a typo for the M", () => {
    expect(grantsOf("Le Vignoble Les Côtes de l'Abitibi s.e.n.c., de La Sarre, obtient 275 000 M$ pour une salle de dégustation.")).toEqual(["Vignoble Les Côtes de l'Abitibi s.e.n.c. = 275000"]);
  });
});

describe("set l: a project's cell before ':', a lower-case word inside a listed name, a sum 'pour' a name, 'Grâce à …, elle'", () => {
  test("'- MRC de La Mitis – Corridor cyclable du littoral : 312 000 $'", () => {
    expect(grantsOf("Les projets :\n\n- MRC de La Mitis – Corridor cyclable du littoral : 312 000 $\n- Municipalité de Saint-Fabien – Réfection de la halle : 148 500 $")).toEqual([
      "MRC de La Mitis = 312000", "Municipalité de Saint-Fabien = 148500"]);
  });
  test("'touchent chacun 40 000 $ … : le Festival A, Les Nuits B et le Rendez-vous jazz de Buckingham.'", () => {
    expect(grantsOf("Trois événements touchent chacun 40 000 $ du Fonds du Canada pour la présentation des arts : le Festival des Lanternes de l'Outaouais, Les Nuits acadiennes de Maniwaki et le Rendez-vous jazz de Buckingham.")).toEqual([
      "Festival des Lanternes de l'Outaouais = 40000", "Nuits acadiennes de Maniwaki = 40000", "Rendez-vous jazz de Buckingham = 40000"]);
  });
  test("'… et 250 000 $ pour L'Antr'Aidants des Laurentides, dont …': a name right after its sum", () => {
    expect(grantsOf("Deux organismes profitent d'un rehaussement : 275 000 $ pour la Maison de soins palliatifs Rivière-du-Nord, qui ouvrira trois lits, et 250 000 $ pour L'Antr'Aidants des Laurentides, dont les services s'étendent.")).toEqual([
      "Maison de soins palliatifs Rivière-du-Nord = 275000", "L'Antr'Aidants des Laurentides = 250000"]);
  });
  test("not a purpose after its sum: '250 000 $ pour la rénovation du centre'", () => {
    expect(grantsOf("Le ministère accorde 250 000 $ pour la rénovation du centre.")).toEqual([]);
  });
  test("'Établie à Magog, l'entreprise X inc. cultive … Grâce à une contribution de 1,75 M$, elle pourra …'", () => {
    expect(grantsOf("Établie à Magog depuis 1998, l'entreprise Les Serres Boréa inc. cultive des tomates. Grâce à une contribution remboursable de 1,75 million de dollars de DEC, elle pourra agrandir ses installations.")).toEqual([
      "Les Serres Boréa inc. = 1750000"]);
  });
});

describe("set o: tables headed by years or by funders; federal departments", () => {
  test("'Bénéficiaire | 2025-2026 | 2026-2027 | Total': years head columns, the row's grant is its total", () => {
    expect(grantsOf("Les projets :\n\nBénéficiaire | 2025-2026 | 2026-2027 | Total\nConseil de bande de Pikogan-Sud | 420 000 $ | 580 000 $ | 1 000 000 $\nCorporation Tarqik | 615 000 $ | 1 230 000 $ | 1 845 000 $\nTotal | 1 035 000 $ | 1 810 000 $ | 2 845 000 $")).toEqual([
      "Conseil de bande de Pikogan-Sud = 1000000", "Corporation Tarqik = 1845000"]);
  });
  test("'Partenaire financier | Programme | Contribution au Comité X': rows of funders, no recipients", () => {
    const record = extractText({ source: "t.txt", text: HEAD + "Le budget se répartit comme suit :\n\nPartenaire financier | Programme | Contribution au COJFC\nProvince du Manitoba | Fonds des événements | 900 000 $\nVille de Winnipeg | – | 250 000 $" });
    expect(record.recipients.map((r) => r.name)).toEqual([]);
  });
  test("not a federal department: '… administré par Environnement et Changement climatique Canada'", () => {
    const record = extractText({ source: "t.txt", text: HEAD + "La Corporation Tarqik reçoit 1 845 000 $ du Fonds X, administré par Environnement et Changement climatique Canada." });
    expect(record.recipients.map((r) => r.name)).toEqual(["Corporation Tarqik"]);
  });
});

describe("set o: asides before ', qui obtient', 'le conseil de bande', an acronym then its full name", () => {
  test("'• la radio Radio X (CKVN), à Hearst, qui obtient …' and '• le Théâtre X, seule compagnie de théâtre …, qui recevra …'", () => {
    expect(grantsOf("Les projets :\n\n• la radio communautaire Radio Voix du Nord (CKVN), à Hearst, qui obtient 125 000 dollars pour ses archives;\n• le Théâtre Le Fil d'Ariane, seule compagnie de théâtre professionnelle du Grand Sudbury, qui recevra 310 000 $ pour trois productions;")).toEqual([
      "Radio Voix du Nord (CKVN) = 125000", "Théâtre Le Fil d'Ariane = 310000"]);
  });
  test("'Le Conseil des Innus de X poursuivra … Le conseil de bande recevra 1 270 000 $'", () => {
    expect(grantsOf("Sur la Côte-Nord, le Conseil des Innus de Natashquan-Ouest poursuivra son programme. Le conseil de bande recevra 1 270 000 $ sur quatre ans.")).toEqual(["Conseil des Innus de Natashquan-Ouest = 1270000"]);
  });
  test("'accorde d'abord au CIRTEM, Consortium interordres de recherche … en Mauricie, une subvention de 1 480 000 $'", () => {
    expect(grantsOf("Le gouvernement accorde d'abord au CIRTEM, Consortium interordres de recherche sur les technologies de l'énergie en Mauricie, une subvention de 1 480 000 $.")).toEqual([
      "Consortium interordres de recherche sur les technologies de l'énergie en Mauricie (CIRTEM) = 1480000"]);
  });
});

describe("set l: blocks of fields; 'X et Fils inc. bénéficient'; a time before 'va au'", () => {
  test("'Bénéficiaire : X' / 'Projet : …' / 'Aide du ministère : N $ (Programme P)': the block's grant, from its program", () => {
    const record = extractText({ source: "t.txt", text: HEAD + "Détail des projets\n\nBénéficiaire : Ville de Trois-Rivières\nProjet : Restauration de la chapelle\nAide du ministère : 1 150 000 $ (Programme d'aide aux immobilisations)\n\nBénéficiaire : Musée populaire de la Mauricie\nProjet : Numérisation de 12 000 objets\nAide du ministère : 98 000 $ (Programme d'aide à la numérisation des collections)\n" });
    expect(record.grants.map((g) => `${g.recipient} = ${g.amount} (${g.program})`)).toEqual([
      "Ville de Trois-Rivières = 1150000 (Programme d'aide aux immobilisations)", "Musée populaire de la Mauricie = 98000 (Programme d'aide à la numérisation des collections)"]);
  });
  test("not a block whose sum field is missing: 'Bénéficiaire : X' / 'Projet : … 12 000 objets'", () => {
    expect(grantsOf("Détail\n\nBénéficiaire : Musée populaire de la Mauricie\nProjet : Numérisation de 12 000 objets\n")).toEqual([]);
  });
  test("'les Vergers Ducharme et Fils inc. bénéficient eux aussi de Prime-Vert, pour une somme de 64 750 dollars'", () => {
    expect(grantsOf("Quelques kilomètres plus loin, les Vergers Ducharme et Fils inc. bénéficient eux aussi de Prime-Vert, pour une somme de 64 750 dollars.")).toEqual(["Vergers Ducharme et Fils inc. = 64750"]);
  });
  test("'Un soutien de 87 500 $ sur deux ans va au Centre de création Hull-Aylmer'", () => {
    expect(grantsOf("Un soutien de 87 500 $ sur deux ans va au Centre de création Hull-Aylmer, un atelier collectif.")).toEqual(["Centre de création Hull-Aylmer = 87500"]);
  });
});

describe("set ac: prose lists of small organisations, lower-case descriptors in rows, lists of funders", () => {
  test("'A obtient 58 000 $, B reçoit 41 500 $ pour … et Les C, 42 000 $': each subject with the sum its verb takes", () => {
    expect(grantsOf("À Gatineau, Entraide Pointe-Gatineau obtient 58 000 $, Le Mâche-Patate reçoit 41 500 $ pour ses cuisines collectives et Les Débrouillards du Lac-Beauchamp, 42 000 $.")).toEqual([
      "Entraide Pointe-Gatineau = 58000", "Mâche-Patate = 41500", "Les Débrouillards du Lac-Beauchamp = 42000"]);
  });
  test("'A reçoit 61 300 $ et B, 35 000 $, pour un total de 96 300 $': the total is no one's", () => {
    expect(grantsOf("Dans la MRC de Papineau, Le Grenier de Thurso reçoit 61 300 $ et Aînés en Mouvement Papineauville, 35 000 $, pour un total de 96 300 $.")).toEqual([
      "Grenier de Thurso = 61300", "Aînés en Mouvement Papineauville = 35000"]);
  });
  test("'… chacun 45 000 $ : Le Squat Basse-Ville, à Trois-Rivières, La Piaule, à Shawinigan, et Les Ados du Rang, à Saint-Tite.'", () => {
    expect(grantsOf("Trois organismes recevront chacun 45 000 $ pour prolonger leurs heures : Le Squat Basse-Ville, à Trois-Rivières, La Piaule, à Shawinigan, et Les Ados du Rang, à Saint-Tite.")).toEqual([
      "Squat Basse-Ville = 45000", "Piaule = 45000", "Les Ados du Rang = 45000"]);
  });
  test("'- l'épicerie solidaire Le Frigo d'Alma : 185 000 $;' '- la cantine scolaire La Soupe au Caillou, de Roberval : 96 000 $;'", () => {
    expect(grantsOf("Les organismes retenus :\n\n- l'épicerie solidaire Le Frigo d'Alma : 185 000 $;\n- la cantine scolaire La Soupe au Caillou, de Roberval : 96 000 $;\n- le Centre de services scolaire du Lac-Saint-Jean : 312 000 $.")).toEqual([
      "Le Frigo d'Alma = 185000", "La Soupe au Caillou = 96000", "Centre de services scolaire du Lac-Saint-Jean = 312000"]);
  });
  test("not a list of who pays: 'Les partenaires financiers de l'entente sont les suivants :'", () => {
    expect(grantsOf("Les partenaires financiers de l'entente sont les suivants :\n\n– le ministère de la Culture et des Communications : 450 000 $;\n– les MRC de Maskinongé et de Mékinac : 40 000 $ chacune;\n– la Ville de Trois-Rivières : 120 000 $.")).toEqual([]);
  });
});

describe("set aa: 'décroche', items numbered '1.', an apposition without its article, founders of a body, 'soit' with no sum before", () => {
  test("'1. La MRC de Mékinac décroche 1 150 000 $' and '2. X, organisme sans but lucratif qui relie …, reçoit 890 000 $'", () => {
    expect(grantsOf("Les projets :\n\n1. La MRC de Mékinac décroche 1 150 000 $ pour protéger les berges.\n\n2. Transport collectif de la Haute-Mauricie, organisme sans but lucratif qui relie La Tuque aux communautés, reçoit 890 000 $ pour ses minibus.")).toEqual([
      "MRC de Mékinac = 1150000", "Transport collectif de la Haute-Mauricie = 890000"]);
  });
  test("'… est versé à la Régie X, un organisme créé en 2019 par les municipalités de A, B et C': the body, not its founders", () => {
    const record = extractText({ source: "t.txt", text: HEAD + "Un dernier montant, de 2 044 800 $, est versé à la Régie intermunicipale de l'eau du Lac-Témiscamingue, un organisme créé en 2019 par les municipalités de Lorrainville, Laverlochère-Angliers et Béarn." });
    expect(record.recipients.map((r) => r.name)).toEqual(["Régie intermunicipale de l'eau du Lac-Témiscamingue"]);
  });
  test("'bénéficie de la somme la plus élevée, soit 4 120 000 $, composée d'une contribution fédérale de 2 060 000 $ …'", () => {
    expect(grantsOf("La Ville de Rouyn-Noranda bénéficie de la somme la plus élevée, soit 4 120 000 $, composée d'une contribution fédérale de 2 060 000 $ et d'une contribution provinciale équivalente.")).toEqual([
      "Ville de Rouyn-Noranda = 4120000"]);
  });
});

describe("set ab: more kinds before a name, 'chacune N $, soit M $ par année', a counted class is no referent, 'Le soutien … se compose'", () => {
  test("'L'incubateur agroalimentaire La Ruche Boréale obtient 620 000 $'", () => {
    expect(grantsOf("L'incubateur agroalimentaire La Ruche Boréale obtient 620 000 $ pour un programme d'incubation.")).toEqual(["La Ruche Boréale = 620000"]);
  });
  test("'Les trois MRC … Québec leur accorde un total de 1,35 M$. La MRC A, la MRC B et la MRC C recevront chacune 450 000 $, soit 150 000 $ par année'", () => {
    expect(grantsOf("Les trois MRC de l'ouest de la région pourront embaucher des conseillers. Québec leur accorde un total de 1,35 M$ sur trois ans.\n\nLa MRC de Témiscamingue, la MRC d'Abitibi-Ouest et la MRC de Rouyn-Noranda recevront chacune 450 000 $, soit 150 000 $ par année jusqu'en 2028.")).toEqual([
      "MRC de Témiscamingue = 450000", "MRC d'Abitibi-Ouest = 450000", "MRC de Rouyn-Noranda = 450000"]);
  });
  test("'Le soutien gouvernemental se compose d'un prêt de 2,5 M$ … ainsi que d'une subvention de 900 000 $': parts for the company before", () => {
    expect(grantsOf("Le ministre annonce un appui de 3,4 millions de dollars à l'entreprise Fromagerie Belle-Rivière inc. pour son usine.\n\nLe soutien gouvernemental se compose d'un prêt de 2,5 millions de dollars accordé par Investissement Québec, ainsi que d'une subvention de 900 000 $.")).toEqual([
      "Fromagerie Belle-Rivière inc. = 3400000", "Fromagerie Belle-Rivière inc. = 2500000", "Fromagerie Belle-Rivière inc. = 900000"]);
  });
});

describe("set ac: subjects each with the sum its verb takes, after an apposition or a total broken down", () => {
  test("'La MRC X bénéficie pour sa part de 263 350 $ : A recevra 175 000 $ …, tandis que B, un regroupement fondé en 1998, obtient 88 350 $'", () => {
    expect(grantsOf("La MRC du Granit bénéficie pour sa part de 263 350 $ : La Maison Grise de Lac-Mégantic recevra 175 000 $ pour une salle, tandis que Les Ailes du Granit, un regroupement de bénévoles fondé en 1998, obtient 88 350 $.")).toEqual([
      "Maison Grise de Lac-Mégantic = 175000", "Les Ailes du Granit = 88350"]);
  });
  test("'Les Voisins du Mont-Bellevue obtiennent 210 000 $ … et l'Atelier des Aînés X reçoit 87 400 $, soit 297 400 $ pour la ville'", () => {
    expect(grantsOf("Enfin, à Sherbrooke, Les Voisins du Mont-Bellevue obtiennent 210 000 $ pour une démarche de repérage et l'Atelier des Aînés Jacques-Cartier reçoit 87 400 $, soit 297 400 $ pour la ville.")).toEqual([
      "Voisins du Mont-Bellevue = 210000", "Atelier des Aînés Jacques-Cartier = 87400"]);
  });
});

describe("shares of a project whose owner assumes the rest in the same sentence; one subject with its sum; a thing shared", () => {
  test("'Le gouvernement du Canada investit N $ dans ce projet … Le gouvernement du Québec y accorde M $, tandis que la Ville de X assume le reste des coûts'", () => {
    expect(grantsOf("Le gouvernement du Canada investit 2 048 000 $ dans ce projet par l'entremise du PIIC. Le gouvernement du Québec y accorde 1 706 500 $, tandis que la Ville de Val-d'Or assume le reste des coûts, soit 1 365 500 $.")).toEqual([
      "Ville de Val-d'Or = 2048000", "Ville de Val-d'Or = 1706500"]);
  });
  test("not a co-funder named with the governments: 'un investissement de 10,5 M$ des gouvernements du Canada et du Québec et de la Ville de X'", () => {
    expect(grantsOf("Les résidents pourront compter sur une eau potable grâce à un investissement conjoint de plus de 10,5 millions de dollars des gouvernements du Canada et du Québec et de la Ville de Mont-Sauvage.\n\nLe gouvernement du Canada investit 4 212 000 $ dans ce projet. Le gouvernement du Québec y consacre 3 510 000 $, tandis que la Ville de Mont-Sauvage assume le reste des coûts.")).not.toContain(
      "Ville de Mont-Sauvage = 10500000");
  });
  test("'• Le Centre de services scolaire X bénéficiera de 1 150 000 $ pour un gymnase …, en vertu d'une entente avec la Ville Y'", () => {
    expect(grantsOf("Les projets :\n\n• Le Centre de services scolaire des Hautes-Rivières bénéficiera de 1 150 000 $ pour un gymnase double accessible aux citoyens en vertu d'une entente avec la Ville de Saint-Jean-sur-Richelieu.")).toEqual([
      "Centre de services scolaire des Hautes-Rivières = 1150000"]);
  });
  test("'se voit accorder 275 000 $ pour un terrain synthétique partagé avec le club de soccer': the field is shared, not the money", () => {
    expect(grantsOf("Les projets :\n\n• La Ville de Saint-Jean obtient 1 497 250 $ pour l'aréna.\n• Enfin, l'Université du Haut-Richelieu (UHR) se voit accorder 275 000 $ pour un terrain synthétique partagé avec le club de soccer local.")).toEqual([
      "Ville de Saint-Jean = 1497250", "Université du Haut-Richelieu (UHR) = 275000"]);
  });
});

describe("a promoter in the project's cell after a place's cell, whatever the project", () => {
  test("'Saint-Ludger-Nord — Ressourcerie et friperie (Recyclo-Granit) — 29 500 $'", () => {
    expect(grantsOf("Voici les projets :\n\nAudet — Halte routière (Municipalité d'Audet) — 35 000 $\nSaint-Ludger-Nord — Ressourcerie et friperie (Recyclo-Granit) — 29 500 $")).toEqual([
      "Municipalité d'Audet = 35000", "Recyclo-Granit = 29500"]);
  });
});

describe("sets af and ag (written last): headings over items after a blank line, labels that name no one, each government's column", () => {
  test("'MRC de La Mitis - 412 500 $ au total', a blank line, then its items", () => {
    expect(grantsOf("Les projets :\n\nMRC de La Mitis - 412 500 $ au total\n\n- Municipalité de Sainte-Flavie : 187 500 $ pour une halte;\n- Corporation du Jardin des Mille-Pattes : 225 000 $ pour sa serre.")).toEqual([
      "Municipalité de Sainte-Flavie = 187500", "Corporation du Jardin des Mille-Pattes = 225000"]);
  });
  test("not a label that names no one: 'Pour l'ensemble de la région : 14,7 M$', 'la MRC elle-même', 'Entente de …'", () => {
    expect(grantsOf("Les sommes :\n\n- Pour l'ensemble de la région : 14,7 M$\n- MRC elle-même : 1 482 960 $\n- Entente de développement : 3,2 M$")).toEqual([]);
  });
  test("'Municipalité | Projet | Contribution fédérale | Contribution du Québec | Contribution municipale': both governments' columns, not the town's", () => {
    expect(grantsOf("Tableau des projets\n\nMunicipalité | Projet | Contribution fédérale | Contribution du Québec | Contribution municipale\nVille de Shawinigan | Conduites d'aqueduc | 3 400 000 $ | 2 266 667 $ | 1 889 333 $\nVille de Louiseville | Poste de pompage | 980 000 $ | 653 333 $ | 544 667 $")).toEqual([
      "Ville de Shawinigan = 3400000", "Ville de Shawinigan = 2266667", "Ville de Louiseville = 980000", "Ville de Louiseville = 653333"]);
  });
});

describe("ninth session: counted classes before a list, events named after their kind", () => {
  test("'Quatre événements … reçoivent chacun 40 000 $ :' then items with a place aside: the items, not the class", () => {
    expect(grantsOf("Quatre événements de plus petite envergure reçoivent chacun 40 000 $ :\n– les Rencontres du conte de Trois-Pistoles;\n– Le Grand Bal des Fous de Bassan, à Bonaventure;\n– la Fête de la morue salée de Grande-Rivière.")).toEqual([
      "Rencontres du conte de Trois-Pistoles = 40000", "Le Grand Bal des Fous de Bassan = 40000", "Fête de la morue salée de Grande-Rivière = 40000"]);
  });
  test("an item with a sum in its aside is no name of a list", () => {
    expect(grantsOf("Les organismes reçoivent chacun 40 000 $ :\n– le Festival A, à 12 000 $ près;\n– le Festival B.")).toEqual([]);
  });
  test("'Son voisin de Matane, le festival Vents et Marées, obtient 72 000 $': the name after its kind, in an apposition", () => {
    expect(grantsOf("Son voisin de Matane, le festival Vents et Marées, obtient 72 000 $.")).toEqual(["Vents et Marées = 72000"]);
  });
  test("not a one-word place after the kind: 'le festival Rimouski' names no festival", () => {
    expect(grantsOf("Le festival Rimouski obtient 72 000 $.")).toEqual([]);
  });
});

describe("tables whose header names the columns: a place's column, the amount first, the organisation's column between dashes", () => {
  test("'Nom de l'organisme Ville Montant du financement', rows without separators: the town's cell is left off", () => {
    expect(grantsOf("Liste des projets financés\n\nNom de l'organisme Ville Montant du financement\nPopote roulante Les Basques Trois-Pistoles 25 000 $\nChorale Les Voix d'argent de Mont-Joli Mont-Joli 4 500 $\nCentre d'entraide Le Phare La Malbaie 12 000 $\n\nLiens connexes")).toEqual([
      "Popote roulante Les Basques = 25000", "Chorale Les Voix d'argent de Mont-Joli = 4500", "Centre d'entraide Le Phare = 12000"]);
  });
  test("'Montant accordé Organisme Municipalité Projet': each row's cells after its amount, the town and the project left off", () => {
    expect(grantsOf("Liste des projets soutenus\n\nMontant accordé Organisme Municipalité Projet\n1 450 000 $ Corporation de la salle Hector-Bellerose Trois-Rivières Rénovation de la scène et des loges\n92 300 $ Ville de Sainte-Ursule-du-Lac Sainte-Ursule-du-Lac Réaménagement de la bibliothèque\n640 000 $ Musée du Fjord Saguenay Nouvelle réserve")).toEqual([
      "Corporation de la salle Hector-Bellerose = 1450000", "Ville de Sainte-Ursule-du-Lac = 92300", "Musée du Fjord = 640000"]);
  });
  test("a header over cells set apart by blanks is still read line by line", () => {
    expect(grantsOf("Le détail :\nMunicipalité   Projet   Aide accordée\nRipon   Reconstruction du chemin de la Montagne   964 320 $\nPlaisance   Réfection de la montée Papineau   759 000 $")).toEqual([
      "Ripon = 964320", "Plaisance = 759000"]);
  });
  test("'Événement — Organisme promoteur — Aide accordée', region headings between the rows: the promoter, not the event", () => {
    expect(grantsOf("ANNEXE\n\nÉvénement — Organisme promoteur — Aide accordée\n\nRégion touristique de Charlevoix\nLes Nuits boréales — Société de diffusion culturelle Charlevoix-Est — 32 500 $\nFête des récoltes — Comité des fêtes de Baie-Ouest — 18 000 $\n\nRégion touristique de la Gaspésie\nTraversée de la baie en kayak — Club nautique de Paspébiac-Est — 12 500 $")).toEqual([
      "Société de diffusion culturelle Charlevoix-Est = 32500", "Comité des fêtes de Baie-Ouest = 18000", "Club nautique de Paspébiac-Est = 12500"]);
  });
  test("without a header naming the organisation's column, the first cell stays the recipient's", () => {
    expect(grantsOf("Les projets :\n\nCorporation du Festival A — Tournée régionale — 32 500 $\nComité des fêtes de B — Fête des récoltes — 18 000 $")).toEqual([
      "Corporation du Festival A = 32500", "Comité des fêtes de B = 18000"]);
  });
});

describe("bullet items whose verb is left out, and names in an apposition after a plural subject", () => {
  test("'– la microbrasserie coopérative La Fûtaie, 275 000 $, pour …;' after an item with its verb", () => {
    expect(grantsOf("Voici la répartition des sommes :\n\n– l'auberge patrimoniale Le Manoir des Éboulements reçoit 540 000 $ pour la rénovation de ses chambres;\n– la microbrasserie coopérative La Fûtaie de Baie-Saint-Paul, 275 000 $, pour agrandir sa salle;\n– l'entreprise Kayak Fjord Aventures inc., 185 000 $, pour renouveler sa flotte.").sort()).toEqual([
      "Kayak Fjord Aventures inc. = 185000", "La Fûtaie de Baie-Saint-Paul = 275000", "Le Manoir des Éboulements = 540000"]);
  });
  test("not an item whose sum is followed by more than a purpose", () => {
    expect(grantsOf("Les faits :\n\n– la Ville, 275 000 $, ce qui représente 10 % du coût;\n– le projet, 185 000 $ de plus que prévu.")).toEqual([]);
  });
  test("'En outre, deux entreprises familiales, A ltée et B inc., obtiennent chacune N $': a legal form ends a name, 'et' opens the next", () => {
    expect(grantsOf("En outre, deux entreprises familiales, Vergers Kowalczyk ltée et Serres Beamsville Greenhouses inc., obtiennent chacune une contribution remboursable de 650 000 $ afin d'installer des systèmes.")).toEqual([
      "Vergers Kowalczyk ltée = 650000", "Serres Beamsville Greenhouses inc. = 650000"]);
  });
  test("one company whose name holds 'et' before its legal form stays one", () => {
    expect(grantsOf("L'entreprise Lelièvre et Lemoignan ltée obtient 650 000 $.")).toEqual(["Lelièvre et Lemoignan ltée = 650000"]);
  });
});

describe("an organisation that says it receives: 'X est heureuse d'annoncer qu'elle bénéficiera …'", () => {
  test("the subject of the sentence, also right after the dateline", () => {
    const r = extractText({ source: "t.txt", text: "VAUDREUIL-DORION, QC, le 2 mai 2025 /CNW/ - La Ville de Vaudreuil-Dorion est heureuse d'annoncer qu'elle bénéficiera d'une aide financière de 3 037 500 $ du gouvernement du Québec." });
    expect(r.grants.map((g) => `${g.recipient} = ${g.amount}`)).toEqual(["Ville de Vaudreuil-Dorion = 3037500"]);
  });
  test("'Le Centre X est heureux d'annoncer qu'il recevra …': a masculine name for 'il'", () => {
    expect(grantsOf("Le Centre des arts de Rimouski est heureux d'annoncer qu'il recevra 250 000 $.")).toEqual(["Centre des arts de Rimouski = 250000"]);
  });
  test("not another name between, nor a pronoun of the other gender", () => {
    expect(grantsOf("La Ville de Rimouski rappelle au club qu'il recevra 250 000 $.")).toEqual([]);
    expect(grantsOf("La Ville de Rimouski annonce au Centre X qu'elle recevra 250 000 $.")).toEqual([]);
  });
});

describe("a row's number before its cells", () => {
  test("'Projet 1 – Télécommunications X inc. : N $ du Canada …': who receives is the cell after the number", () => {
    expect(grantsOf("Les sommes sont réparties ainsi :\n\nProjet 1 – Télécommunications Haute-Côte inc. : 4 656 700 $ du Canada pour brancher 1 690 foyers.\n\nProjet 2 – Coopérative de télécommunication des Escoumins : 1 275 400 $ du Canada pour brancher 450 foyers.")).toEqual([
      "Télécommunications Haute-Côte inc. = 4656700", "Coopérative de télécommunication des Escoumins = 1275400"]);
  });
  test("a name with a number in it is no row number: 'Club 2000 – Festival : N $' keeps its first cell", () => {
    expect(grantsOf("Les sommes :\n\nClub Optimiste 2000 – Tournoi : 4 500 $\nClub Lions de Matane – Souper : 3 000 $")).toEqual([
      "Club Optimiste 2000 = 4500", "Club Lions de Matane = 3000"]);
  });
});

describe("a topic the sentence opens on, a town stressed in a cleft", () => {
  test("'Quant à la Ferme X inc., une exploitation laitière de Y, Québec lui octroie N $': the topic, not the last sentence's subject", () => {
    expect(grantsOf("Les Serres Bélanger-Côté inc., de Cap-Saint-Ignace, reçoit 205 000 $ pour un système. Quant à la Ferme Vallée du Bras inc., une exploitation laitière de Saint-Aubert, Québec lui octroie 125 000 dollars pour un projet.")).toEqual([
      "Serres Bélanger-Côté inc. = 205000", "Ferme Vallée du Bras inc. = 125000"]);
  });
  test("'À Stornoway, c'est la Municipalité elle-même qui obtient N $': the town", () => {
    expect(grantsOf("À Stornoway, c'est la Municipalité elle-même qui obtient 55 000 $ pour un parc.")).toEqual(["Stornoway = 55000"]);
  });
  test("not a town that opens no sentence: 'Cette année, c'est la Municipalité qui obtient' names no town", () => {
    expect(grantsOf("Cette année, c'est la Municipalité qui obtient 55 000 $ pour un parc.").filter((g) => !g.startsWith("Municipalité"))).toEqual([]);
  });
});

describe("'se voit autoriser N $'", () => {
  test("the subject receives, as with 'se voit accorder'", () => {
    expect(grantsOf("Le Centre de services scolaire des Navigateurs se voit autoriser 41 250 000 $ pour la construction d'une école primaire.")).toEqual([
      "Centre de services scolaire des Navigateurs = 41250000"]);
  });
  test("not 'se voit autoriser à' an act, without money of its own", () => {
    expect(grantsOf("La Ville de Lévis se voit autoriser à emprunter pour un projet de 4 M$.")).toEqual([]);
  });
});

describe("'Elle reçoit …' opening a sentence", () => {
  test("takes up the organisation the sentence before opens on", () => {
    expect(grantsOf("La Coopérative d'habitation La Corde à Linge construira 48 logements. Elle reçoit 6 850 000 $ du gouvernement du Québec.")).toEqual([
      "Coopérative d'habitation La Corde à Linge = 6850000"]);
    expect(grantsOf("Le Centre culturel de Matane agrandira sa salle. Il recevra 850 000 $.")).toEqual(["Centre culturel de Matane = 850000"]);
  });
  test("not a name of the other gender", () => {
    expect(grantsOf("Le Centre culturel de Matane agrandira sa salle. Elle recevra 850 000 $.")).toEqual([]);
  });
});

describe("a kind of centre or house said with its complement before the name", () => {
  test("'Le centre de recherche appliquée Biopterre … bénéficie de N $': the name after the kind", () => {
    expect(grantsOf("Le centre de recherche appliquée Biopterre, à La Pocatière, bénéficie de 750 000 dollars pour valoriser les résidus.")).toEqual(["Biopterre = 750000"]);
  });
  test("not a cooperative's kind, which is part of its name: 'la coopérative d'habitation Les Pins'", () => {
    expect(grantsOf("La ministre accorde 750 000 $ à la coopérative d'habitation Les Pins.")).toEqual(["coopérative d'habitation Les Pins = 750000"]);
  });
});

describe("words that open no name", () => {
  test("'Parmi les organismes qui reçoivent du financement :' and 'Chaque jeune qui décroche …' name no recipient", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Parmi les organismes qui reçoivent du financement :\n\n- Club A : 5 000 $\n- Club B : 6 000 $\n\n« Chaque jeune qui décroche un premier emploi, c'est une victoire. »" });
    expect(r.recipients.map((x) => x.name)).toEqual(["Club A", "Club B"]);
  });
});

describe("a bullet label with a long aside in lower case after the name", () => {
  test("'• la Ville de Saguenay, à titre d'organisatrice de la Coupe … : 85 000 $;': the name before the aside", () => {
    expect(grantsOf("Les projets retenus :\n\n• Le Défi des Vents de Chicoutimi, course à relais de 100 km : 42 000 $;\n• la Ville de Saguenay, à titre d'organisatrice de la Coupe Québec de vélo de montagne : 85 000 $.")).toEqual([
      "Le Défi des Vents de Chicoutimi = 42000", "Ville de Saguenay = 85000"]);
  });
  test("a short kind after the comma stays in the name: '• Le Phare, centre d'écoute : 10 000 $'", () => {
    expect(grantsOf("Les projets :\n\n• Le Phare, centre d'écoute : 10 000 $\n• La Maison X, refuge : 12 000 $")).toEqual(["Le Phare, centre d'écoute = 10000", "La Maison X, refuge = 12000"]);
  });
});

describe("a table of cells apart by runs of blanks, its header without figures", () => {
  test("the header names the recipient's column; a row whose first cell is left empty lines up from the right", () => {
    expect(grantsOf("Le détail :\n\nRégion administrative    Programme    Bénéficiaire                  Aide accordée\nMontérégie               Prime-Vert   Les Serres Lefebvre inc.          418 000 $\n                         SNAAQ        Les Serres Lefebvre inc.          150 000 $\nCentre-du-Québec         Prime-Vert   Vergers Lemire et Fils             57 800 $")).toEqual([
      "Les Serres Lefebvre inc. = 418000", "Les Serres Lefebvre inc. = 150000", "Vergers Lemire et Fils = 57800"]);
  });
  test("a line of words apart by blanks with no row under it stays text", () => {
    expect(normalizeText("Nom    Prénom    Ville\n\nLa suite.").text).toBe("Nom    Prénom    Ville\n\nLa suite.");
  });
});

describe("a table one cell per line whose header names the municipality's column", () => {
  test("'Région administrative / Municipalité / Volet / Aide financière' then rows of four lines", () => {
    expect(grantsOf("Aide financière accordée par municipalité\n\nRégion administrative\nMunicipalité\nVolet\nAide financière\nEstrie\nMunicipalité de Stoke\nRedressement\n742 318 $\nEstrie\nCanton de Hatley\nAccélération\n1 096 004 $")).toEqual([
      "Municipalité de Stoke = 742318", "Canton de Hatley = 1096004"]);
  });
  test("a footnote's mark after a name is no part of it: 'Usinage X inc.¹ | Trois-Rivières'", () => {
    expect(grantsOf("Le détail :\n\nMontant | Entreprise | Ville\n1 250 000 $ | Usinage Précis Laviolette inc.¹ | Trois-Rivières\n480 000 $ | Les Meubles Boisvert et fils ltée* | Shawinigan")).toEqual([
      "Usinage Précis Laviolette inc. = 1250000", "Les Meubles Boisvert et fils ltée = 480000"]);
  });
});

describe("a table aligned with blanks: the header's columns split its rows", () => {
  test("'Montant      Entreprise      Ville', a region's heading, then rows whose cells are two blanks apart", () => {
    expect(grantsOf("Détail des contributions\n\nMontant      Entreprise                           Ville\nMauricie\n1 250 000 $  Usinage Précis Laviolette inc.¹      Trois-Rivières\n480 000 $    Les Meubles Boisvert et fils ltée    Shawinigan\nCentre-du-Québec\n925 000 $    Agrinov Bioplastiques inc.           Victoriaville")).toEqual([
      "Usinage Précis Laviolette inc. = 1250000", "Les Meubles Boisvert et fils ltée = 480000", "Agrinov Bioplastiques inc. = 925000"]);
  });
  test("two blanks in a sentence under no header split nothing", () => {
    expect(normalizeText("Le ministre annonce 2 M$.  La Ville de Matane  recevra 1 M$.").text).toBe("Le ministre annonce 2 M$.  La Ville de Matane  recevra 1 M$.");
  });
});

describe("adverbs before the recipient, and a kind's complement with its own articles", () => {
  test("'Trente-deux millions de dollars iront par ailleurs au Centre X'", () => {
    expect(grantsOf("Trente-deux millions de dollars iront par ailleurs au Centre de services scolaire de la Vallée-des-Érables, à Lachute, pour l'agrandissement.")).toEqual([
      "Centre de services scolaire de la Vallée-des-Érables = 32000000"]);
  });
  test("'le centre de la petite enfance Les Petits Hérons', 'l'organisme d'intégration à l'emploi Les Ateliers X': the name after the kind", () => {
    expect(grantsOf("À Valleyfield, le centre de la petite enfance Les Petits Hérons recevra 1 840 000 $ pour construire une installation.")).toEqual(["Les Petits Hérons = 1840000"]);
    expect(grantsOf("L'organisme d'intégration à l'emploi Les Ateliers Horizon-Travail obtient pour sa part 99 850 $ pour adapter son atelier.")).toEqual(["Les Ateliers Horizon-Travail = 99850"]);
  });
  test("not a name without its own article after such a complement: 'la maison de la culture Desjardins' stays whole", () => {
    expect(grantsOf("La ministre accorde 50 000 $ à la maison de la culture Desjardins.")).toEqual(["maison de la culture Desjardins = 50000"]);
  });
});

describe("an inline list whose items each have a purpose", () => {
  test("'… à chacun des deux organismes suivants : la Société X, pour …, et le Musée Y, pour ….'", () => {
    expect(grantsOf("Enfin, Patrimoine canadien accorde une somme de 22 000 $ à chacun des deux organismes suivants : la Société d'histoire de la Petite-Nation, pour la numérisation de ses archives, et le Musée du Bûcheron de Ripon, pour une exposition sur la drave.")).toEqual([
      "Société d'histoire de la Petite-Nation = 22000", "Musée du Bûcheron de Ripon = 22000"]);
  });
  test("a purpose ends at its own clause: the list stops there, not at the next name of the sentence", () => {
    expect(grantsOf("La ministre accorde 22 000 $ à chacun des organismes suivants : la Société d'histoire X, pour ses archives, et le Musée Y, pour une exposition; les travaux commencent en mai et le Club Z organise la fête.")).toEqual([
      "Société d'histoire X = 22000", "Musée Y = 22000"]);
  });
});

describe("a piece of a ministry's name is nobody's name", () => {
  test("'L'entreprise bénéficiera …' does not take up 'Pêcheries et de l'Alimentation' of 'ministère de l'Agriculture, des Pêcheries et de l'Alimentation'", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Une subvention de 8 000 000 $ du ministère de l'Agriculture, des Pêcheries et de l'Alimentation s'ajoute.\n\nL'entreprise bénéficiera par ailleurs d'un tarif préférentiel de 40 %." });
    expect(r.recipients.map((x) => x.name)).not.toContain("Pêcheries et de l'Alimentation");
  });
});

describe("the other government's share after the recipient, and an event's organiser in a label", () => {
  test("'accorde N $ à la Ville X dans le cadre du Programme Y, et le gouvernement du Canada, M $ par l'intermédiaire du Fonds Z'", () => {
    expect(grantsOf("Le gouvernement du Québec accorde 4 312 000 $ à la Ville de Rouyn-Noranda dans le cadre du Programme d'aide aux immobilisations, et le gouvernement du Canada, 1 432 800 $ par l'intermédiaire du Fonds du Canada pour les espaces culturels.")).toEqual([
      "Ville de Rouyn-Noranda = 4312000", "Ville de Rouyn-Noranda = 1432800"]);
  });
  test("not a share that goes to someone else: '…, et le gouvernement du Canada, M $ à la Ville B'", () => {
    expect(grantsOf("Le gouvernement du Québec accorde 4 312 000 $ à la Ville de Rouyn-Noranda, et le gouvernement du Canada, 1 432 800 $ à la Ville de Val-d'Or.")).toEqual([
      "Ville de Rouyn-Noranda = 4312000", "Ville de Val-d'Or = 1432800"]);
  });
  test("'• le Championnat X, organisé par le Club Y : N $': the organiser receives", () => {
    expect(grantsOf("Les projets :\n\n• le Championnat canadien de curling junior, organisé par le Club de curling Riverbend : 100 000 $.\n• la Coupe Québec, organisée par la Ville de Saguenay : 85 000 $.")).toEqual([
      "Club de curling Riverbend = 100000", "Ville de Saguenay = 85000"]);
  });
});

describe("a topic with its apposition before 'elle', and a headline's two parts", () => {
  test("'Quant à la Société X, organisatrice de la traversée …, elle bénéficie d'un montant de N $'", () => {
    expect(grantsOf("Quant à la Société des Régates d'Alma, organisatrice de la traversée à la nage du lac Saint-Jean, elle bénéficie d'un montant de 86 500 $ pour améliorer l'accueil.")).toEqual([
      "Société des Régates d'Alma = 86500"]);
  });
  test("'Lutte contre la pauvreté au Centre-du-Québec - Trois organismes communautaires reçoivent N $' names no one", () => {
    expect(grantsOf("Lutte contre la pauvreté au Centre-du-Québec - Trois organismes communautaires reçoivent un appui de 394 800 $")).toEqual([]);
  });
});

describe("a demonstrative or a possessive opens no name", () => {
  test("'Cette année encore, …' and 'ses propres services' are nobody's names", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Cette année encore reçoit 140 000 $ de plus.\n\nLa MRC confie la somme de 20 000 $ à ses propres services de développement." });
    expect(r.recipients.map((x) => x.name)).toEqual([]);
  });
});

describe("'et' before a lower-case noun ends a name", () => {
  test("'préfet de la MRC et maire de X' is no name; 'la MRC a reçu' takes up the MRC named before", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "La MRC des Appalaches-du-Nord soutient onze projets.\n\n« Merci », explique M. Bernard Lacasse, préfet de la MRC et maire de Sainte-Félicité-des-Monts.\n\nEn 2025, la MRC a reçu 1 045 000 $ du ministère." });
    expect(r.recipients.map((x) => x.name)).toEqual(["MRC des Appalaches-du-Nord"]);
  });
  test("a firm's 'et fils' stays in its name", () => {
    expect(grantsOf("L'entreprise Les Meubles Boisvert et fils ltée reçoit 480 000 $.")).toEqual(["Les Meubles Boisvert et fils ltée = 480000"]);
  });
});

describe("a project's cost beside its grant in a bar table", () => {
  test("'(organisme | projet | coût total du projet | aide gouvernementale)' over its rows: the aid's column is the grant", () => {
    expect(grantsOf("Les projets retenus sont les suivants (organisme | projet | coût total du projet | aide gouvernementale) :\n\nVille de Drummondville | Agrandissement de la Maison des arts | 7 840 000 $ | 3 200 000 $\nCoopérative de solidarité Le Grenier à Sons | Réaménagement d'un entrepôt | 1 950 000 $ | 880 000 $")).toEqual([
      "Ville de Drummondville = 3200000", "Coopérative de solidarité Le Grenier à Sons = 880000"]);
  });
});

describe("a head word alone takes up the name it opened", () => {
  test("'… au Réseau Jeunes Entreprises du Québec (RJEQ). Le Réseau prévoit … le Ministère accorde à l'organisme N $'", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Le ministre annonce une aide au Réseau Jeunes Entreprises du Québec (RJEQ) pour ses bourses.\n\nLe Réseau prévoit ainsi soutenir 300 jeunes. En outre, le Ministère accorde à l'organisme une somme additionnelle de 180 000 $." });
    expect(r.recipients.map((x) => x.name)).toEqual(["Réseau Jeunes Entreprises du Québec (RJEQ)"]);
  });
  test("not when two names open on the same head word", () => {
    const r = extractText({ source: "t.txt", text: HEAD + "Le Réseau A et le Réseau B travaillent ensemble.\n\nLe Réseau prévoit ainsi soutenir 300 jeunes. En outre, le Ministère accorde à l'organisme une somme de 180 000 $." });
    expect(r.recipients.map((x) => x.name)).not.toContain("Réseau A");
  });
});

describe("a relative dative in the passive", () => {
  test("'– la MRC de Papineau, à qui est octroyée une somme de 85 000 $ pour …'", () => {
    expect(grantsOf("Les projets :\n\n– la MRC de Papineau, à qui est octroyée une somme de 85 000 $ pour l'embauche d'un agent.")).toEqual(["MRC de Papineau = 85000"]);
  });
  test("not 'à qui est confiée la gestion': no money given", () => {
    expect(grantsOf("La MRC de Papineau, à qui est confiée la gestion du fonds de 85 000 $, publiera un appel.")).toEqual([]);
  });
});

describe("'y' between a subject and its receiving verb", () => {
  test("'la Municipalité de X y obtient un appui de N $'", () => {
    expect(grantsOf("Le projet vise la réfection de conduites; la Municipalité de Saint-Honoré-de-Squatec y obtient un appui de 2 350 000 $.")).toEqual([
      "Municipalité de Saint-Honoré-de-Squatec = 2350000"]);
  });
});

describe("an indefinite kind names no one", () => {
  test("'Québec prête 1,2 M$ à une entreprise serricole de Saint-Rémi'", () => {
    expect(grantsOf("Québec prête 1,2 M$ à une entreprise serricole de Saint-Rémi.")).toEqual([]);
  });
  test("a capitalised name stays one: 'à La Ruche d'Amqui'", () => {
    expect(grantsOf("Québec accorde 12 000 $ à La Ruche d'Amqui.")).toEqual(["La Ruche d'Amqui = 12000"]);
  });
});

describe("an aside between a sum and its recipient", () => {
  test("a loan's terms: 'un prêt de 15 000 $, remboursable sur cinq ans, au Club X'", () => {
    expect(grantsOf("Le conseil a consenti un prêt sans intérêt de 15 000 $, remboursable sur cinq ans, au Club de ski de fond Les Pistes du Coteau, pour l'achat d'une dameuse.")).toEqual([
      "Club de ski de fond Les Pistes du Coteau = 15000"]);
  });
  test("the sum as the aside: 'une seconde aide, de 125 000 dollars, au Club X'", () => {
    expect(grantsOf("La ministre a annoncé une seconde aide, de 125 000 dollars, au Club de plein air Les Sentiers Boisés.")).toEqual([
      "Club de plein air Les Sentiers Boisés = 125000"]);
  });
  test("not a place after the comma: 'investit 5 M$, à Rimouski, dans …'", () => {
    expect(grantsOf("La Société investit 5 M$, à Rimouski, dans une nouvelle usine.")).toEqual([]);
  });
});

const recipientsOf = (body: string) => extractText({ source: "t.txt", text: HEAD + body }).recipients.map((r) => r.name);

describe("a series of names on one list item", () => {
  test("'- A, B et C : 2 000 $ chacun': three rows, each with the sum", () => {
    expect(grantsOf("Les projets retenus :\n\n- Maison des jeunes L'Escale : 7 500 $ pour un studio;\n- Société d'histoire de la Vallée, Cercle de Fermières de Saint-Casimir et Club de marche Les Pas Joyeux : 2 000 $ chacun pour des conférences.\n")).toEqual([
      "Maison des jeunes L'Escale = 7500", "Société d'histoire de la Vallée = 2000", "Cercle de Fermières de Saint-Casimir = 2000", "Club de marche Les Pas Joyeux = 2000"]);
  });
  test("a label opening on a demonstrative is no name: 'Cette année encore, nous avons reçu … : … 140 000 $'", () => {
    expect(recipientsOf("Cette année encore, nous avons reçu beaucoup de demandes : 23 projets ont été déposés, pour des demandes totalisant plus de 140 000 $.\n\n- Maison des jeunes L'Escale : 7 500 $ pour un studio;\n- Club de marche Les Pas Joyeux : 2 000 $ pour des conférences.\n")).toEqual([
      "Maison des jeunes L'Escale", "Club de marche Les Pas Joyeux"]);
  });
  test("'Notre-Dame-de-X' is a town's name, not a possessive", () => {
    expect(grantsOf("Notre-Dame-du-Bon-Conseil reçoit 50 000 $ pour son aréna.")).toEqual(["Notre-Dame-du-Bon-Conseil = 50000"]);
  });
});

describe("a generic word with an adjective takes up the firm named before", () => {
  test("as a subject: 'L'entreprise familiale, qui …, obtient un prêt de N $'", () => {
    expect(grantsOf("Les Serres Bélair-Dupuis inc. pourront agrandir leurs installations. Le ministre était présent. L'entreprise familiale, qui cultive des concombres depuis 1987, obtient un prêt de 1,2 M$.")).toEqual([
      "Serres Bélair-Dupuis inc. = 1200000"]);
  });
  test("after 'à': 'accorde à l'entreprise bromontoise une contribution de N $'", () => {
    expect(grantsOf("Nanoptix Matériaux inc. agrandit son usine. Le gouvernement du Canada accorde à l'entreprise bromontoise une contribution remboursable de 48,7 M$.")).toEqual([
      "Nanoptix Matériaux inc. = 48700000"]);
  });
  test("not an adjective that makes it another: 'L'organisme fédéral obtient'", () => {
    expect(grantsOf("Les Serres Bélair-Dupuis inc. pourront agrandir leurs installations. L'organisme fédéral obtient 1,2 M$.")).toEqual([]);
  });
});

describe("an aid's noun before whom it goes to, without its sum", () => {
  test("'ont annoncé un appui financier à Nanoptix Matériaux inc.': the firm, and its first word later is the same one", () => {
    expect(recipientsOf("Les ministres ont annoncé un appui financier à Nanoptix Matériaux inc. pour un projet de 180 M$. Le projet permettra à Nanoptix de doubler sa production grâce à une aide de 5 M$.")).toEqual([
      "Nanoptix Matériaux inc."]);
  });
  test("not a program's name: 'le Programme d'aide aux Municipalités Riveraines'", () => {
    expect(recipientsOf("Le Programme d'aide aux Municipalités Riveraines Unies dispose de 5 M$.")).toEqual([]);
  });
});

describe("two sums offered together, with how the first is given between them", () => {
  test("'un prêt de 20 M$ par l'intermédiaire d'IQ, dans le cadre du programme X, ainsi qu'une subvention de 1,5 M$'", () => {
    expect(grantsOf("Le gouvernement du Québec octroie à la Fromagerie Dupuis un prêt de 20 M$ par l'intermédiaire d'Investissement Québec, dans le cadre du programme ESSOR, ainsi qu'une subvention de 1,5 million de dollars, provenant du Fonds du développement économique, pour la formation.")).toEqual([
      "Fromagerie Dupuis = 20000000", "Fromagerie Dupuis = 1500000"]);
  });
});

describe("a town by its kind in lower case", () => {
  test("after 'à': 'accorde 50 000 $ à la ville de Saint-Georges'", () => {
    expect(grantsOf("Le ministre accorde 50 000 $ à la ville de Saint-Georges pour sa piscine.")).toEqual(["ville de Saint-Georges = 50000"]);
  });
  test("as a subject, an adjective before the kind: 'la petite municipalité de X, qui …, reçoit'", () => {
    expect(grantsOf("Enfin, la petite municipalité de Packington-Nord, qui compte à peine 410 habitants, reçoit un demi-million de dollars pour son puits.")).toEqual([
      "municipalité de Packington-Nord = 500000"]);
  });
  test("list items: '– la ville de Saint-Georges : 1 000 000 $ pour …'", () => {
    expect(grantsOf("Les projets retenus :\n\n– la ville de Saint-Georges : 1 000 000 $ pour la piscine;\n– la municipalité de Lac-Etchemin : 742 300 $ pour le chalet.\n")).toEqual([
      "ville de Saint-Georges = 1000000", "municipalité de Lac-Etchemin = 742300"]);
  });
  test("not a region by its kind: 'la communauté de Lanaudière reçoit'", () => {
    expect(recipientsOf("Dans la région, la communauté de Lanaudière reçoit 50 000 $.")).toEqual([]);
  });
});

describe("a firm's kind with what it makes, before its name", () => {
  test("'L'entreprise de fabrication de composants hydrauliques X inc., de Trois-Rivières, reçoit'", () => {
    expect(grantsOf("L'entreprise de fabrication de composants hydrauliques Hydrolik Mauricie inc., de Trois-Rivières, reçoit un prêt de 1 250 000 $ pour une ligne d'usinage.")).toEqual([
      "Hydrolik Mauricie inc. = 1250000"]);
  });
});

describe("the passive's agent between the participle and whom", () => {
  test("'Une somme de 3,6 M$ … a été accordée par le gouvernement du Québec à l'Université X'", () => {
    expect(grantsOf("Une somme de 3,6 millions de dollars sur trois ans, soit 1,2 M$ par année, a été accordée par le gouvernement du Québec à l'Université du Littoral-Nord pour une chaire.")).toEqual([
      "Université du Littoral-Nord = 3600000"]);
  });
});

describe("a series in parentheses after 'sont' without an article", () => {
  test("'Les municipalités retenues sont Amqui (412 000 $), Matane (389 540 $) et Mont-Joli (305 000 $)'", () => {
    expect(grantsOf("Les municipalités retenues sont Amqui (412 000 $), Matane (389 540 $) et Mont-Joli (305 000 $).")).toEqual([
      "Amqui = 412000", "Matane = 389540", "Mont-Joli = 305000"]);
  });
});

describe("a bare 'N millions' as a part of dollars, or going to someone", () => {
  const amountsOf = (body: string) => extractText({ source: "t.txt", text: HEAD + body }).amounts.map((a) => a.value);
  test("'33 milliards de dollars …, dont 7,5 milliards au Québec'", () => {
    expect(amountsOf("Le Canada investit plus de 33 milliards de dollars dans l'ensemble du pays, dont 7,5 milliards au Québec.")).toEqual([3790000, 33000000000, 7500000000]);
  });
  test("'La plus grosse part, soit 1,5 million, va à la Ville de Magog': the sum and its grant", () => {
    expect(grantsOf("La plus grosse part, soit 1,5 million, va à la Ville de Magog.")).toEqual(["Ville de Magog = 1500000"]);
  });
  test("not a count: 'soit 1,5 million de visiteurs'", () => {
    expect(amountsOf("Le site a coûté 4 M$, soit 1,5 million de visiteurs de moins que prévu.")).toEqual([3790000, 4000000]);
  });
});

describe("three subjects or more before a plural verb, one of them without a head word", () => {
  test("'Le Festival A, le Festival B et les Rendez-vous de la chanson de C recevront chacun N $'", () => {
    expect(grantsOf("Le Festival des cultures de Saint-Hyacinthe, le Festival Vents du Richelieu et les Rendez-vous de la chanson de Beloeil recevront chacun 75 000 $ pour leur programmation.")).toEqual([
      "Festival des cultures de Saint-Hyacinthe = 75000", "Festival Vents du Richelieu = 75000", "Rendez-vous de la chanson de Beloeil = 75000"]);
  });
  test("not an adverb opening the sentence: 'Enfin, le Club A et le Centre B recevront'", () => {
    expect(recipientsOf("Enfin, le Club de ski Mont-Valin, le Centre de plein air Le Refuge et la Maison des jeunes recevront chacun 10 000 $.")).not.toContain("Enfin");
  });
});

describe("a topic after 'Quant à' with its kind in lower case", () => {
  test("'Quant à la corporation Diffusion Arts-Scène Granby, elle obtient N $'", () => {
    expect(grantsOf("Quant à la corporation Diffusion Arts-Scène Granby, elle obtient une contribution de 125 000 $ sur deux ans.")).toEqual([
      "Diffusion Arts-Scène Granby = 125000"]);
  });
});

describe("'Celle-ci' opening a sentence", () => {
  test("after a town the sentence before opens on: 'À Alma, la coopérative X met en place … Celle-ci recevra N $'", () => {
    expect(grantsOf("À Alma, la coopérative de solidarité Le Panier du Fjord met en place une plateforme de commandes. Celle-ci recevra 85 000 $ pour un entrepôt.")).toEqual([
      "coopérative de solidarité Le Panier du Fjord = 85000"]);
  });
  test("the one of its gender named last: '… sera piloté par la MRC X. Celle-ci obtient N $'", () => {
    expect(grantsOf("Le second projet, un service de transport adapté, sera piloté par la MRC d'Antoine-Labelle. Celle-ci obtient 85 000 dollars.")).toEqual([
      "MRC d'Antoine-Labelle = 85000"]);
  });
  test("not one of the other gender: 'La Coopérative X … Celui-ci reçoit'", () => {
    expect(grantsOf("La Coopérative du Fjord construira 48 logements. Celui-ci reçoit 6 850 000 $ pour ce projet.")).toEqual([]);
  });
});

describe("'le premier' / 'la seconde': one of the two organisations the sentence before names", () => {
  test("'A et B se partageront N $. Le premier recevra N $, le second N $.'", () => {
    expect(grantsOf("Le Centre de services scolaire des Rivières-Boréales et l'Institut nordique de formation minière (INFM) se partageront 650 000 $ pour des simulateurs. Le premier recevra 400 000 $, le second 250 000 $.").sort()).toEqual([
      "Centre de services scolaire des Rivières-Boréales = 400000", "Institut nordique de formation minière (INFM) = 250000"]);
  });
  test("'A, qui …, et l'usine B avaient déposé des projets. La première obtient N $; la seconde se voit accorder N $'", () => {
    expect(grantsOf("La Coopérative des pêcheurs unis de Rivière-au-Renard, qui regroupe 64 capitaines, et l'usine de transformation Fruits de mer Baie-de-Gaspé inc. avaient déposé des projets. La première obtient 1 180 000 $ pour du tri; la seconde se voit accorder 865 000 $ pour une chambre froide.")).toEqual([
      "Coopérative des pêcheurs unis de Rivière-au-Renard = 1180000", "Fruits de mer Baie-de-Gaspé inc. = 865000"]);
  });
  test("not when the sentence before names one organisation only", () => {
    expect(grantsOf("La Ville de Matane a déposé deux projets. Le premier recevra 400 000 $.")).toEqual([]);
  });
});

describe("a list after a colon: the sum in words then in digits, a generic kind before a name", () => {
  test("'trois organismes recevront chacun un montant de cent mille dollars (100 000 $) :' then items", () => {
    expect(grantsOf("Trois organismes recevront chacun un montant de cent mille dollars (100 000 $) :\n- la Maison de la famille des Pays-d'en-Haut, pour installer un ascenseur;\n- le Centre communautaire Saint-Antoine, pour ses toilettes;\n- l'organisme Loisirs adaptés Laurentides, pour aménager un quai.\n")).toEqual([
      "Maison de la famille des Pays-d'en-Haut = 100000", "Centre communautaire Saint-Antoine = 100000", "Loisirs adaptés Laurentides = 100000"]);
  });
  test("not two different sums before the colon", () => {
    expect(grantsOf("Trois organismes recevront chacun entre 50 000 $ et 100 000 $ :\n- la Maison de la famille des Pays-d'en-Haut;\n- le Centre communautaire Saint-Antoine.\n")).toEqual([]);
  });
});

describe("a preposition opens no name on a list line", () => {
  test("'- Au Québec, les programmes … représentent plus de 538 M$.'", () => {
    expect(recipientsOf("Faits en bref\n\n- Au Québec, les programmes à frais partagés représentent plus de 538 M$.\n- Le programme compte 12 volets.\n")).toEqual([]);
  });
});

describe("a head word alone takes up the name it opened, an adjective after the head", () => {
  test("'réalisé par la Régie intermunicipale des eaux de X (RIEHA) … La Régie reçoit N $'", () => {
    expect(grantsOf("Le second projet, réalisé par la Régie intermunicipale des eaux de la Haute-Abitibi (RIEHA), remplacera des conduites. La Régie reçoit 1 640 000 $ du fédéral.")).toEqual([
      "Régie intermunicipale des eaux de la Haute-Abitibi (RIEHA) = 1640000"]);
  });
});

describe("a name, then the other name it goes by, before the verb", () => {
  test("'la Coopérative X, mieux connue sous le nom de Coop du Lac, décroche N $': the first name", () => {
    expect(grantsOf("Du côté communautaire, la Coopérative de solidarité du Lac-Sacré, mieux connue sous le nom de Coop du Lac, décroche 63 750 $ pour son dépanneur.")).toEqual([
      "Coopérative de solidarité du Lac-Sacré = 63750"]);
  });
  test("not when the other name is not last: 'A, connue sous le nom de B, et le Centre C recevront chacun'", () => {
    expect(grantsOf("La Coopérative de développement régional du Nord, connue sous le nom de CDR Nord, et le Centre culturel La Ruche de Hearst recevront chacun 150 000 $.")).toContain(
      "Centre culturel La Ruche de Hearst = 150000");
  });
});

describe("two towns share a sum, 'soit N $ chacune'", () => {
  test("'Louiseville et Yamachiche se partagent 120 000 $, soit 60 000 $ chacune'", () => {
    expect(grantsOf("Louiseville et Yamachiche se partagent quant à elles 120 000 $, soit 60 000 $ chacune, pour un camion-citerne.")).toEqual([
      "Louiseville = 60000", "Yamachiche = 60000"]);
  });
  test("one name of two words with 'et' before a singular verb stays one: 'Pousses et Racines reçoit'", () => {
    expect(grantsOf("Pousses et Racines reçoit 12 000 $ pour une serre.")).toEqual(["Pousses et Racines = 12000"]);
  });
});

describe("a cleft puts whom the money goes to before 'que'", () => {
  test("'C'est au Centre X que revient la plus grande part de l'enveloppe, soit 98,6 M$'", () => {
    expect(grantsOf("C'est au Centre de services scolaire des Premières-Seigneuries que revient la plus grande part de l'enveloppe, soit 98,6 M$, pour une école.")).toEqual([
      "Centre de services scolaire des Premières-Seigneuries = 98600000"]);
  });
  test("not a cleft about something else: 'C'est à la Ville de Matane que le ministre a fait l'annonce de 2 M$'", () => {
    expect(grantsOf("C'est à la Ville de Matane que le ministre a fait l'annonce d'un investissement de 2 M$.")).toEqual([]);
  });
});

describe("a verb left out after a town by its kind in lower case", () => {
  test("'la Ville de A recevra N $ et la ville de B, M $'", () => {
    expect(grantsOf("La Ville de Drummondville recevra 8 647 200 $ et la ville de Granby, 6,2 millions de dollars.")).toEqual([
      "Ville de Drummondville = 8647200", "ville de Granby = 6200000"]);
  });
});

describe("a sum given roughly, then exactly in a sentence about the aid", () => {
  test("'X obtient une aide de près d'un demi-million … L'aide non remboursable de 495 600 $ est accordée …'", () => {
    expect(grantsOf("Le ministre annonce que l'entreprise familiale Les Serres Bellerive inc. obtient une aide financière de près d'un demi-million de dollars pour agrandir ses serres. L'aide non remboursable de 495 600 $ est accordée dans le cadre d'un programme du ministère.")).toEqual([
      "Les Serres Bellerive inc. = 500000", "Les Serres Bellerive inc. = 495600"]);
  });
  test("'Québec accorde plus de 3 millions $ au Centre X … L'aide, qui s'élève précisément à 3 118 740 $, provient du …'", () => {
    expect(grantsOf("Québec accorde plus de 3 millions $ au Centre de services scolaire des Trois-Lacs pour un gymnase. L'aide, qui s'élève précisément à 3 118 740 $, provient d'un programme du ministère.")).toEqual([
      "Centre de services scolaire des Trois-Lacs = 3000000", "Centre de services scolaire des Trois-Lacs = 3118740"]);
  });
  test("not a sum far from the rough one: 'L'aide de 1 200 000 $ …'", () => {
    expect(grantsOf("Québec accorde plus de 3 millions $ au Centre de services scolaire des Trois-Lacs pour un gymnase. L'aide de 1 200 000 $ de la Ville s'ajoute.")).toEqual([
      "Centre de services scolaire des Trois-Lacs = 3000000"]);
  });
});

describe("a flattened table 'Municipalité Projet Montant' whose project cells hold numbers", () => {
  test("'Dégelis Réfection du rang Sainte-Rose (3,2 km) 612 440 $', 'X Resurfaçage de la route 291 Nord 455 000 $'", () => {
    expect(grantsOf("Voici la répartition des sommes accordées :\n\nMunicipalité Projet Montant\nDégelis Réfection du rang Sainte-Rose (3,2 km) 612 440 $\nPohénégamook Remplacement de deux ponceaux, chemin du Lac 287 905 $\nSaint-Honoré-de-Témiscouata Resurfaçage de la route 291 Nord 455 000 $\nPackington Réfection du 8e Rang 301 273 $\n")).toEqual([
      "Dégelis = 612440", "Pohénégamook = 287905", "Saint-Honoré-de-Témiscouata = 455000", "Packington = 301273"]);
  });
});

describe("list items after a colon with a lower-case aside, or a kind with its complement before the name", () => {
  test("'– Théâtre X, diffuseur pluridisciplinaire établi …;' and '– la coopérative de solidarité Le Tremplin, qui …;'", () => {
    expect(grantsOf("Quatre organismes obtiennent chacun une aide de 75 000 $ par année :\n\n– Théâtre des Grands-Chênes, diffuseur pluridisciplinaire établi à Fleurimont;\n– la coopérative de solidarité Le Tremplin des Cantons, qui présente 120 spectacles;\n– Danse Estrie en mouvement;\n– l'organisme Les Productions du Mont-Bellevue.\n")).toEqual([
      "Théâtre des Grands-Chênes = 75000", "Le Tremplin des Cantons = 75000", "Danse Estrie en mouvement = 75000", "Les Productions du Mont-Bellevue = 75000"]);
  });
});

describe("an inline list's last 'et' between two organisations", () => {
  test("'… : la Maison A, le Comité de développement de B et Loisirs C inc.'", () => {
    expect(grantsOf("Trois organismes se partagent une somme de 60 000 $, à raison de 20 000 $ chacun, pour l'animation : la Maison des jeunes de Mont-Carmel, le Comité de développement de Saint-Bruno et Loisirs Kamouraska inc.")).toEqual([
      "Maison des jeunes de Mont-Carmel = 20000", "Comité de développement de Saint-Bruno = 20000", "Loisirs Kamouraska inc = 20000"]);
  });
});

describe("a table flattened one cell per line with two columns of money given", () => {
  test("'Bénéficiaire / Projet / Coût total / Aide du Québec / Aide du Canada': a grant under each aid, none under the cost", () => {
    expect(grantsOf("Le tableau suivant présente les projets retenus.\n\nBénéficiaire\nProjet\nCoût total\nAide du Québec\nAide du Canada\nVille de Matane\nRéfection de l'aréna\n6 842 000 $\n2 280 438 $\n2 736 800 $\nMunicipalité de Sainte-Félicité\nConstruction d'un centre communautaire\n3 115 500 $\n1 038 396 $\n1 246 200 $\n")).toEqual([
      "Ville de Matane = 2280438", "Ville de Matane = 2736800", "Municipalité de Sainte-Félicité = 1038396", "Municipalité de Sainte-Félicité = 1246200"]);
  });
});

describe("money a government puts into a project: its carrier", () => {
  test("'Le Canada investit N $ dans ce projet … Le Québec y consacre M $. La Municipalité X assume le reste des coûts'", () => {
    expect(grantsOf("Le gouvernement du Canada investit 2 184 000 $ dans ce projet. Le gouvernement du Québec y consacre 1 820 000 $. La Municipalité de Sainte-Éloïse assume le reste des coûts admissibles, soit 1 456 000 $.")).toEqual([
      "Municipalité de Sainte-Éloïse = 2184000", "Municipalité de Sainte-Éloïse = 1820000"]);
  });
  test("not the project's total cost: 'Réalisé par l'organisme X, le projet représente un investissement total de N $'", () => {
    expect(grantsOf("Réalisé par l'organisme à but non lucratif Habitations du Vieux-Quai, le projet représente un investissement total de 15 870 000 $.")).toEqual([]);
  });
});

describe("more kinds before a name, a series of long names, a sum set apart by dashes", () => {
  test("'la jeune pousse Verdure Urbaine Lanaudière obtient 1,1 M$'", () => {
    expect(grantsOf("À Saint-Lin–Laurentides, la jeune pousse Verdure Urbaine Lanaudière obtient 1,1 M$ pour une serre.")).toEqual(["Verdure Urbaine Lanaudière = 1100000"]);
  });
  test("'c'est la conserverie familiale Les Délices de la Baie qui bénéficie d'une contribution de 725 000 $'", () => {
    expect(grantsOf("Plus au sud, à Newport, c'est la conserverie familiale Les Délices de la Baie qui bénéficie d'une contribution de 725 000 $.")).toEqual(["Les Délices de la Baie = 725000"]);
  });
  test("'• Cuisine collective A, Jardins communautaires B et Popote roulante C : 110 000 $ chacun;'", () => {
    expect(grantsOf("Les projets retenus :\n\n• Maison de la famille X : 50 000 $;\n• Cuisine collective La Marmite d'Acton, Jardins communautaires du Haut-Richelieu et Popote roulante de Chambly : 110 000 $ chacun;\n")).toEqual([
      "Maison de la famille X = 50000", "Cuisine collective La Marmite d'Acton = 110000", "Jardins communautaires du Haut-Richelieu = 110000", "Popote roulante de Chambly = 110000"]);
  });
  test("'Le reste de l'aide — deux millions de dollars — va à l'Institut X (IX)'", () => {
    expect(grantsOf("Le reste de l'aide — deux millions de dollars — va à l'Institut nordique de recherche en foresterie (INRF), affilié au Cégep.")).toEqual([
      "Institut nordique de recherche en foresterie (INRF) = 2000000"]);
  });
});

describe("a kind and where is no one's name; a token sum is no grant", () => {
  test("'octroie à cinq MRC de la région une aide totale de 1 063 900 $'", () => {
    expect(grantsOf("Le gouvernement du Québec octroie à cinq MRC de la région une aide totale de 1 063 900 $.")).toEqual([]);
  });
  test("'un bail emphytéotique de 1 $ par année' to a named town is no grant", () => {
    expect(grantsOf("La Ville de Matane recevra 1 $ par année pour la location du terrain.")).toEqual([]);
  });
  test("a named body of the region stays one: 'la SADC de la Matapédia reçoit 40 000 $'", () => {
    expect(grantsOf("La SADC de la Matapédia reçoit 40 000 $.")).toEqual(["SADC de la Matapédia = 40000"]);
  });
});

describe("the carrier after a relative clause; a sum restated in parentheses before the other funder's", () => {
  test("'… y consacre M $. La Municipalité X, qui compte 3 150 habitants, assume le reste des coûts'", () => {
    expect(grantsOf("Le gouvernement du Canada investit 3 384 000 $ dans ce projet. Le gouvernement du Québec y consacre pour sa part 2 820 000 $. La Municipalité de Saint-Anselme-des-Monts, qui compte 3 150 habitants, assume le reste des coûts, soit 1 256 000 $.")).toEqual([
      "Municipalité de Saint-Anselme-des-Monts = 3384000", "Municipalité de Saint-Anselme-des-Monts = 2820000"]);
  });
  test("'obtient un peu plus de 1,9 M$ d'Ottawa (1 925 000 $) et 1 604 600 $ de Québec'", () => {
    expect(grantsOf("La Municipalité de Charette obtient quant à elle un peu plus de 1,9 M$ d'Ottawa (1 925 000 $) et 1 604 600 $ de Québec pour ses conduites.")).toEqual([
      "Municipalité de Charette = 1900000", "Municipalité de Charette = 1925000", "Municipalité de Charette = 1604600"]);
  });
});

describe("the government's lender is no recipient", () => {
  test("'Investissement Québec, à titre de mandataire, consent un prêt de 2 M$ à la Fromagerie X'", () => {
    expect(recipientsOf("Investissement Québec reçoit le mandat de gérer le prêt. Investissement Québec, à titre de mandataire, consent un prêt de 2 M$ à la Fromagerie Dupuis.")).toEqual(["Fromagerie Dupuis"]);
  });
});

describe("firms in economic-development releases", () => {
  test("'Quant à X inc., qui conçoit …, elle obtient une subvention de N $': the dot of 'inc.' ends no sentence", () => {
    expect(grantsOf("Quant à Thermoformes Chaudière inc., qui conçoit des panneaux pour les autobus, elle obtient une subvention de 400 000 $.")).toEqual([
      "Thermoformes Chaudière inc. = 400000"]);
  });
  test("'Le producteur maraîcher en serre X inc. pourra agrandir … grâce à un soutien financier de N $'", () => {
    expect(grantsOf("Le producteur maraîcher en serre Les Serres Bellerive inc. pourra agrandir ses installations grâce à un soutien financier de 2,75 millions de dollars du gouvernement du Québec.")).toEqual([
      "Les Serres Bellerive inc. = 2750000"]);
  });
  test("not the government that acts thanks to the money: 'Le gouvernement pourra agir grâce à une aide de 5 M$'", () => {
    expect(grantsOf("Le gouvernement du Québec pourra agir grâce à une aide de 5 M$ du fédéral.")).toEqual([]);
  });
});

describe("a business by its trade or legal form before ', qui obtient'", () => {
  test("'• la Laiterie coopérative des Patriotes, qui obtient 310 000 $ pour …'", () => {
    expect(grantsOf("Six entreprises sont soutenues :\n• la Laiterie coopérative des Patriotes, qui obtient 310 000 $ pour l'automatisation de sa ligne;\n")).toEqual([
      "Laiterie coopérative des Patriotes = 310000"]);
  });
  test("'• Les Vergers Dufresne inc. et la Cidrerie X S.E.N.C., qui recevront chacune 85 000 $'", () => {
    expect(grantsOf("Six entreprises sont soutenues :\n• Les Vergers Dufresne inc. et la Cidrerie du Mont-Rouge S.E.N.C., qui recevront chacune 85 000 $ pour des pressoirs;\n")).toEqual([
      "Vergers Dufresne inc. = 85000", "Cidrerie du Mont-Rouge S.E.N.C. = 85000"]);
  });
  test("not a person: 'Martin Tremblay, qui reçoit le prix, remercie'", () => {
    expect(recipientsOf("Martin Tremblay, qui reçoit 5 000 $ en bourse personnelle, remercie le jury.")).toEqual([]);
  });
});

describe("schools in a table of a school board's projects are places", () => {
  test("'École primaire X' beside 'Centre de services scolaire Y' is no recipient; 'École de musique Z' is one", () => {
    expect(recipientsOf("Le Centre de services scolaire des Hauts-Cantons obtient 38,6 M$ pour trois écoles :\n\nÉcole | Projet | Aide\nÉcole primaire des Trois-Lacs | Agrandissement | 17 450 000 $\nÉcole Sainte-Catherine | Réfection | 8 250 000 $\n\nL'École de musique Le Diapason d'Or reçoit 50 000 $.")).toEqual([
      "Centre de services scolaire des Hauts-Cantons", "École de musique Le Diapason d'Or"]);
  });
});

describe("numbered list items", () => {
  test("'1. Club X – 25 000 $', '2. Centre Y : 18 500$', '3. Association Z – vingt mille dollars'", () => {
    expect(grantsOf("Les organismes retenus :\n\n1. Club de l'âge d'or Saint-Bruno – 25 000 $\n2. Popote roulante Les Mains Tendues de Chambly : 18 500$\n3. Association des retraités de l'éducation – vingt mille dollars\n")).toEqual([
      "Club de l'âge d'or Saint-Bruno = 25000", "Popote roulante Les Mains Tendues de Chambly = 18500", "Association des retraités de l'éducation = 20000"]);
  });
  test("not numbered paragraphs of prose: '1. Le programme dispose de 5 M$.'", () => {
    expect(grantsOf("Faits saillants :\n\n1. Le programme dispose de 5 M$ par année.\n2. Les projets sont évalués par un comité.\n")).toEqual([]);
  });
});

describe("two governments' shares, then who assumes the rest; a sentence-opening phrase before the one 'Celle-ci' takes up", () => {
  test("'Le Canada investit N $ et le Québec, M $ … dans la Municipalité de X. La Municipalité assume pour sa part …'", () => {
    expect(grantsOf("Le gouvernement du Canada investit 3 412 600 $ et le gouvernement du Québec, 2 843 830 $ dans la construction d'une usine dans la Municipalité de Lac-des-Hérons. La Municipalité assume pour sa part 2 275 070 $, pour un coût total de 8 531 500 $.")).toEqual([
      "Municipalité de Lac-des-Hérons = 3412600", "Municipalité de Lac-des-Hérons = 2843830"]);
  });
  test("'Pour sa part, la fromagerie artisanale La Chèvrerie X doublera … Celle-ci bénéficie d'un prêt de N $'", () => {
    expect(grantsOf("Pour sa part, la fromagerie artisanale La Chèvrerie des Monts doublera sa production. Celle-ci bénéficie d'un prêt de 640 000 $.")).toEqual([
      "La Chèvrerie des Monts = 640000"]);
  });
});

describe("'Elle reçoit' after a sentence that opens on a description, the name set apart after it", () => {
  test("'L'entreprise familiale spécialisée dans …, Composites X inc., installera … Elle reçoit N $'", () => {
    expect(grantsOf("L'entreprise familiale spécialisée dans le moulage de pièces en fibre de carbone, Composites Rive-Sud inc., installera une cellule. Elle reçoit une contribution remboursable de 2,3 millions de dollars.")).toEqual([
      "Composites Rive-Sud inc. = 2300000"]);
  });
  test("a pronoun opens no name on a label line: 'Nous avons choisi des projets : 45 000 $ …'", () => {
    expect(recipientsOf("Le comité a tranché.\n\nNous avons choisi des projets structurants : 45 000 $ au total.\n")).toEqual([]);
  });
});

describe("a flattened table row whose name ends at its acronym", () => {
  test("'Organisme Projet Montant accordé A (ALPHE) Accompagnement … 52 000 $ A (ALPHE) Trousse … Le loisir, c'est pour tous 18 600 $'", () => {
    expect(grantsOf("Les projets retenus :\n\nOrganisme Projet Montant accordé Association de loisir de l'Estrie (ALPHE) Accompagnement estival en camps de jour 52 000 $ Association de loisir de l'Estrie (ALPHE) Trousse de sensibilisation Le loisir, c'est pour tous 18 600 $ Club de ski adapté Mont-Orford Acquisition de deux fauteuils-skis 34 250 $ Total 104 850 $\n")).toEqual([
      "Association de loisir de l'Estrie (ALPHE) = 52000", "Association de loisir de l'Estrie (ALPHE) = 18600", "Club de ski adapté Mont-Orford = 34250"]);
  });
});
