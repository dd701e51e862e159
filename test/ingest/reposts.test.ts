// The same release reposted by several sites (different chrome, one with its own headline and a
// byline): one release stays canonical, the others point to it, and the money is counted once,
// whether the pages come in through `extract` or through `ingest`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { run, tempDir } from "../helpers/cli.js";
import { startPressServer, type PressServer } from "../helpers/press-server.js";
import { RELEASES, releasePage, rssFeed, type SyntheticRelease } from "../helpers/releases.js";

const release = RELEASES.find((r) => r.slug === "maison-aines-sherbrooke")!;
const other = RELEASES.find((r) => r.slug === "musee-trois-rivieres")!;

/** A regional news site: another layout entirely (div soup, sidebar, "Sur le même sujet", newsletter box). */
function newsSitePage(r: SyntheticRelease): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${r.title} - L'Écho régional</title></head>
<body><div id="page"><div class="topbar"><span>Météo : -4 °C</span> <a href="/abonnement">S'abonner</a></div>
<div class="menu-principal"><a href="/">Actualités</a> <a href="/sports">Sports</a> <a href="/economie">Économie</a></div>
<div class="colonne-gauche"><div class="article-content">
<h2 class="surtitre">Communiqué</h2>
${r.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</div>
<h3>Sur le même sujet</h3><p>Un pont de 18 millions de dollars inauguré le 2 mars 2025 en Beauce.</p>
</div>
<div class="sidebar"><div class="newsletter">Recevez nos nouvelles : 0 $ par mois</div><p>Publicité</p></div>
<div class="pied">L'Écho régional inc., 2025</div></div></body></html>`;
}

const PAGES = {
  "gouvernement.html": releasePage(release, { site: "Portail gouvernemental" }),
  "echo-regional.html": newsSitePage(release),
  // its own headline and a byline above the same body
  "hebdo.html": releasePage(release, {
    site: "L'Hebdo de l'Estrie",
    title: "Sherbrooke : 60 logements abordables pour les aînés",
    byline: "Par la rédaction, publié le 12 mars 2025 à 8 h 15",
  }),
};

interface StatsJson { releases: number; duplicates: number; grants: number; total: number }

async function statsOf(db: string): Promise<StatsJson> {
  const r = await run("communique", ["stats", "--db", db, "--format", "json"]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as StatsJson;
}

async function releasesOf(db: string): Promise<{ id: string; source: string; canonical_id: string | null }[]> {
  const r = await run("communique", ["query", "--releases", "--db", db, "--format", "ndjson"]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

function canonicalIds(db: string): { source: string; canonical_id: string | null; id: string }[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare("SELECT id, source, canonical_id FROM releases ORDER BY seq").all() as { source: string; canonical_id: string | null; id: string }[];
  } finally {
    conn.close();
  }
}

/** Expectations shared by both ways in: one canonical release (the first stored), two reposts, money once. */
async function expectCountedOnce(db: string, single: StatsJson, sources: string[]): Promise<void> {
  const rows = canonicalIds(db);
  expect(rows.map((r) => r.source)).toEqual(sources);
  const [first, ...reposts] = rows;
  expect(first!.canonical_id).toBeNull();
  for (const repost of reposts) {
    expect(repost.id).not.toBe(first!.id); // different chrome, different text: separate records...
    expect(repost.canonical_id).toBe(first!.id); // ...that point to the first
  }
  const stats = await statsOf(db);
  expect(stats).toMatchObject({ releases: 1, duplicates: 2, grants: single.grants, total: single.total });
  const listed = await releasesOf(db);
  expect(listed.map((r) => r.source)).toEqual([sources[0]]);
}

describe("reposts of one release", () => {
  let dir: string;
  let single: StatsJson;
  beforeAll(async () => {
    dir = tempDir();
    for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(dir, name), html);
    writeFileSync(join(dir, "autre.html"), releasePage(other));
    const db = join(dir, "seul.db");
    const r = await run("extract", ["--quiet", "--db", db, "--format", "ndjson", join(dir, "gouvernement.html")]);
    expect(r.status, r.stderr).toBe(0);
    single = await statsOf(db);
    // the release's grant is found, so "counted once" means something
    expect(single.grants).toBeGreaterThan(0);
    expect(single.total).toBeGreaterThanOrEqual(4_700_000);
  });

  it("through extract: one canonical release, stats count the grants once", async () => {
    const db = join(dir, "extract.db");
    const files = Object.keys(PAGES).map((name) => join(dir, name));
    for (const file of files) {
      const r = await run("extract", ["--quiet", "--db", db, "--format", "ndjson", file]);
      expect(r.status, r.stderr).toBe(0);
    }
    await expectCountedOnce(db, single, files);
  });

  it("a different release beside them stays canonical", async () => {
    const db = join(dir, "mixed.db");
    const r = await run("extract", ["--quiet", "--db", db, "--format", "ndjson", ...Object.keys(PAGES).map((n) => join(dir, n)), join(dir, "autre.html")]);
    expect(r.status, r.stderr).toBe(0);
    const stats = await statsOf(db);
    expect(stats.releases).toBe(2);
    expect(stats.duplicates).toBe(2);
    expect((await releasesOf(db)).map((x) => x.canonical_id)).toEqual([null, null]);
  });

  it("a later release with the same closing lines but another project is not a repost", async () => {
    const followUp: SyntheticRelease = {
      ...release,
      slug: "maison-aines-magog",
      paragraphs: [
        "MAGOG, QC, le 2 avril 2025 /CNW/ - La ministre responsable des Aînés, Mme Claudette Vaillancourt, annonce une subvention de 2,9 M$ à la Corporation d'habitation du Lac pour bâtir une résidence de 36 logements abordables.",
        "Les logements accueilleront des aînés autonomes du secteur ouest, près des services de santé et de l'épicerie.",
        ...release.paragraphs.slice(2),
      ],
    };
    writeFileSync(join(dir, "suite.html"), releasePage(followUp, { site: "Portail gouvernemental" }));
    const db = join(dir, "suite.db");
    const r = await run("extract", ["--quiet", "--db", db, "--format", "ndjson", join(dir, "gouvernement.html"), join(dir, "suite.html")]);
    expect(r.status, r.stderr).toBe(0);
    expect(canonicalIds(db).map((x) => x.canonical_id)).toEqual([null, null]);
  });

  describe("through ingest", () => {
    let server: PressServer;
    beforeAll(async () => {
      server = await startPressServer();
    });
    afterAll(() => server?.close());

    it("three feeds carrying the same release on three sites: one canonical, money once", async () => {
      const db = join(dir, "ingest.db");
      const feeds: string[] = [];
      for (const [name, html] of Object.entries(PAGES)) {
        server.set(`/${name}`, { contentType: "text/html; charset=utf-8", body: html });
        const feed = `/${name.replace(".html", "")}/fil.rss`;
        server.set(feed, { contentType: "application/rss+xml", body: rssFeed(name, [{ release, link: `/${name}`, guid: `${name}-1` }]) });
        feeds.push(server.url(feed));
      }
      const r = await run("communique", ["ingest", "--db", db, ...feeds]);
      expect(r.status, r.stderr).toBe(0);
      await expectCountedOnce(db, single, Object.keys(PAGES).map((name) => server.url(`/${name}`)));
    });
  });
});
