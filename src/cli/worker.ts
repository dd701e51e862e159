// A worker thread of `extract`: reads and extracts the inputs it is given, returns records. The
// main thread runs `work` itself for its own share (see pool.ts).
import { parentPort } from "node:worker_threads";
import { readInput, type ReadOptions } from "../input/read.js";
import type { Input } from "../input/sources.js";
import { extractDocument, type ExtractOptions } from "../pipeline.js";
import { oneLine } from "./errors.js";
import { prepareBody, type PreparedBody } from "../store/fingerprint.js";

export interface WorkRequest {
  first: number;
  inputs: Input[];
  read: ReadOptions;
  extract: ExtractOptions;
  /** Records go to the store: compute their bodies' fingerprints here, not in the one writer. */
  prepare?: boolean;
}

export type WorkResult = { ok: true; record: unknown; prepared?: PreparedBody } | { ok: false; error: string };

export interface WorkReply {
  first: number;
  results: WorkResult[];
}

/** Reads and extracts a request's inputs, each on its own: one that fails is its own result. */
export async function work(req: WorkRequest): Promise<WorkReply> {
  const results: WorkResult[] = [];
  for (const input of req.inputs) {
    try {
      const doc = await readInput(input, req.read);
      const record = await extractDocument(doc, req.extract);
      const prepared = req.prepare && record.text !== undefined ? prepareBody(record.text) : undefined;
      results.push({ ok: true, record, prepared });
    } catch (err) {
      results.push({ ok: false, error: oneLine(err) });
    }
  }
  return { first: req.first, results };
}

parentPort?.on("message", async (req: WorkRequest) => {
  parentPort!.postMessage((await work(req)) satisfies WorkReply);
});
