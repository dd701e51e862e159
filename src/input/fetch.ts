// URL -> bytes, with the limits a cron job needs: a deadline for the whole call, a size limit
// enforced while streaming, bounded redirects, retries on server errors, conditional requests.
import { STATUS_CODES } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { VERSION } from "../version.js";

export const USER_AGENT = `communique/${VERSION} (+https://github.com/communique)`;

export interface FetchOptions {
  /** Deadline for the whole call: redirects, retries and body read included. Default 15 s. */
  timeoutMs?: number;
  /** Default 10 MB. */
  maxBytes?: number;
  /** Retries after a 5xx or a network error (never after a 4xx). Default 2. */
  retries?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** From the last fetch of this URL: asks the server for 304 Not Modified if unchanged. */
  etag?: string;
  lastModified?: string;
  userAgent?: string;
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
}

/** A failed fetch; the message is one line: "<url>: <cause>". */
export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    /** The URL asked for (redirect targets are named in the reason). */
    readonly url: string,
    readonly reason: string,
    /** The HTTP status when the server answered with an error. */
    readonly status: number | null = null,
  ) {
    super(`${url}: ${reason}`);
  }
}

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, retries: 2, maxRedirects: 5 };
const BACKOFF_MS = 250;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Failures worth another try: the server or the network, not the request. */
class RetryableError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const options = { ...DEFAULTS, ...definedOnly(opts) };
  checkUrl(url, url);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options, deadline);
    } catch (err) {
      if (deadline.aborted) throw new FetchError(url, `timed out after ${formatSeconds(options.timeoutMs)}`);
      if (!(err instanceof RetryableError) || attempt >= options.retries) throw asFetchError(url, err);
      try {
        await sleep(BACKOFF_MS * 2 ** attempt, undefined, { signal: deadline });
      } catch {
        throw new FetchError(url, `timed out after ${formatSeconds(options.timeoutMs)}`);
      }
    }
  }
}

type ResolvedOptions = typeof DEFAULTS & FetchOptions;

/** One attempt: follows redirects itself (to bound them) and reads the body under the size limit. */
async function fetchOnce(startUrl: string, options: ResolvedOptions, signal: AbortSignal): Promise<FetchedPage> {
  let url = startUrl;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: "manual", signal, headers: requestHeaders(options) });
    } catch (err) {
      throw new RetryableError(networkCause(err));
    }
    const { status } = response;
    if (REDIRECT_STATUSES.has(status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (location === null) throw new FetchError(startUrl, `HTTP ${status} redirect without a Location${at(url)}`, status);
      if (redirects >= options.maxRedirects) {
        throw new FetchError(startUrl, `more than ${options.maxRedirects} redirects`, status);
      }
      url = new URL(location, url).href;
      checkUrl(startUrl, url);
      continue;
    }
    const page = {
      url,
      status,
      contentType: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
    if (status === 304) {
      await response.body?.cancel();
      return { ...page, bytes: new Uint8Array(0), notModified: true };
    }
    if (status < 200 || status >= 300) {
      await response.body?.cancel();
      const text = response.statusText || STATUS_CODES[status] || "";
      const message = `HTTP ${status}${text ? ` ${text}` : ""}${url === startUrl ? "" : at(url)}`;
      if (status >= 500) throw new RetryableError(message, status);
      throw new FetchError(startUrl, message, status);
    }
    return { ...page, bytes: await readBody(startUrl, response, options.maxBytes), notModified: false };
  }
}

/** Names where an error happened when it is not the URL asked for. */
function at(target: string): string {
  return ` (at ${target})`;
}

function requestHeaders(options: ResolvedOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? USER_AGENT,
    accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
    "accept-language": "fr-CA,fr;q=0.9,en;q=0.5",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  return headers;
}

/** Reads the body chunk by chunk and gives up as soon as it passes maxBytes. */
async function readBody(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(url, `larger than ${formatBytes(maxBytes)}`);
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new FetchError(url, `larger than ${formatBytes(maxBytes)}`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new RetryableError(networkCause(err)); // connection reset in the middle of the body
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function checkUrl(original: string, url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(original, "not a valid URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchError(original, `unsupported protocol ${parsed.protocol} (only http and https)`);
  }
}

/** "connection refused (ECONNREFUSED)" rather than undici's "fetch failed". */
function networkCause(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = (cause as { code?: unknown } | null)?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host name lookup failed",
    ETIMEDOUT: "connection timed out",
    UND_ERR_SOCKET: "connection closed by the server",
  };
  if (typeof code === "string") return `${known[code] ?? (cause as Error).message} (${code})`;
  return cause instanceof Error ? cause.message : String(cause);
}

function asFetchError(url: string, err: unknown): FetchError {
  if (err instanceof FetchError) return err;
  if (err instanceof RetryableError) return new FetchError(url, err.message, err.status);
  return new FetchError(url, err instanceof Error ? err.message : String(err));
}

function definedOnly(opts: FetchOptions): FetchOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as FetchOptions;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function formatBytes(n: number): string {
  const mb = 1024 * 1024;
  if (n >= mb) return n % mb === 0 ? `${n / mb} MB` : `${(n / mb).toFixed(1)} MB`;
  if (n >= 1024) return n % 1024 === 0 ? `${n / 1024} KB` : `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
