import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, USER_AGENT, fetchUrl } from "../../src/input/fetch.js";
import { charsetOf, htmlToText } from "../../src/input/html.js";
import { decodeBytes } from "../../src/input/decode.js";
import { ETAG, LATIN_PAGE_TEXT, PAGE_HTML, startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** The error fetchUrl throws, or a failure when it does not throw. */
async function fetchError(url: string, opts: Parameters<typeof fetchUrl>[1] = {}): Promise<FetchError> {
  try {
    await fetchUrl(url, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe("fetchUrl", () => {
  it("fetches a page with its headers and a clear User-Agent", async () => {
    const page = await fetchUrl(server.url("/page"), { timeoutMs: 2000 });
    expect(page.status).toBe(200);
    expect(page.url).toBe(server.url("/page"));
    expect(page.contentType).toBe("text/html; charset=utf-8");
    expect(page.notModified).toBe(false);
    expect(Buffer.from(page.bytes).toString("utf8")).toBe(PAGE_HTML);
    expect(server.lastHeaders("/page")?.["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^communique\/\d+\.\d+\.\d+ \(\+https:\/\/github.com\/communique\)$/);
  });

  it("follows redirects (relative Location) and reports the final URL", async () => {
    const page = await fetchUrl(server.url("/hop-1"), { timeoutMs: 2000 });
    expect(page.url).toBe(server.url("/page"));
    expect(page.status).toBe(200);
  });

  it("stops a redirect loop after maxRedirects", async () => {
    const err = await fetchError(server.url("/loop-a"), { timeoutMs: 2000, maxRedirects: 3 });
    expect(err.message).toBe(`${server.url("/loop-a")}: more than 3 redirects`);
  });

  it("stops a redirect chain longer than maxRedirects but follows one within it", async () => {
    expect((await fetchUrl(server.url("/hop-1"), { timeoutMs: 2000, maxRedirects: 3 })).url).toBe(server.url("/page"));
    const err = await fetchError(server.url("/hop-1"), { timeoutMs: 2000, maxRedirects: 2 });
    expect(err.message).toMatch(/: more than 2 redirects$/u);
  });

  it("fails at once on a 404, without retrying", async () => {
    const err = await fetchError(server.url("/missing"), { timeoutMs: 2000, retries: 2 });
    expect(err.message).toBe(`${server.url("/missing")}: HTTP 404 Not Found`);
    expect(err.status).toBe(404);
    expect(server.hits("/missing")).toBe(1);
  });

  it("names where a 404 happened after a redirect", async () => {
    const err = await fetchError(server.url("/redirect-to-missing"), { timeoutMs: 2000 });
    expect(err.message).toBe(`${server.url("/redirect-to-missing")}: HTTP 404 Not Found (at ${server.url("/missing")})`);
  });

  it("retries a 500 with backoff, then fails", async () => {
    const started = Date.now();
    const err = await fetchError(server.url("/error-500"), { timeoutMs: 5000, retries: 2 });
    expect(err.message).toBe(`${server.url("/error-500")}: HTTP 500 Internal Server Error`);
    expect(err.status).toBe(500);
    expect(server.hits("/error-500")).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250 + 500 - 20); // backoff 250 ms, then 500 ms
  });

  it("succeeds when a 503 is followed by a 200", async () => {
    const page = await fetchUrl(server.url("/flaky-503"), { timeoutMs: 5000, retries: 2 });
    expect(page.status).toBe(200);
    expect(server.hits("/flaky-503")).toBe(2);
  });

  it("times out while the body is still arriving", async () => {
    const started = Date.now();
    const err = await fetchError(server.url("/slow"), { timeoutMs: 300 });
    expect(err.message).toBe(`${server.url("/slow")}: timed out after 0.3 s`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("aborts a streamed body larger than maxBytes", async () => {
    const err = await fetchError(server.url("/huge"), { timeoutMs: 5000, maxBytes: 100 * 1024 });
    expect(err.message).toBe(`${server.url("/huge")}: larger than 100 KB`);
  });

  it("refuses a body whose Content-Length is over maxBytes", async () => {
    const err = await fetchError(server.url("/huge-declared"), { timeoutMs: 5000, maxBytes: 1024 * 1024 });
    expect(err.message).toBe(`${server.url("/huge-declared")}: larger than 1 MB`);
  });

  it("returns the bytes of a windows-1252 page whose charset is only in a <meta>", async () => {
    const page = await fetchUrl(server.url("/latin1"), { timeoutMs: 2000 });
    expect(page.contentType).toBe("text/html");
    const charset = charsetOf(page.contentType, page.bytes);
    expect(charset).toBe("windows-1252");
    expect(htmlToText(decodeBytes(page.bytes, { charset }).text).text).toBe(LATIN_PAGE_TEXT);
  });

  it("sends If-None-Match and reports 304 as notModified", async () => {
    const first = await fetchUrl(server.url("/etag"), { timeoutMs: 2000 });
    expect(first.etag).toBe(ETAG);
    expect(first.lastModified).toBe("Thu, 03 Apr 2025 14:00:00 GMT");
    const second = await fetchUrl(server.url("/etag"), { timeoutMs: 2000, etag: first.etag!, lastModified: first.lastModified! });
    expect(server.lastHeaders("/etag")?.["if-none-match"]).toBe(ETAG);
    expect(server.lastHeaders("/etag")?.["if-modified-since"]).toBe("Thu, 03 Apr 2025 14:00:00 GMT");
    expect(second.status).toBe(304);
    expect(second.notModified).toBe(true);
    expect(second.bytes.length).toBe(0);
  });

  it("retries a refused connection, then names the cause", async () => {
    const closed = await startTestServer();
    const url = closed.url("/page");
    await closed.close();
    const err = await fetchError(url, { timeoutMs: 3000, retries: 1 });
    expect(err.message).toBe(`${url}: connection refused (ECONNREFUSED)`);
  });

  it.each([
    ["ftp://127.0.0.1/fichier", "ftp://127.0.0.1/fichier: unsupported protocol ftp: (only http and https)"],
    ["pas une adresse", "pas une adresse: not a valid URL"],
  ])("rejects %s", async (url, message) => {
    expect((await fetchError(url)).message).toBe(message);
  });
});
