// Reads one input's bytes: a file (with a size limit), standard input, or a URL.
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import type { Input } from "./sources.js";
import { describeFsError } from "./sources.js";
import type { ByteDocument } from "../pipeline.js";

// A release is a few KB; extraction of a 4 MB text already takes ~300 MB of memory.
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A per-input failure: its message is the cause, printed after the input's name. */
export class ReadError extends Error {
  override name = "ReadError";
}

export interface ReadOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

export async function readInput(input: Input, options: ReadOptions = {}): Promise<ByteDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.kind === "url") {
    const { fetchUrl, FetchError } = await import("./fetch.js");
    try {
      const res = await fetchUrl(input.name, { maxBytes, timeoutMs: options.timeoutMs });
      return { source: input.name, bytes: res.bytes, contentType: res.contentType };
    } catch (err) {
      // The caller names the input; keep only the cause.
      throw err instanceof FetchError ? new ReadError(err.reason) : err;
    }
  }
  if (input.kind === "stdin") return { source: "-", bytes: await readStdin(maxBytes) };
  const bytes = await readFileLimited(input.name, maxBytes);
  if (extname(input.name).toLowerCase() === ".json") return readJsonDocument(input.name, bytes, maxBytes);
  return { source: input.name, bytes };
}

const TEXT_FIELDS = ["text", "body", "content", "html"] as const;
const SIBLING_EXTENSIONS = [".txt", ".html", ".htm"];

/**
 * A JSON input is a document described in JSON: its release is in a `text`, `body`, `content` or
 * `html` field (API responses, scraper output), or, for a metadata sidecar with none of them
 * (`page.json` saved beside `page.txt`), in the text file of the same name beside it.
 * Nothing else of the JSON is used.
 */
async function readJsonDocument(path: string, bytes: Uint8Array, maxBytes: number): Promise<ByteDocument> {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new ReadError("not valid JSON");
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const field of TEXT_FIELDS) {
      const value = (data as Record<string, unknown>)[field];
      if (typeof value === "string" && value.trim()) {
        return { source: path, bytes: Buffer.from(value, "utf8"), contentType: field === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" };
      }
    }
  }
  const stem = path.slice(0, path.length - extname(path).length);
  for (const ext of SIBLING_EXTENSIONS) {
    const sibling = stem + ext;
    if (existsSync(sibling)) return { source: sibling, bytes: await readFileLimited(sibling, maxBytes) };
  }
  throw new ReadError(`JSON without a ${TEXT_FIELDS.join("/")} field, and no ${SIBLING_EXTENSIONS.join("/")} file of the same name beside it`);
}

/**
 * A file's bytes, refused when it is not a regular file or is larger than `maxBytes`.
 * Synchronous on purpose: the promise API costs four trips through libuv's thread pool per file
 * (open, stat, read, close), about a third of a millisecond of CPU for a 5 KB release, more than
 * reading it; extraction runs in worker threads, which have nothing else to do meanwhile.
 */
async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ReadError("not a regular file");
    if (stat.size > maxBytes) throw new ReadError(`file too large (${formatBytes(stat.size)} > ${formatBytes(maxBytes)}; raise --max-size)`);
    return readFileSync(fd);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(describeFsError(err));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new ReadError(`standard input too large (> ${formatBytes(maxBytes)}; raise --max-size)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
