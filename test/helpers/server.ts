// A loopback HTTP server for input tests: one route per behaviour fetchUrl must handle.
// Listens on 127.0.0.1, port 0 (any free port); nothing leaves the machine.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";

export interface TestServer {
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** How many requests each path received. */
  hits(path: string): number;
  /** Request headers of the last request to a path. */
  lastHeaders(path: string): IncomingMessage["headers"] | undefined;
  close(): Promise<void>;
}

export const PAGE_HTML = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Une aide pour la bibliothèque | Salle de presse</title></head><body>
<nav><a href="/">Accueil</a></nav>
<article><h1>Une aide pour la bibliothèque</h1>
<p>RIMOUSKI, QC, le 3 avril 2025 /CNW/ - Le ministre de la Culture annonce 80 000 $ pour la bibliothèque municipale.</p>
</article><footer>Tous droits réservés</footer></body></html>`;

export const FEED_XML = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Salle de presse</title>
<item><title>Une aide pour la bibliothèque</title><link>/page</link><guid>communique-1</guid>
<pubDate>Thu, 03 Apr 2025 10:00:00 -0400</pubDate><description>Le ministre annonce 80 000 $.</description></item>
</channel></rss>`;

/** windows-1252 bytes, charset only in a <meta>: ’ is 0x92, é is 0xE9, € is 0x80. */
export const LATIN_PAGE_TEXT = "L’organisme reçoit 12 500 € pour son été.";
const LATIN_PAGE = iconv.encode(
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>${LATIN_PAGE_TEXT}</p></body></html>`,
  "windows-1252",
);

export const ETAG = '"v1-communique"';
export const HUGE_BYTES = 2 * 1024 * 1024;

type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export async function startTestServer(): Promise<TestServer> {
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingMessage["headers"]>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const routes: Record<string, Route> = {
    "/page": (_req, res) => send(res, 200, "text/html; charset=utf-8", PAGE_HTML),
    "/feed": (_req, res) => send(res, 200, "application/rss+xml; charset=utf-8", FEED_XML),
    // Headers and the start of the body at once, the rest never: the deadline must cover the body read.
    "/slow": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write("<html><body><p>Le début du communiqué");
      later(5_000, () => res.end("</p></body></html>"));
    },
    "/error-500": (_req, res) => send(res, 500, "text/plain", "erreur interne"),
    "/flaky-503": (_req, res, hit) =>
      hit === 1 ? send(res, 503, "text/plain", "indisponible") : send(res, 200, "text/html; charset=utf-8", PAGE_HTML),
    "/missing": (_req, res) => send(res, 404, "text/plain", "introuvable"),
    "/gone": (_req, res) => send(res, 410, "text/plain", "supprimé"),
    "/moved": (_req, res) => redirect(res, 301, "/page"),
    "/hop-1": (_req, res) => redirect(res, 302, "/hop-2"),
    "/hop-2": (_req, res) => redirect(res, 307, "/moved"),
    "/loop-a": (_req, res) => redirect(res, 302, "/loop-b"),
    "/loop-b": (_req, res) => redirect(res, 302, "/loop-a"),
    "/redirect-to-missing": (_req, res) => redirect(res, 302, "/missing"),
    "/latin1": (_req, res) => send(res, 200, "text/html", LATIN_PAGE),
    // No Content-Length: the limit must be enforced while streaming.
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < HUGE_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {}); // the client hangs up on purpose
      pump();
    },
    "/huge-declared": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(HUGE_BYTES) });
      res.end(Buffer.alloc(HUGE_BYTES, "a"));
    },
    "/malformed-feed": (_req, res) =>
      send(res, 200, "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Coupé</title><item><title>Un`),
    "/bomb-feed": (_req, res) =>
      send(
        res,
        200,
        "application/rss+xml",
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>`,
      ),
    "/etag": (req, res) => {
      if (req.headers["if-none-match"] === ETAG) {
        res.writeHead(304, { etag: ETAG });
        res.end();
        return;
      }
      res.setHeader("etag", ETAG);
      res.setHeader("last-modified", "Thu, 03 Apr 2025 14:00:00 GMT");
      send(res, 200, "text/html; charset=utf-8", PAGE_HTML);
    },
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    headers.set(path, req.headers);
    const route = routes[path];
    if (route) route(req, res, hit);
    else send(res, 404, "text/plain", "pas de route");
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    lastHeaders: (path) => headers.get(path),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": contentType });
  res.end(body);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location });
  res.end();
}
