import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedError, parseFeed } from "../../src/input/feed.js";
import { fetchUrl } from "../../src/input/fetch.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// Our own synthetic feeds in the style of government newsrooms.
const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Salle de presse &amp; nouvelles</title>
  <link>https://exemple.gouv/nouvelles</link>
  <item>
    <title>Une aide de 250 000 $ pour un centre sportif</title>
    <link>https://exemple.gouv/nouvelles/centre-sportif</link>
    <guid isPermaLink="false">nouvelle-1042</guid>
    <pubDate>Tue, 11 Feb 2025 21:30:00 -0500</pubDate>
    <description>Résumé court.</description>
    <content:encoded><![CDATA[<p>SHERBROOKE, QC, le 11 févr. 2025 - La ministre annonce 250&nbsp;000&nbsp;$.</p>]]></content:encoded>
  </item>
  <item>
    <title>Nouveau programme régional</title>
    <guid>https://exemple.gouv/nouvelles/programme</guid>
    <dc:date>2025-02-10T08:00:00-05:00</dc:date>
    <description>&lt;p&gt;Le programme soutient les MRC.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Sans identifiant</title>
    <link>/nouvelles/relative</link>
  </item>
  <item></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Communiqués</title>
  <entry>
    <id>urn:uuid:2b0d6f3e-0001</id>
    <title type="html">Aide &lt;em&gt;majeure&lt;/em&gt; aux entreprises</title>
    <link rel="self" href="https://exemple.gouv/api/1"/>
    <link rel="alternate" type="text/html" href="https://exemple.gouv/communiques/1"/>
    <published>2025-01-20T10:00:00-05:00</published>
    <updated>2025-01-21T10:00:00-05:00</updated>
    <content type="html">&lt;p&gt;Le ministre annonce 3 M$.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:uuid:2b0d6f3e-0002</id>
    <title>Deuxième communiqué</title>
    <link href="https://exemple.gouv/communiques/2"/>
    <updated>2025-01-22T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Une somme de 40 000 $ est versée.</p></div></content>
  </entry>
  <entry>
    <id>urn:uuid:2b0d6f3e-0003</id>
    <title>Troisième</title>
    <summary>Texte brut avec 5 &lt; 6 &amp; rien d'autre</summary>
  </entry>
</feed>`;

describe("parseFeed on RSS 2.0", () => {
  const feed = parseFeed(RSS, { baseUrl: "https://exemple.gouv/rss.xml" });

  it("reads the channel title with its entities decoded", () => {
    expect(feed.title).toBe("Salle de presse & nouvelles");
  });

  it("reads guid, link, title, date and prefers content:encoded over description", () => {
    expect(feed.items[0]).toEqual({
      guid: "nouvelle-1042",
      link: "https://exemple.gouv/nouvelles/centre-sportif",
      title: "Une aide de 250 000 $ pour un centre sportif",
      published: "2025-02-11",
      content: "<p>SHERBROOKE, QC, le 11 févr. 2025 - La ministre annonce 250&nbsp;000&nbsp;$.</p>",
    });
  });

  it("takes a permalink guid as the link, dc:date as the date, escaped HTML as content", () => {
    expect(feed.items[1]).toEqual({
      guid: "https://exemple.gouv/nouvelles/programme",
      link: "https://exemple.gouv/nouvelles/programme",
      title: "Nouveau programme régional",
      published: "2025-02-10",
      content: "<p>Le programme soutient les MRC.</p>",
    });
  });

  it("falls back to the (resolved) link as guid and skips empty items", () => {
    expect(feed.items[2]).toMatchObject({ guid: "https://exemple.gouv/nouvelles/relative", link: "https://exemple.gouv/nouvelles/relative" });
    expect(feed.items).toHaveLength(3);
  });
});

describe("parseFeed on Atom", () => {
  const feed = parseFeed(ATOM);

  it("reads id, alternate link, html title as text, published before updated, html content", () => {
    expect(feed.title).toBe("Communiqués");
    expect(feed.items[0]).toEqual({
      guid: "urn:uuid:2b0d6f3e-0001",
      link: "https://exemple.gouv/communiques/1",
      title: "Aide majeure aux entreprises",
      published: "2025-01-20",
      content: "<p>Le ministre annonce 3 M$.</p>",
    });
  });

  it("uses updated when there is no published, and the inner XHTML of type=xhtml content", () => {
    expect(feed.items[1]!.published).toBe("2025-01-22");
    expect(feed.items[1]!.content).toBe("<p>Une somme de 40 000 $ est versée.</p>");
  });

  it("escapes plain-text content so that it stays text as HTML", () => {
    expect(feed.items[2]).toMatchObject({ link: null, content: "Texte brut avec 5 &lt; 6 &amp; rien d'autre" });
  });
});

describe("parseFeed refuses what is not a feed", () => {
  it.each([
    ["<!DOCTYPE html><html><head><title>Accueil</title></head><body></body></html>", "an HTML page"],
    ['{"items": []}', "JSON"],
    ["Ceci n'est pas un flux.", "not XML"],
    ["", "empty document"],
    ['<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', "its root element is <urlset>"],
    ['<?xml version="1.0"?><rss><channel><item><title>Coupé', "malformed XML: <title> is not closed (truncated?)"],
    ["<rss><channel></item></channel></rss>", "malformed XML: </item> closes <channel> at line 1"],
    ['<rss><channel><title a=1>x</title></channel></rss>', "malformed XML: broken tag at line 1"],
    ["<rss><channel><description><![CDATA[<p>sans fin</description></channel></rss>", "malformed XML: unclosed CDATA section at line 1"],
  ])("%s", (xml, why) => {
    expect(() => parseFeed(xml, { source: "flux.xml" })).toThrow(new FeedError(`flux.xml: not an RSS or Atom feed (${why})`));
  });

  it("refuses a DOCTYPE that declares entities (entity-expansion bomb) without expanding them", () => {
    const lol = `<!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`).join("")}`;
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [${lol}]>\n<rss><channel><title>&l9;</title></channel></rss>`;
    expect(() => parseFeed(bomb)).toThrow("feed: not an RSS or Atom feed (its DOCTYPE declares entities, refused)");
  });

  it("accepts a DOCTYPE without entities and leaves undeclared entities as written", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Caf&eacute; &amp; nouvelles</title><item><title>Un</title><link>https://exemple.gouv/1</link></item></channel></rss>`;
    const feed = parseFeed(xml);
    expect(feed.title).toBe("Caf&eacute; & nouvelles");
    expect(feed.items.map((item) => item.guid)).toEqual(["https://exemple.gouv/1"]);
  });
});

describe("feeds fetched from a server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const fetchFeed = async (path: string) => {
    const response = await fetchUrl(server.url(path), { timeoutMs: 2000 });
    return parseFeed(Buffer.from(response.bytes).toString("utf8"), { source: response.url, baseUrl: response.url });
  };

  it("parses a served feed and resolves its links against the feed URL", async () => {
    const feed = await fetchFeed("/feed");
    expect(feed.title).toBe("Salle de presse");
    expect(feed.items).toEqual([
      {
        guid: "communique-1",
        link: server.url("/page"),
        title: "Une aide pour la bibliothèque",
        published: "2025-04-03",
        content: "Le ministre annonce 80 000 $.",
      },
    ]);
  });

  it("refuses a served malformed feed and a served entity bomb, naming the URL", async () => {
    await expect(fetchFeed("/malformed-feed")).rejects.toThrow(`${server.url("/malformed-feed")}: not an RSS or Atom feed (malformed XML:`);
    await expect(fetchFeed("/bomb-feed")).rejects.toThrow(`${server.url("/bomb-feed")}: not an RSS or Atom feed (its DOCTYPE declares entities, refused)`);
  });

  it("refuses an HTML page served where a feed was expected", async () => {
    await expect(fetchFeed("/page")).rejects.toThrow("not an RSS or Atom feed (an HTML page)");
  });
});
