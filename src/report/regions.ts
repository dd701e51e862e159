// Which region a release's money goes to, read from two clues the record keeps:
// the dateline's city and province ("RIMOUSKI, QC, le ...") and the ministers' titles
// ("ministre responsable de la région du Bas-Saint-Laurent"). The 17 administrative regions of
// Québec and their main towns are general geography, not names taken from any release.
import { fold } from "../store/fold.js";

/** Region names as printed, with the folded forms a title or a text may use for them. */
const REGIONS: readonly { name: string; aliases: readonly string[]; towns: readonly string[] }[] = [
  {
    name: "Bas-Saint-Laurent",
    aliases: ["bas-saint-laurent"],
    towns: ["rimouski", "riviere-du-loup", "matane", "amqui", "mont-joli", "trois-pistoles", "temiscouata-sur-le-lac",
      "la pocatiere", "degelis", "pohenegamook", "sayabec", "causapscal"],
  },
  {
    name: "Saguenay–Lac-Saint-Jean",
    aliases: ["saguenay-lac-saint-jean", "saguenay", "lac-saint-jean"],
    towns: ["saguenay", "chicoutimi", "jonquiere", "la baie", "alma", "roberval", "dolbeau-mistassini", "saint-felicien",
      "mashteuiatsh", "normandin", "metabetchouan-lac-a-la-croix"],
  },
  {
    name: "Capitale-Nationale",
    aliases: ["capitale-nationale"],
    towns: ["quebec", "l'ancienne-lorette", "saint-augustin-de-desmaures", "baie-saint-paul", "la malbaie", "donnacona",
      "saint-raymond", "stoneham-et-tewkesbury", "sainte-brigitte-de-laval", "wendake", "portneuf", "beaupre",
      "chateau-richer", "boischatel", "lac-beauport"],
  },
  {
    name: "Mauricie",
    aliases: ["mauricie"],
    towns: ["trois-rivieres", "shawinigan", "la tuque", "louiseville", "saint-tite", "notre-dame-du-mont-carmel",
      "wemotaci", "saint-boniface"],
  },
  {
    name: "Estrie",
    aliases: ["estrie"],
    towns: ["sherbrooke", "magog", "lac-megantic", "coaticook", "val-des-sources", "asbestos", "east angus", "windsor",
      "cookshire-eaton", "north hatley", "richmond", "weedon"],
  },
  {
    name: "Montréal",
    aliases: ["montreal", "metropole"],
    towns: ["montreal", "westmount", "dorval", "pointe-claire", "mont-royal", "kirkland", "beaconsfield",
      "dollard-des-ormeaux", "cote-saint-luc", "montreal-est", "montreal-nord", "hampstead", "lachine", "verdun",
      "anjou", "saint-laurent", "lasalle", "outremont"],
  },
  {
    name: "Outaouais",
    aliases: ["outaouais"],
    towns: ["gatineau", "hull", "aylmer", "buckingham", "maniwaki", "chelsea", "cantley", "val-des-monts",
      "shawville", "papineauville", "thurso", "fort-coulonge", "kitigan zibi"],
  },
  {
    name: "Abitibi-Témiscamingue",
    aliases: ["abitibi-temiscamingue", "abitibi", "temiscamingue"],
    towns: ["rouyn-noranda", "val-d'or", "amos", "la sarre", "ville-marie", "senneterre", "malartic", "temiscaming",
      "macamic", "lac-simon", "pikogan"],
  },
  {
    name: "Côte-Nord",
    aliases: ["cote-nord"],
    towns: ["sept-iles", "baie-comeau", "port-cartier", "forestville", "fermont", "havre-saint-pierre",
      "les escoumins", "tadoussac", "uashat", "natashquan", "blanc-sablon", "les bergeronnes", "chute-aux-outardes"],
  },
  {
    name: "Nord-du-Québec",
    aliases: ["nord-du-quebec", "baie-james", "nunavik", "eeyou istchee"],
    towns: ["chibougamau", "chapais", "matagami", "lebel-sur-quevillon", "kuujjuaq", "radisson", "chisasibi",
      "mistissini", "waskaganish", "puvirnituq", "inukjuak", "ouje-bougoumou"],
  },
  {
    name: "Gaspésie–Îles-de-la-Madeleine",
    aliases: ["gaspesie-iles-de-la-madeleine", "gaspesie", "iles-de-la-madeleine"],
    towns: ["gaspe", "chandler", "perce", "sainte-anne-des-monts", "carleton-sur-mer", "new richmond", "bonaventure",
      "maria", "les iles-de-la-madeleine", "cap-aux-meules", "grande-riviere", "new carlisle", "paspebiac",
      "murdochville", "listuguj", "gesgapegiag", "cap-chat", "grande-vallee"],
  },
  {
    name: "Chaudière-Appalaches",
    aliases: ["chaudiere-appalaches", "beauce"],
    towns: ["levis", "thetford mines", "saint-georges", "montmagny", "sainte-marie", "beauceville",
      "saint-joseph-de-beauce", "lac-etchemin", "saint-lambert-de-lauzon", "saint-apollinaire", "la guadeloupe",
      "saint-jean-port-joli", "l'islet", "disraeli"],
  },
  {
    name: "Laval",
    aliases: ["laval"],
    towns: ["laval"],
  },
  {
    name: "Lanaudière",
    aliases: ["lanaudiere"],
    towns: ["joliette", "terrebonne", "repentigny", "mascouche", "l'assomption", "berthierville", "rawdon",
      "saint-lin-laurentides", "lavaltrie", "saint-charles-borromee", "saint-michel-des-saints", "saint-gabriel",
      "saint-donat", "manawan", "notre-dame-des-prairies", "charlemagne", "saint-felix-de-valois"],
  },
  {
    name: "Laurentides",
    aliases: ["laurentides"],
    towns: ["saint-jerome", "mirabel", "blainville", "sainte-therese", "boisbriand", "saint-eustache", "mont-tremblant",
      "mont-laurier", "sainte-agathe-des-monts", "saint-sauveur", "deux-montagnes", "lachute", "sainte-anne-des-plaines",
      "rosemere", "saint-colomban", "prevost", "lorraine", "bois-des-filion", "sainte-adele", "val-david",
      "saint-jovite", "kanesatake", "oka"],
  },
  {
    name: "Montérégie",
    aliases: ["monteregie"],
    towns: ["longueuil", "brossard", "saint-jean-sur-richelieu", "granby", "saint-hyacinthe", "salaberry-de-valleyfield",
      "vaudreuil-dorion", "chateauguay", "sorel-tracy", "boucherville", "saint-bruno-de-montarville", "chambly",
      "cowansville", "bromont", "beloeil", "mont-saint-hilaire", "la prairie", "candiac", "sainte-julie", "varennes",
      "saint-constant", "delson", "marieville", "acton vale", "waterloo", "farnham", "sutton", "lac-brome",
      "huntingdon", "beauharnois", "contrecoeur", "saint-lambert", "kahnawake", "akwesasne", "saint-remi",
      "napierville", "carignan", "mercier", "sainte-catherine", "otterburn park", "saint-basile-le-grand"],
  },
  {
    name: "Centre-du-Québec",
    aliases: ["centre-du-quebec"],
    towns: ["drummondville", "victoriaville", "becancour", "nicolet", "plessisville", "princeville", "warwick",
      "daveluyville", "wolinak", "odanak", "saint-cyrille-de-wendover", "kingsey falls"],
  },
];

/** Provinces and territories other than Québec, by the codes datelines use ("ON", "N.-B.", "C.-B."). */
const PROVINCES: readonly { name: string; codes: readonly string[]; towns: readonly string[] }[] = [
  { name: "Ontario", codes: ["on", "ont"], towns: ["ottawa", "toronto", "sudbury", "hamilton"] },
  { name: "Nouveau-Brunswick", codes: ["nb", "n-b"], towns: ["moncton", "fredericton", "bathurst", "edmundston"] },
  { name: "Nouvelle-Écosse", codes: ["ns", "n-e"], towns: ["halifax"] },
  { name: "Île-du-Prince-Édouard", codes: ["pe", "pei", "i-p-e"], towns: ["charlottetown"] },
  { name: "Terre-Neuve-et-Labrador", codes: ["nl", "t-n-l"], towns: ["st. john's"] },
  { name: "Manitoba", codes: ["mb", "man"], towns: ["winnipeg"] },
  { name: "Saskatchewan", codes: ["sk", "sask"], towns: ["regina", "saskatoon"] },
  { name: "Alberta", codes: ["ab", "alb"], towns: ["edmonton", "calgary"] },
  { name: "Colombie-Britannique", codes: ["bc", "c-b"], towns: ["vancouver", "victoria"] },
  { name: "Yukon", codes: ["yt", "yn"], towns: ["whitehorse"] },
  { name: "Territoires du Nord-Ouest", codes: ["nt", "t-n-o", "tno"], towns: ["yellowknife"] },
  { name: "Nunavut", codes: ["nu"], towns: ["iqaluit"] },
];

const QUEBEC_CODES = new Set(["qc", "que", "pq", "quebec"]);

/** The seat of government: releases datelined there are often about a region elsewhere. */
const SEAT_OF_GOVERNMENT = "quebec";

export const OUTSIDE_QUEBEC = "Hors Québec";
export const UNKNOWN_REGION = "Région non précisée";

/** Folded, with every dash as "-", "St-"/"Ste-" spelled out, and one space between words. */
function placeKey(text: string): string {
  return fold(text)
    .replace(/[\u2010-\u2015]/gu, "-")
    .replace(/\s*-\s*/gu, "-")
    .replace(/(?<![\p{L}\p{N}])st(e?)[-.\s]+/gu, (_m, e: string) => `saint${e}-`)
    .replace(/\s+/gu, " ")
    .trim();
}

const TOWN_REGION = new Map<string, string>();
for (const region of REGIONS) for (const town of region.towns) TOWN_REGION.set(placeKey(town), region.name);
const TOWN_PROVINCE = new Map<string, string>();
const CODE_PROVINCE = new Map<string, string>();
for (const province of PROVINCES) {
  for (const town of province.towns) TOWN_PROVINCE.set(placeKey(town), province.name);
  for (const code of province.codes) CODE_PROVINCE.set(code, province.name);
}

/** "ministre responsable de la région de X", "des régions de X et de Y", "de la Métropole": one office. */
const REGION_WORD = /(?<![\p{L}\p{N}])(?:regions?|metropole)(?![\p{L}\p{N}])/u;

const ALIAS_PATTERNS = REGIONS.flatMap((region) =>
  region.aliases.map((alias) => ({
    region: region.name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${alias.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}-])`, "u"),
  })),
);

/**
 * The regions a minister's title makes them responsible for, in the order written:
 * "ministre de l'Emploi et ministre responsable de la région du Saguenay–Lac-Saint-Jean" -> ["Saguenay–Lac-Saint-Jean"].
 * Only an office that starts with "responsable" counts; "députée de Laval" is a riding, not a region.
 */
export function regionsInTitle(title: string): string[] {
  const key = placeKey(title);
  const found: { region: string; at: number }[] = [];
  // Offices are joined by "et ministre ...", ", ministre ...", "et député(e) de ...".
  const offices = key.split(/(?<![\p{L}\p{N}])(?=ministre|depute|adjoint|president|vice-premier|premier ministre)/u);
  let offset = 0;
  for (const office of offices) {
    const responsible = office.search(/(?<![\p{L}\p{N}])responsable(?![\p{L}\p{N}])/u);
    if (responsible >= 0 && REGION_WORD.test(office.slice(responsible))) {
      const clause = office.slice(responsible);
      for (const { region, pattern } of ALIAS_PATTERNS) {
        const match = pattern.exec(clause);
        if (match) found.push({ region, at: offset + responsible + match.index });
      }
    }
    offset += office.length;
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.region))];
}

/** The Québec region of a town named in a dateline ("Sept-Îles", "Montréal et Québec" -> the first known). */
export function regionOfTown(city: string): string | null {
  for (const part of placeKey(city).split(/ et |, |\/| - /u)) {
    const region = TOWN_REGION.get(part.trim());
    if (region) return region;
  }
  return null;
}

/** The province named by a dateline code or town, when it is not Québec; null for Québec or unknown. */
function provinceOutsideQuebec(city: string | null, province: string | null): string | null {
  if (province) {
    const code = fold(province).replace(/[.\s]/gu, "").replace(/-+/gu, "-").replace(/^-|-$/gu, "");
    const compact = code.replace(/-/gu, "");
    if (QUEBEC_CODES.has(compact)) return null;
    const name = CODE_PROVINCE.get(code) ?? CODE_PROVINCE.get(compact);
    if (name) return name;
  }
  return city ? (TOWN_PROVINCE.get(placeKey(city)) ?? null) : null;
}

export interface RegionClues {
  readonly city: string | null;
  readonly province: string | null;
  /** The titles of the release's ministers, in order. */
  readonly ministerTitles: readonly (string | null)[];
}

export interface RegionAnswer {
  region: string;
  /** Which clue gave it. */
  from: "dateline" | "minister" | "province" | "town" | "none";
}

/**
 * The region of a release: the dateline town's region; but a release datelined in the seat of
 * government (Québec) by a minister responsible for a region is about that region; with no known
 * town, the minister's region; a town we cannot place is shown by its name rather than dropped.
 */
export function regionOf(clues: RegionClues): RegionAnswer {
  const outside = provinceOutsideQuebec(clues.city, clues.province);
  if (outside) return { region: `${OUTSIDE_QUEBEC} : ${outside}`, from: "province" };
  const fromTitles = clues.ministerTitles.flatMap((title) => (title ? regionsInTitle(title) : []));
  const fromTown = clues.city ? regionOfTown(clues.city) : null;
  const atSeat = clues.city !== null && placeKey(clues.city) === SEAT_OF_GOVERNMENT;
  if (fromTown && !(atSeat && fromTitles.length > 0)) return { region: fromTown, from: "dateline" };
  if (fromTitles.length > 0) return { region: fromTitles[0]!, from: "minister" };
  if (clues.city) return { region: `Autre lieu : ${clues.city}`, from: "town" };
  return { region: UNKNOWN_REGION, from: "none" };
}
