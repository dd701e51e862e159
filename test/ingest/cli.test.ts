// `communique ingest` through the real executable against a loopback press room: an RSS feed and
// an Atom feed whose pages are our own synthetic releases (chrome around them, one windows-1252
// page, one page that answers 500, one item whose page is gone). Cron-job properties: every
// release stored once, a second run costs one conditional request per feed, concurrent runs lose
// nothing, a broken feed does not stop the others.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { run, tempDir } from "../helpers/cli.js";
import { startPressServer, type PressServer } from "../helpers/press-server.js";
import { RELEASES, atomFeed, pageBytes, releasePage, rssFeed, type FeedEntry } from "../helpers/releases.js";

const HTML = "text/html; charset=utf-8";
const pagePath = (slug: string) => `/communiques/${slug}.html`;
const [bibliotheque, cooperative, patinoire, emploi, sentier, aines, musee, eau, festival] = RELEASES as [
  (typeof RELEASES)[number], (typeof RELEASES)[number], (typeof RELEASES)[number], (typeof RELEASES)[number],
  (typeof RELEASES)[number], (typeof RELEASES)[number], (typeof RELEASES)[number], (typeof RELEASES)[number],
  (typeof RELEASES)[number],
];

const GONE = "/communiques/retire.html";
const FAILING = pagePath(emploi.slug);
const LATIN = pagePath(patinoire.slug);

/** RSS (ETag only): six items; Atom (Last-Modified only): four entries, one the same page as an RSS item. */
function servePressRoom(server: PressServer): void {
  const rss: FeedEntry[] = [
    { release: bibliotheque, link: server.url(pagePath(bibliotheque.slug)), guid: "rss-1" },
    { release: cooperative, link: server.url(pagePath(cooperative.slug)), guid: "rss-2" },
    { release: patinoire, link: server.url(LATIN), guid: "rss-3" },
    { release: emploi, link: server.url(FAILING), guid: "rss-4", withContent: true },
    { release: festival, link: server.url(GONE), guid: "rss-5", bare: true },
    { release: sentier, link: server.url(pagePath(sentier.slug)), guid: "rss-6" },
  ];
  const atom: FeedEntry[] = [
    { release: aines, link: pagePath(aines.slug), guid: "urn:atom:1" }, // relative to the feed
    { release: musee, link: server.url(pagePath(musee.slug)), guid: "urn:atom:2" },
    { release: cooperative, link: server.url(pagePath(cooperative.slug)), guid: "urn:atom:3" },
    { release: eau, link: server.url(pagePath(eau.slug)), guid: "urn:atom:4" },
  ];
  server.set("/rss.xml", { contentType: "application/rss+xml; charset=utf-8", body: rssFeed("Nouvelles", rss), validators: "etag" });
  server.set("/atom.xml", { contentType: "application/atom+xml", body: atomFeed("Communiqués", atom), validators: "last-modified" });
  for (const r of [bibliotheque, cooperative, sentier, aines, musee, eau]) {
    server.set(pagePath(r.slug), { contentType: HTML, body: releasePage(r) });
  }
  // windows-1252 bytes, charset only in the page's <meta>
  server.set(LATIN, { contentType: "text/html", body: pageBytes(releasePage(patinoire, { site: "Région", charset: "windows-1252" }), "windows-1252") });
  server.set(FAILING, { status: 500, contentType: "text/plain", body: "erreur interne" });
}

/** Releases stored from our press room: everything but the gone page. */
const STORED = [bibliotheque, cooperative, patinoire, emploi, sentier, aines, musee, eau];

interface ReleaseRowDb { id: string; source: string; title: string | null; body: string; warnings: string; canonical_id: string | null }

function readDb(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      releases: db.prepare("SELECT id, source, title, body, warnings, canonical_id FROM releases ORDER BY source").all() as ReleaseRowDb[],
      items: db.prepare("SELECT feed, guid, release_id FROM feed_items ORDER BY feed, guid").all() as { feed: string; guid: string; release_id: string | null }[],
    };
  } finally {
    db.close();
  }
}

const summaryLine = (stderr: string, feed: string) => stderr.split("\n").filter((l) => l.startsWith(`ingest: ${feed}: `));

/** Every release of the press room once, with its page's URL as source. */
function expectEveryReleaseOnce(dbPath: string, server: PressServer): void {
  const { releases } = readDb(dbPath);
  expect(releases.map((r) => r.source).sort()).toEqual(STORED.map((r) => server.url(pagePath(r.slug))).sort());
  expect(new Set(releases.map((r) => r.id)).size).toBe(STORED.length);
  expect(releases.filter((r) => r.canonical_id !== null)).toEqual([]);
  for (const r of STORED) {
    const stored = releases.find((x) => x.source === server.url(pagePath(r.slug)))!;
    // the body, not the chrome: the dateline is there, the menus and other articles are not
    expect(stored.body).toContain(r.paragraphs[0]!.slice(0, 40));
    expect(stored.body).not.toMatch(/Accueil|À lire aussi|7 500 000|Tous droits|999 999/u);
  }
}

describe("ingest: an RSS and an Atom feed, twice", () => {
  let server: PressServer;
  let dir: string;
  let db: string;
  let first: Awaited<ReturnType<typeof run>>;
  let second: Awaited<ReturnType<typeof run>>;
  const hitsAfterFirst = new Map<string, number>();

  beforeAll(async () => {
    server = await startPressServer();
    servePressRoom(server);
    dir = tempDir();
    db = join(dir, "presse.db");
    first = await run("communique", ["ingest", "--db", db, "--concurrency", "3", server.url("/rss.xml"), server.url("/atom.xml")]);
    for (const path of new Set(server.log())) hitsAfterFirst.set(path, server.hits(path));
    server.resetLog();
    second = await run("communique", ["ingest", "--db", db, server.url("/rss.xml"), server.url("/atom.xml")]);
  }, 60_000);
  afterAll(() => server?.close());

  it("stores every release once, the page shared by both feeds fetched once", () => {
    expect(first.status, first.stderr).toBe(1); // the gone page is a failure
    expectEveryReleaseOnce(db, server);
    for (const r of [bibliotheque, cooperative, patinoire, sentier, aines, musee, eau]) {
      expect(hitsAfterFirst.get(pagePath(r.slug)), r.slug).toBe(1);
    }
    // both feeds remember the shared page's release
    const { items } = readDb(db);
    const shared = items.filter((i) => i.guid === "rss-2" || i.guid === "urn:atom:3");
    expect(shared).toHaveLength(2);
    expect(shared[0]!.release_id).not.toBeNull();
    expect(shared[0]!.release_id).toBe(shared[1]!.release_id);
  });

  it("prints one summary line per feed: new, already seen, failed", () => {
    expect(summaryLine(first.stderr, server.url("/rss.xml")).filter((l) => / new, /u.test(l))).toEqual([
      `ingest: ${server.url("/rss.xml")}: 5 new, 0 already seen, 1 failed`,
    ]);
    expect(summaryLine(first.stderr, server.url("/atom.xml"))).toEqual([
      `ingest: ${server.url("/atom.xml")}: 3 new, 1 already seen, 0 failed`,
    ]);
  });

  it("reads the windows-1252 page with its accents", () => {
    const latin = readDb(db).releases.find((r) => r.source === server.url(LATIN))!;
    expect(latin.body).toContain("patinoire extérieure réfrigérée");
    expect(latin.body).not.toMatch(/[\u0080-\u009f\ufffd]|Ã/u);
  });

  it("stores the item's own content when its page answers 500, with a warning", () => {
    expect(server.statuses(FAILING).every((s) => s === 500)).toBe(true);
    expect(first.stderr).toContain(`ingest: warning: ${server.url(FAILING)}: page not fetched (HTTP 500`);
    const stored = readDb(db).releases.find((r) => r.source === server.url(FAILING))!;
    expect(stored.body).toContain("Tremplin Travail Lanaudière");
    expect(JSON.parse(stored.warnings).join(" ")).toMatch(/page not fetched \(HTTP 500/u);
  });

  it("names the gone item without content on stderr and goes on", () => {
    expect(first.stderr).toContain(`ingest: ${server.url(GONE)}: HTTP 404 Not Found`);
    expect(hitsAfterFirst.get(GONE)).toBe(1); // a 4xx is not retried
  });

  it("second run: only the two feeds, answered 304 (ETag for one, Last-Modified for the other); 0 new", () => {
    expect(second.status, second.stderr).toBe(0);
    expect(server.log().sort()).toEqual(["/atom.xml", "/rss.xml"]);
    expect(server.statuses("/rss.xml")).toEqual([200, 304]);
    expect(server.statuses("/atom.xml")).toEqual([200, 304]);
    for (const feed of ["/rss.xml", "/atom.xml"]) {
      const lines = summaryLine(second.stderr, server.url(feed));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/: 0 new\b/u);
    }
    expectEveryReleaseOnce(db, server);
  });
});

describe("ingest: two runs started at the same moment on a fresh database", () => {
  let server: PressServer;
  beforeAll(async () => {
    server = await startPressServer();
    servePressRoom(server);
  });
  afterAll(() => server?.close());

  it("store every release exactly once, without 'database is locked'", async () => {
    const db = join(tempDir(), "concurrent.db");
    const args = ["ingest", "--db", db, "--concurrency", "4", server.url("/rss.xml"), server.url("/atom.xml")];
    const [a, b] = await Promise.all([run("communique", args), run("communique", args)]);
    for (const r of [a, b]) {
      expect(r.stderr).not.toMatch(/locked|busy|SQLITE/iu);
      expect(r.status, r.stderr).toBe(1); // each saw the gone page fail, nothing else
      expect(r.stderr.split("\n").filter((l) => /: HTTP 404/u.test(l))).toHaveLength(1);
    }
    expectEveryReleaseOnce(db, server);
    // between them, each release was counted new exactly once
    const added = (s: string) => [...s.matchAll(/: (\d+) new, /gu)].reduce((n, m) => n + Number(m[1]), 0);
    expect(added(a.stderr) + added(b.stderr)).toBe(STORED.length);
    const { items } = readDb(db);
    expect(items.filter((i) => i.release_id !== null)).toHaveLength(9); // 5 RSS + 4 Atom items
  });
});

describe("ingest: a feed that grows between runs", () => {
  let server: PressServer;
  beforeAll(async () => {
    server = await startPressServer();
  });
  afterAll(() => server?.close());

  it("fetches only the new item's page", async () => {
    const db = join(tempDir(), "grows.db");
    const entries: FeedEntry[] = [bibliotheque, musee].map((r) => ({ release: r, link: pagePath(r.slug), guid: r.slug }));
    for (const r of [bibliotheque, musee, festival]) server.set(pagePath(r.slug), { contentType: HTML, body: releasePage(r) });
    server.set("/fil.rss", { contentType: "application/rss+xml", body: rssFeed("Fil", entries), validators: "both" });
    const first = await run("communique", ["ingest", "--db", db, server.url("/fil.rss")]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(": 2 new, 0 already seen, 0 failed");

    server.set("/fil.rss", { contentType: "application/rss+xml", body: rssFeed("Fil", [{ release: festival, link: pagePath(festival.slug), guid: festival.slug }, ...entries]), validators: "both" });
    server.resetLog();
    const second = await run("communique", ["ingest", "--db", db, server.url("/fil.rss")]);
    expect(second.status, second.stderr).toBe(0);
    expect(server.log()).toEqual(["/fil.rss", pagePath(festival.slug)]);
    expect(server.statuses("/fil.rss")).toEqual([200, 200]);
    expect(second.stderr.trim()).toBe(`ingest: ${server.url("/fil.rss")}: 1 new, 2 already seen, 0 failed`);
    expect(readDb(db).releases).toHaveLength(3);
  });
});

describe("ingest: a malformed feed and an entity bomb beside a good feed", () => {
  let server: PressServer;
  beforeAll(async () => {
    server = await startPressServer();
  });
  afterAll(() => server?.close());

  it("names each bad feed on one line, exits 1, and still ingests the good one", async () => {
    const dir = tempDir();
    const db = join(dir, "bad.db");
    server.set("/coupe.rss", {
      contentType: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Coupé</title><item><title>Une aide`,
    });
    const bomb = join(dir, "bombe.xml");
    writeFileSync(
      bomb,
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>` +
        `<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><link>${server.url("/x")}</link></item></channel></rss>`,
    );
    // a feed file whose items point to the server
    server.set(pagePath(aines.slug), { contentType: HTML, body: releasePage(aines) });
    const good = join(dir, "bon.xml");
    writeFileSync(good, rssFeed("Bon", [{ release: aines, link: server.url(pagePath(aines.slug)), guid: "bon-1" }]));

    const r = await run("communique", ["ingest", "--db", db, server.url("/coupe.rss"), bomb, good]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^ingest: ${server.url("/coupe.rss").replace(/[.]/gu, "\\.")}: .*not an RSS or Atom feed \\(malformed XML`, "u"));
    expect(lines[1]).toMatch(/^ingest: .*bombe\.xml: .*DOCTYPE declares entities/u);
    expect(lines[2]).toBe(`ingest: ${good}: 1 new, 0 already seen, 0 failed`);
    expect(server.hits("/x")).toBe(0);
    expect(readDb(db).releases.map((x) => x.source)).toEqual([server.url(pagePath(aines.slug))]);
  });
});
