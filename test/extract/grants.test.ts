import { describe, expect, test } from "vitest";
import type { Amount } from "../../src/record.js";
import { findGrants } from "../../src/extract/grants.js";
import { findPrograms } from "../../src/extract/programs.js";
import { findRecipients } from "../../src/extract/recipients.js";

/** An Amount built by hand: the n-th occurrence of `written` in the text, worth `value`. */
function at(text: string, written: string, value: number, nth = 0): Amount {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(written, start + 1);
  if (start < 0) throw new Error(`no "${written}" in the text`);
  return { text: written, value, currency: "CAD", qualifier: "exact", start, end: start + written.length };
}

function grants(text: string, amounts: Amount[]) {
  const programs = findPrograms(text);
  const recipients = findRecipients(text, { amounts, programs });
  return findGrants(text, { amounts, recipients, programs }).map((g) => [g.recipient, g.amount, g.program]);
}

describe("findGrants", () => {
  test("one recipient and its amount in one clause; the program of the release", () => {
    const text = "Une somme de 85 000 $ sera remise à Coopérative Terre Vive pour une serre.\n\nCette aide est accordée dans le cadre du Fonds des marchés de proximité.";
    expect(grants(text, [at(text, "85 000 $", 85000)])).toEqual([["Coopérative Terre Vive", 85000, "Fonds des marchés de proximité"]]);
  });

  test("the program named in the sentence", () => {
    const text = "Québec alloue 40 000 $ à l'organisme Jardins Partagés dans le cadre de son programme Quartiers verts. Le Fonds bleu existe aussi.";
    expect(grants(text, [at(text, "40 000 $", 40000)])).toEqual([["Jardins Partagés", 40000, "Quartiers verts"]]);
  });

  test("parallel amounts and recipients pair by order", () => {
    const text = "Sur ce total de 120 000 dollars, Ottawa verse 22 000 dollars et 15 000 dollars au Festival des lanternes de Magog et au Festival western de Lévis.";
    const amounts = [at(text, "120 000 dollars", 120000), at(text, "22 000 dollars", 22000), at(text, "15 000 dollars", 15000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([
      ["Festival des lanternes de Magog", 22000],
      ["Festival western de Lévis", 15000],
    ]);
  });

  test("a total shared by several named recipients is given to none of them", () => {
    const text = "Le gouvernement accorde au Réseau des tables rurales et à la Société de promotion du fleuve (SPF) des contributions totalisant 3 millions de dollars.";
    expect(grants(text, [at(text, "3 millions de dollars", 3_000_000)])).toEqual([]);
  });

  test("a later sentence gives one of them its part", () => {
    const text = "Le gouvernement accorde au Réseau des tables rurales et à la Société de promotion du fleuve (SPF) des contributions totalisant 3 millions de dollars.\n"
      + "Une somme de 2 millions de dollars est versée au Réseau des tables rurales pour ses activités.";
    const amounts = [at(text, "3 millions de dollars", 3_000_000), at(text, "2 millions de dollars", 2_000_000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Réseau des tables rurales", 2_000_000]]);
  });

  test("a total to a named group is a grant to the group", () => {
    const text = "Le ministre accorde 1,5 million de dollars aux tables de concertation des aînés afin qu'elles poursuivent leur travail.";
    expect(grants(text, [at(text, "1,5 million de dollars", 1_500_000)]).map(([r, a]) => [r, a])).toEqual([["tables de concertation des aînés", 1_500_000]]);
  });

  test("table rows: each row is a grant, an unreadable amount is none", () => {
    const text = "Montants accordés :\nMont-Carmel — 42 000 $\nSaint-Pacôme — 38 500 $\nLa Pocatière — 61 2";
    const amounts = [at(text, "42 000 $", 42000), at(text, "38 500 $", 38500)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Mont-Carmel", 42000], ["Saint-Pacôme", 38500]]);
  });

  test("flattened rows: the same organisation twice gives two grants", () => {
    const text = "1 MRC de La Côte-Sud Loisirs 12 000 $ 2 MRC de La Côte-Sud Transport 9 500 $ 3 MRC du Haut-Lac Culture 7 000 $";
    const amounts = [at(text, "12 000 $", 12000), at(text, "9 500 $", 9500), at(text, "7 000 $", 7000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["MRC de La Côte-Sud", 12000], ["MRC de La Côte-Sud", 9500], ["MRC du Haut-Lac", 7000]]);
  });

  test("an intermediary gets no grant", () => {
    const text = "Une somme de 60 000 $ est remise à la Maison des jeunes L'Escale, par le biais du Collège de Rosemont, pour un local.";
    expect(grants(text, [at(text, "60 000 $", 60000)]).map(([r, a]) => [r, a])).toEqual([["Maison des jeunes L'Escale", 60000]]);
  });

  test("evidence offsets cover the recipient and the amount", () => {
    const text = "Plus de 9 000 $ seront remis à Club de ski Mont-Gleason pour ses sentiers.";
    const amounts = [at(text, "9 000 $", 9000)];
    const programs = findPrograms(text);
    const recipients = findRecipients(text, { amounts, programs });
    const [g] = findGrants(text, { amounts, recipients, programs });
    expect(text.slice(g.start, g.end)).toBe("9 000 $ seront remis à Club de ski Mont-Gleason");
  });

  test("no recipient, no grant", () => {
    const text = "Le programme accorde jusqu'à 25 000 $ à des projets communautaires.";
    expect(grants(text, [at(text, "25 000 $", 25000)])).toEqual([]);
  });
});

describe("findGrants: clauses of one sentence", () => {
  test("each recipient with the amount of its own clause", () => {
    const text = "La Ville de Granby recevra 125 000 $ pour son parc, tandis que 80 000 $ iront à Loisirs Yamaska.";
    const amounts = [at(text, "125 000 $", 125000), at(text, "80 000 $", 80000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Ville de Granby", 125000], ["Loisirs Yamaska", 80000]]);
  });
});

describe("findGrants: constructions of issue 3", () => {
  test("'dont <montant> pour X' gives X its part; the shared total goes to no one", () => {
    const text = "Une aide de 90 000 $ est partagée entre l'Entraide du Plateau, la Popote des Berges et le Comptoir alimentaire de Laval, dont 30 000 $ pour le Comptoir alimentaire de Laval.";
    const amounts = [at(text, "90 000 $", 90000), at(text, "30 000 $", 30000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Comptoir alimentaire de Laval", 30000]]);
  });

  test("'un total de T, dont A pour X et B pour Y': each named part is a grant, the total before 'dont' is no one's", () => {
    const text = "La ministre annonce un financement de 3,4 M$ sur trois ans pour la prévention chez les jeunes, dont 2,1 M$ pour le Centre de crise de Laval-Est et 850 000 $ pour Écoute Ados Chomedey.";
    const amounts = [at(text, "3,4 M$", 3_400_000), at(text, "2,1 M$", 2_100_000), at(text, "850 000 $", 850_000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Centre de crise de Laval-Est", 2_100_000], ["Écoute Ados Chomedey", 850_000]]);
    // the second part unread ("pour des ateliers"): the one named part still does not take the total
    const one = "La ministre annonce un financement de 3,4 M$ pour la prévention, dont 2,1 M$ pour le Centre de crise de Laval-Est et 850 000 $ pour des ateliers.";
    const oneAmounts = [at(one, "3,4 M$", 3_400_000), at(one, "2,1 M$", 2_100_000), at(one, "850 000 $", 850_000)];
    expect(grants(one, oneAmounts).map(([r, a]) => [r, a])).toEqual([["Centre de crise de Laval-Est", 2_100_000]]);
  });

  test("one recipient, an amount from each of two funders: both are its grants", () => {
    const text = "La Ville de Port-Neuf reçoit 1 200 000 $ du gouvernement du Canada et 950 000 $ du gouvernement du Québec pour son aréna.";
    const amounts = [at(text, "1 200 000 $", 1_200_000), at(text, "950 000 $", 950_000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Ville de Port-Neuf", 1_200_000], ["Ville de Port-Neuf", 950_000]]);
    // a cost beside the grant is not a second grant
    const cost = "La Ville de Port-Neuf reçoit 1 200 000 $ du gouvernement du Canada et 950 000 $ seront investis par la Ville.";
    const costAmounts = [at(cost, "1 200 000 $", 1_200_000), at(cost, "950 000 $", 950_000)];
    expect(grants(cost, costAmounts).map(([r, a]) => [r, a])).toEqual([["Ville de Port-Neuf", 1_200_000]]);
  });

  test("'Les sommes seront versées au X' takes the one amount of an earlier sentence", () => {
    const text = "Le ministre annonce un investissement de 12 M$ pour un nouveau pavillon.\n\nLe projet est inscrit au Plan des immobilisations. "
      + "Les sommes seront versées au Centre de services scolaire du Fjord, qui gère le chantier.";
    expect(grants(text, [at(text, "12 M$", 12_000_000)]).map(([r, a]) => [r, a])).toEqual([["Centre de services scolaire du Fjord", 12_000_000]]);
  });

  test("an earlier sentence with two amounts is not referred back to", () => {
    const text = "Le ministre annonce 12 M$ pour un pavillon et 3 M$ pour un gymnase. Les sommes seront versées au Centre de services scolaire du Fjord.";
    expect(grants(text, [at(text, "12 M$", 12_000_000), at(text, "3 M$", 3_000_000)])).toEqual([]);
  });

  test("a loan, an amount followed by a duration, a place after the recipient", () => {
    const loan = "Le ministre annonce un prêt de 300 000 $ à l'entreprise Usinage Nordet inc. pour une presse.";
    expect(grants(loan, [at(loan, "300 000 $", 300000)]).map(([r, a]) => [r, a])).toEqual([["Usinage Nordet inc.", 300000]]);
    const years = "Ottawa octroie 900 000 $ sur quatre ans à l'organisme Écoute et entraide Haute-Côte (EEHC) pour ses services.";
    expect(grants(years, [at(years, "900 000 $", 900000)]).map(([r, a]) => [r, a])).toEqual([["Écoute et entraide Haute-Côte (EEHC)", 900000]]);
    const place = "Une somme de 40 000 $ est versée au Centre d'art Rivage, à Rimouski, dans le cadre du même programme.";
    expect(grants(place, [at(place, "40 000 $", 40000)]).map(([r, a]) => [r, a])).toEqual([["Centre d'art Rivage", 40000]]);
  });

  test("the possessor of the project that receives the money", () => {
    const text = "Le projet de la Fondation Les Amis du Parc, qui reçoit 70 000 $, prévoit un sentier.";
    expect(grants(text, [at(text, "70 000 $", 70000)]).map(([r, a]) => [r, a])).toEqual([["Fondation Les Amis du Parc", 70000]]);
  });

  test("table rows with a project column and '- Name : amount' lines", () => {
    const text = "| Municipalité | Projet | Aide |\n| Saint-Onésime | Rang du Lac | 210 000 $ |\n| Lac-Frontière | Chemin des Érables | 95 500 $ |\n| Total | | 305 500 $ |\n"
      + "\nAutres sommes :\n- Maison des aînés de la Pointe : 120 000 $\n- Popote roulante du Fleuve : 45 000 $\n";
    const amounts = [at(text, "210 000 $", 210000), at(text, "95 500 $", 95500), at(text, "305 500 $", 305500), at(text, "120 000 $", 120000), at(text, "45 000 $", 45000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([
      ["Saint-Onésime", 210000], ["Lac-Frontière", 95500], ["Maison des aînés de la Pointe", 120000], ["Popote roulante du Fleuve", 45000],
    ]);
  });

  test("rows of a flattened table each carry their own amount", () => {
    const text = "Répartition Municipalité Montant Ville de Percé 410 000 $ Municipalité de Grande-Vallée 95 500 $ Total 505 500 $";
    const amounts = [at(text, "410 000 $", 410000), at(text, "95 500 $", 95500), at(text, "505 500 $", 505500)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Ville de Percé", 410000], ["Municipalité de Grande-Vallée", 95500]]);
  });

  test("a short mention after 'à la' gets its grant; the same head as a funder does not", () => {
    const text = "Une aide de 300 000 $ est accordée à la Société d'histoire du Bas-Richelieu. Une somme de 20 000 $ est aussi versée à la Société pour ses archives. "
      + "Le projet coûte 900 000 $; la Société et ses partenaires financeront le reste.";
    const amounts = [at(text, "300 000 $", 300000), at(text, "20 000 $", 20000), at(text, "900 000 $", 900000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Société d'histoire du Bas-Richelieu", 300000], ["Société d'histoire du Bas-Richelieu", 20000]]);
  });

  test("the generic part of a long name, lowercase, takes it up in a later sentence; a different complement does not", () => {
    const text = "Le Centre de services scolaire des Navigateurs-du-Nord pourra agrandir l'école Sainte-Famille. "
      + "Québec accorde 14 614 200 $ au centre de services scolaire pour ajouter huit classes. "
      + "Une somme de 50 000 $ ira au centre de services scolaire de la Capitale pour un autre projet.";
    const amounts = [at(text, "14 614 200 $", 14614200), at(text, "50 000 $", 50000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Centre de services scolaire des Navigateurs-du-Nord", 14614200]]);
  });

  test("the one recipient of a release, taken up as 'l'entreprise', gets the later loan; with two recipients, neither does", () => {
    const one = "Québec accorde 750 000 $ à la Fromagerie des Deux-Clochers pour agrandir son usine. "
      + "De son côté, Investissement Québec accorde à l'entreprise un prêt de 1,2 M$, précise le document.";
    const loans = (text: string) => [at(text, "750 000 $", 750000), at(text, "1,2 M$", 1.2e6)];
    expect(grants(one, loans(one)).map(([r, a]) => [r, a])).toEqual([["Fromagerie des Deux-Clochers", 750000], ["Fromagerie des Deux-Clochers", 1.2e6]]);
    const two = "Québec accorde 750 000 $ à la Fromagerie des Deux-Clochers et 90 000 $ à la Boulangerie Saint-Michel. "
      + "De son côté, Investissement Québec accorde à l'entreprise un prêt de 1,2 M$, précise le document.";
    expect(grants(two, [...loans(two), at(two, "90 000 $", 90000)]).map(([, a]) => a)).not.toContain(1.2e6);
  });

  test("'L'organisme recevra' gives the earlier name its grant; each of two projects its own", () => {
    const text = "Le premier projet est porté par la Corporation de développement du Bas-Fjord. L'organisme recevra 385 000 $ sur trois ans. "
      + "Le second projet est présenté par Les Ateliers du Fjord. Une somme de 227 400 $ est accordée à l'entreprise pour des équipements.";
    const amounts = [at(text, "385 000 $", 385000), at(text, "227 400 $", 227400)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Corporation de développement du Bas-Fjord", 385000], ["Les Ateliers du Fjord", 227400]]);
  });

  test("a name inside another organisation's name ('la Fondation du Cégep X') is not that name's grant", () => {
    const text = "Québec accorde 5 000 000 $ au Cégep de la Côte-Nord pour ses laboratoires. "
      + "Le Cégep ajoutera 420 000 $ de ses fonds, alors que la Fondation du Cégep de la Côte-Nord a recueilli 180 000 $ pour le montage financier.";
    const amounts = [at(text, "5 000 000 $", 5e6), at(text, "420 000 $", 420000), at(text, "180 000 $", 180000)];
    expect(grants(text, amounts).map(([, a]) => a)).not.toContain(180000);
  });

  test("a total that a list of recipients shares ('se partageront', 'se partagent le solde') is none's grant", () => {
    const text = "Les MRC du Haut-Richelieu, des Jardins-de-Napierville et de Brome-Missisquoi se partageront 1,8 M$ sur trois ans.";
    expect(grants(text, [at(text, "1,8 M$", 1.8e6)])).toEqual([]);
  });

  test("'… et le gouvernement du Québec lui verse 2 843 000 $': money given again to the one named before", () => {
    const text = "Le gouvernement du Canada accorde 3 412 000 $ à la Ville de Lac-des-Hérons par l'entremise du volet culturel, "
      + "et le gouvernement du Québec lui verse 2 843 000 $. La Ville assume le reste des coûts, soit 1 137 000 $.";
    const amounts = [at(text, "3 412 000 $", 3412000), at(text, "2 843 000 $", 2843000), at(text, "1 137 000 $", 1137000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Ville de Lac-des-Hérons", 3412000], ["Ville de Lac-des-Hérons", 2843000]]);
  });

  test("'le Centre X (CX), affilié au Cégep, reçoit 750 000 $': the Centre's grant, not the Cégep's", () => {
    const text = "Le Cégep de la Côte-Nord reçoit 5 000 000 $ pour ses laboratoires. Par ailleurs, le Centre collégial de transfert en optique (CCTO), "
      + "affilié au Cégep, reçoit 750 000 $ sur trois ans pour un projet de recherche.";
    const amounts = [at(text, "5 000 000 $", 5e6), at(text, "750 000 $", 750000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Cégep de la Côte-Nord", 5e6], ["Centre collégial de transfert en optique (CCTO)", 750000]]);
  });

  test("a pronoun alone ('l'agence lui consent une contribution … de 750 000 $') names the one recipient of the sentence before", () => {
    const text = "La Fromagerie des Deux-Clochers pourra doubler sa production grâce à un projet de 5,6 millions de dollars. "
      + "L'agence fédérale lui consent une contribution remboursable sans intérêt de 750 000 $. "
      + "De son côté, Investissement Québec accorde à l'entreprise un prêt de 1,2 M$.";
    const amounts = [at(text, "5,6 millions de dollars", 5.6e6), at(text, "750 000 $", 750000), at(text, "1,2 M$", 1.2e6)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Fromagerie des Deux-Clochers", 750000], ["Fromagerie des Deux-Clochers", 1.2e6]]);
  });

  test("what the recipient itself spends ('La Fromagerie X investit 5,6 M$') is not its grant; 'Québec investit 5 M$ dans X' is", () => {
    const own = "La Fromagerie des Deux-Clochers investit 5,6 M$ et obtient deux prêts de Québec.";
    expect(grants(own, [at(own, "5,6 M$", 5.6e6)])).toEqual([]);
    const given = "Le gouvernement du Québec accorde 5 M$ à la Fromagerie des Deux-Clochers pour son agrandissement.";
    expect(grants(given, [at(given, "5 M$", 5e6)]).map(([r, a]) => [r, a])).toEqual([["Fromagerie des Deux-Clochers", 5e6]]);
  });

  test("two recipients with the same generic part: the short form names neither", () => {
    const text = "La Coopérative de solidarité du Bas-Fleuve et la Coopérative de solidarité de Matane sont soutenues. "
      + "Une aide de 40 000 $ est versée à la coopérative de solidarité pour son local.";
    expect(grants(text, [at(text, "40 000 $", 40000)]).map(([r]) => r)).not.toContain("Coopérative de solidarité du Bas-Fleuve");
  });

  test("the whole before 'dont' is the grant; a later sentence where the recipient hands money on ('par le X') is not", () => {
    const text = "Québec verse 6 M$ sur trois ans au Réseau Santé Jeunesse Estrie (RSJE), dont 1,5 M$ pour une ligne d'écoute. "
      + "Le reste sera redistribué par le RSJE à ses membres, qui pourront recevoir jusqu'à 90 000 $ chacun.";
    const amounts = [at(text, "6 M$", 6e6), at(text, "1,5 M$", 1.5e6), at(text, "90 000 $", 90000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Réseau Santé Jeunesse Estrie (RSJE)", 6e6]]);
  });

  test("'Ce soutien comprend une subvention … et un prêt …': both parts are grants to the earlier recipient", () => {
    const text = "La ministre annonce un soutien de 230 000 $ à la Coopérative Les Saveurs du Quai pour agrandir sa cuisine. "
      + "Ce soutien comprend une subvention de 30 000 $ ainsi qu'un prêt de 200 000 $ consenti par une société d'État.";
    const amounts = [at(text, "230 000 $", 230000), at(text, "30 000 $", 30000, 1), at(text, "200 000 $", 200000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([
      ["Coopérative Les Saveurs du Quai", 230000], ["Coopérative Les Saveurs du Quai", 30000], ["Coopérative Les Saveurs du Quai", 200000],
    ]);
  });

  test("elliptical clauses pair each bare name with the amount after it; 'respectivement' pairs by order", () => {
    const text = "La Ville de Rivière-Haute obtient 50 000 $ pour un parc, Pointe-Basse, 40 000 $, et Lac-Doré, 35 000 $.";
    const amounts = [at(text, "50 000 $", 50000), at(text, "40 000 $", 40000), at(text, "35 000 $", 35000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Ville de Rivière-Haute", 50000], ["Pointe-Basse", 40000], ["Lac-Doré", 35000]]);
    const both = "Les municipalités voisines de Saint-Onésime et de Val-Joli obtiennent respectivement 20 000 $ et 15 000 $.";
    expect(grants(both, [at(both, "20 000 $", 20000), at(both, "15 000 $", 15000)]).map(([r, a]) => [r, a]))
      .toEqual([["Saint-Onésime", 20000], ["Val-Joli", 15000]]);
  });

  test("a total two named subjects share is no one's grant; a town named inside 'MRC de X' is not the town", () => {
    const shared = "La Fromagerie Rivière-Noire inc. et la Coopérative agricole de Sainte-Rose se partageront 300 000 $ pour leurs usines.";
    expect(grants(shared, [at(shared, "300 000 $", 300000)])).toEqual([]);
    const text = "Trois municipalités de la MRC de Bellefeuille recevront au total 90 000 $.\n"
      + "Municipalité Projet Aide accordée Bellefeuille Trottoir neuf 50 000 $ Val-Joli Feux piétons 40 000 $ Total 90 000 $";
    const amounts = [at(text, "90 000 $", 90000), at(text, "50 000 $", 50000), at(text, "40 000 $", 40000), at(text, "90 000 $", 90000, 1)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Bellefeuille", 50000], ["Val-Joli", 40000]]);
  });

  test("a loan and a contribution offered together to one recipient are two grants; a project's place is not a recipient", () => {
    const text = "Québec soutient un projet d'usine de 7,2 M$ à Saint-Aubert.\n"
      + "Le ministre annonce un prêt de 1,5 M$ et une contribution financière non remboursable de 300 000 $ à Conserverie du Lac inc. pour son usine.";
    const amounts = [at(text, "7,2 M$", 7.2e6), at(text, "1,5 M$", 1.5e6), at(text, "300 000 $", 300000)];
    expect(grants(text, amounts).map(([r, a]) => [r, a])).toEqual([["Conserverie du Lac inc.", 300000], ["Conserverie du Lac inc.", 1.5e6]]);
    const given = "La ministre accorde une aide de 45 000 $ à Saint-Aubert pour son aréna.";
    expect(grants(given, [at(given, "45 000 $", 45000)]).map(([r, a]) => [r, a])).toEqual([["Saint-Aubert", 45000]]);
  });

  test("a total one named recipient shares with others ('conjointement', 'à parts égales', 'partagée avec') is not its grant", () => {
    for (const text of [
      "La Corporation du Vieux-Port recevra, conjointement avec ses partenaires du quartier, 90 000 $ pour la fête.",
      "Une somme de 90 000 $ sera remise au Théâtre des Rives, à partager à parts égales avec deux autres troupes.",
      "Le Théâtre des Rives recevra 90 000 $ pour une tournée, somme partagée avec deux troupes invitées.",
    ]) expect(grants(text, [at(text, "90 000 $", 90000)])).toEqual([]);
    const alone = "La Corporation du Vieux-Port recevra 90 000 $ pour la fête, ensemble de ses activités comprises.";
    expect(grants(alone, [at(alone, "90 000 $", 90000)]).map(([r, a]) => [r, a])).toEqual([["Corporation du Vieux-Port", 90000]]);
  });
});

describe("findGrants: round 5", () => {
  test("a shared total split by acronyms: 'soit X pour A et Y pour B'", () => {
    const text = "La Société d'aide au développement du Lac (SADL) et la Corporation des loisirs de Ferland (CLF) se partageront 120 000 $, soit 70 000 $ pour la SADL et 50 000 $ pour la CLF.";
    expect(grants(text, [at(text, "120 000 $", 120000), at(text, "70 000 $", 70000), at(text, "50 000 $", 50000)])).toEqual([
      ["Société d'aide au développement du Lac (SADL)", 70000, null], ["Corporation des loisirs de Ferland (CLF)", 50000, null]]);
  });

  test("a shared total alone is no one's grant", () => {
    const text = "La Société d'aide au développement du Lac (SADL) et la Corporation des loisirs de Ferland (CLF) se partageront 120 000 $.";
    expect(grants(text, [at(text, "120 000 $", 120000)])).toEqual([]);
  });
});

describe("findGrants: the whole of an earlier total", () => {
  test("'L'ensemble de l'enveloppe sera versé à X' takes the amount called total", () => {
    const text = "D'une valeur totale de 210 000 $, l'entente réunit trois partenaires. Le ministère y investit 120 000 $ et la Ville, 90 000 $.\nL'ensemble de l'enveloppe sera versé à la Corporation de développement du Mont-Vert, qui gérera l'entente.";
    expect(grants(text, [at(text, "210 000 $", 210000), at(text, "120 000 $", 120000), at(text, "90 000 $", 90000)]).map((g) => g.slice(0, 2)))
      .toEqual([["Corporation de développement du Mont-Vert", 210000]]);
  });

  test("without a total, several earlier amounts give no grant", () => {
    const text = "Le ministère y investit 120 000 $ et la Ville, 90 000 $.\nL'ensemble de l'enveloppe sera versé à la Corporation de développement du Mont-Vert.";
    expect(grants(text, [at(text, "120 000 $", 120000), at(text, "90 000 $", 90000)])).toEqual([]);
  });
});

test("'L'ensemble de …' skips a nearer sentence's part to reach the total", () => {
  const text = "D'une valeur totale de 210 000 $, l'entente réunit trois partenaires. Le ministère y investit 120 000 $. La Ville y contribue à hauteur de 90 000 $.\nL'ensemble de l'enveloppe sera versé à la Corporation de développement du Mont-Vert.";
  expect(grants(text, [at(text, "210 000 $", 210000), at(text, "120 000 $", 120000), at(text, "90 000 $", 90000)]).map((g) => g.slice(0, 2)))
    .toEqual([["Corporation de développement du Mont-Vert", 210000]]);
});

test("an amount per member of a group ('… par organisme') is no grant", () => {
  const text = "Le financement des 12 comités ZIP passera de 90 000 $ à 110 000 $ par organisme.";
  const amounts = [at(text, "90 000 $", 90000), at(text, "110 000 $", 110000)];
  expect(findGrants(text, { amounts, recipients: [{ name: "comités ZIP", acronym: "ZIP", role: "recipient" }], programs: [] } as never)).toEqual([]);
});

describe("findGrants: a source fund between the amount and its recipient, a project cost after", () => {
  test("the amount before the fund goes to the recipient, not the project's cost", () => {
    const text = "La ministre annonce un prêt de 6 millions de dollars du Fonds régional d'expansion (FRE) à Usinage Boréal inc. pour un projet de 20 millions de dollars à Alma.";
    const out = grants(text, [at(text, "6 millions de dollars", 6e6), at(text, "20 millions de dollars", 20e6)]);
    expect(out.map((g) => [g[0], g[1]])).toEqual([["Usinage Boréal inc.", 6e6]]);
  });
});
