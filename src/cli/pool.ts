// Extraction across the machine's cores: worker threads read and extract, the main thread
// prints and stores (one writer). Results come back in input order; at most a few chunks per
// worker are in flight, so memory stays bounded however many inputs there are.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { Input } from "../input/sources.js";
import type { ReadOptions } from "../input/read.js";
import type { ExtractOptions } from "../pipeline.js";
import type { WorkReply, WorkRequest, WorkResult } from "./worker.js";

/** Below this many inputs, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 64;
const CHUNK = 16;
const IN_FLIGHT_PER_WORKER = 3;

export function workerCount(inputs: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (inputs < PARALLEL_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Runs every input through the workers and calls `onResult` in input order.
 * `shouldStop` is checked before each new chunk is sent (Ctrl-C).
 */
export async function extractInParallel(
  inputs: Input[],
  workers: number,
  options: { read: ReadOptions; extract: ExtractOptions },
  onResult: (index: number, result: WorkResult) => void,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const pool = Array.from({ length: workers }, () => new Worker(new URL("./worker.js", import.meta.url)));
  const pending = new Map<number, WorkResult[]>();
  let nextToSend = 0;
  let nextToEmit = 0;
  let inFlight = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (nextToSend >= inputs.length || shouldStop()) {
          if (inFlight === 0) resolve();
          return;
        }
        const first = nextToSend;
        const chunk = inputs.slice(first, first + CHUNK);
        nextToSend += chunk.length;
        inFlight++;
        worker.postMessage({ first, inputs: chunk, read: options.read, extract: options.extract } satisfies WorkRequest);
      };
      for (const worker of pool) {
        worker.on("message", (reply: WorkReply) => {
          inFlight--;
          pending.set(reply.first, reply.results);
          // Emit every chunk that is now contiguous with what was emitted.
          for (let results = pending.get(nextToEmit); results; results = pending.get(nextToEmit)) {
            pending.delete(nextToEmit);
            results.forEach((r, i) => onResult(nextToEmit + i, r));
            nextToEmit += results.length;
          }
          send(worker);
        });
        worker.on("error", reject);
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(worker);
      }
      if (workers === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
