// A loopback "press room" for ingest tests: feeds and release pages that the tests can change
// between runs, conditional GETs (ETag, Last-Modified) answered 304, and a log of every request.
// Listens on 127.0.0.1, port 0; nothing leaves the machine.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Resource {
  status?: number;
  contentType: string;
  body: string | Buffer;
  /** Which validators the server sends and honours. Default "none". */
  validators?: "etag" | "last-modified" | "both" | "none";
}

export interface PressServer {
  url(path: string): string;
  /** Adds or replaces what a path serves (a changed body gets a new ETag and Last-Modified). */
  set(path: string, resource: Resource): void;
  /** Requests to a path (every status). */
  hits(path: string): number;
  /** Statuses answered on a path, in order. */
  statuses(path: string): number[];
  /** Paths requested since the last reset, in order, with repeats. */
  log(): string[];
  resetLog(): void;
  close(): Promise<void>;
}

export async function startPressServer(): Promise<PressServer> {
  const resources = new Map<string, Resource & { etag: string; lastModified: string }>();
  const hits = new Map<string, number>();
  const statuses = new Map<string, number[]>();
  let log: string[] = [];
  let clock = Date.parse("2025-04-01T12:00:00Z");

  const answer = (path: string, res: ServerResponse, status: number, headers: Record<string, string>, body?: string | Buffer) => {
    statuses.set(path, [...(statuses.get(path) ?? []), status]);
    res.writeHead(status, headers);
    res.end(body);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    log.push(path);
    const resource = resources.get(path);
    if (resource === undefined) return answer(path, res, 404, { "content-type": "text/plain; charset=utf-8" }, "introuvable");
    const validators = resource.validators ?? "none";
    const useEtag = validators === "etag" || validators === "both";
    const useDate = validators === "last-modified" || validators === "both";
    const headers: Record<string, string> = { "content-type": resource.contentType };
    if (useEtag) headers.etag = resource.etag;
    if (useDate) headers["last-modified"] = resource.lastModified;
    const status = resource.status ?? 200;
    if (status === 200) {
      const etagMatches = useEtag && req.headers["if-none-match"] === resource.etag;
      const since = req.headers["if-modified-since"];
      const dateMatches = useDate && since !== undefined && Date.parse(since) >= Date.parse(resource.lastModified);
      if (etagMatches || (dateMatches && !(useEtag && req.headers["if-none-match"] !== undefined && !etagMatches))) {
        return answer(path, res, 304, headers);
      }
    }
    answer(path, res, status, headers, resource.body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, resource) => {
      const previous = resources.get(path);
      const etag = `"${createHash("sha1").update(resource.body).digest("hex").slice(0, 16)}"`;
      const changed = previous === undefined || previous.etag !== etag;
      if (changed) clock += 60_000;
      resources.set(path, { ...resource, etag, lastModified: changed ? new Date(clock).toUTCString() : previous.lastModified });
    },
    hits: (path) => hits.get(path) ?? 0,
    statuses: (path) => statuses.get(path) ?? [],
    log: () => [...log],
    resetLog: () => {
      log = [];
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
