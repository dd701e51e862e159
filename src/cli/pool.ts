// Extraction across the machine's cores: worker threads read and extract, the main thread
// prints and stores (one writer). Results come back in input order; at most a few chunks per
// worker are in flight, so memory stays bounded however many inputs there are.
// A worker that dies (an input that crashes or exhausts it) is replaced: the inputs it held are
// retried one by one, and only the one that kills a worker again is reported as failed.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { Input } from "../input/sources.js";
import type { ReadOptions } from "../input/read.js";
import type { ExtractOptions } from "../pipeline.js";
import { oneLine } from "./errors.js";
import type { WorkReply, WorkRequest, WorkResult } from "./worker.js";

/** Below this many inputs, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 64;
const CHUNK = 16;
const IN_FLIGHT_PER_WORKER = 3;
/**
 * A worker's young generation: V8 lets it grow to ~48 MB per isolate, but a release's garbage is a
 * few hundred KB and dies young, so 16 MB keeps scavenges cheap and takes ~30 MB less memory for
 * two workers (10k benchmark: same speed). The old generation keeps V8's default limit, so a very
 * large input still fits.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export function workerCount(inputs: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (inputs < PARALLEL_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Consecutive inputs sent to a worker at once; `alone` when retried after a crash. */
interface Unit {
  first: number;
  count: number;
  alone: boolean;
}

/**
 * Runs every input through the workers and calls `onResult` in input order.
 * `shouldStop` is checked before each new chunk is sent (Ctrl-C). If `onResult` throws (the store
 * failed), no more work is sent and the promise rejects with that error.
 */
export async function extractInParallel(
  inputs: Input[],
  workers: number,
  options: { read: ReadOptions; extract: ExtractOptions; prepare?: boolean },
  onResult: (index: number, result: WorkResult) => void,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  if (workers <= 0 || inputs.length === 0) return;
  const live = new Set<Worker>();
  const pending = new Map<number, WorkResult[]>();
  const retries: Unit[] = [];
  let nextToSend = 0;
  let nextToEmit = 0;
  let inFlight = 0;
  let failure: unknown = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (err: unknown) => {
        failure ??= err;
        reject(err);
      };
      const finishIfIdle = () => {
        if (inFlight === 0 && (failure !== null || shouldStop() || (nextToSend >= inputs.length && retries.length === 0))) resolve();
      };
      const emitReady = () => {
        // Emit every result that is now contiguous with what was emitted.
        for (let results = pending.get(nextToEmit); results; results = pending.get(nextToEmit)) {
          pending.delete(nextToEmit);
          for (const r of results) {
            onResult(nextToEmit, r);
            nextToEmit++;
          }
        }
      };
      const nextUnit = (): Unit | null => {
        if (failure !== null || shouldStop()) return null;
        const retry = retries.shift();
        if (retry) return retry;
        if (nextToSend >= inputs.length) return null;
        const unit = { first: nextToSend, count: Math.min(CHUNK, inputs.length - nextToSend), alone: false };
        nextToSend += unit.count;
        return unit;
      };
      const send = (worker: Worker, queue: Unit[]) => {
        const unit = nextUnit();
        if (unit === null) return finishIfIdle();
        queue.push(unit);
        inFlight++;
        const chunk = inputs.slice(unit.first, unit.first + unit.count);
        worker.postMessage({ first: unit.first, inputs: chunk, read: options.read, extract: options.extract, prepare: options.prepare } satisfies WorkRequest);
      };
      const start = () => {
        const worker = new Worker(new URL("./worker.js", import.meta.url), { resourceLimits: WORKER_LIMITS });
        const queue: Unit[] = [];
        let lastError: unknown = null;
        live.add(worker);
        worker.on("message", (reply: WorkReply) => {
          queue.shift();
          inFlight--;
          pending.set(reply.first, reply.results);
          try {
            emitReady();
          } catch (err) {
            return fail(err);
          }
          send(worker, queue);
        });
        worker.on("error", (err) => (lastError = err));
        worker.on("exit", () => {
          if (!live.delete(worker)) return; // terminated by us
          const cause = lastError === null ? "the worker stopped" : oneLine(lastError);
          inFlight -= queue.length;
          try {
            for (const unit of queue) {
              if (unit.alone) pending.set(unit.first, [{ ok: false, error: `extraction crashed (${cause})` }]);
              else for (let i = 0; i < unit.count; i++) retries.push({ first: unit.first + i, count: 1, alone: true });
            }
            retries.sort((a, b) => a.first - b.first);
            emitReady();
          } catch (err) {
            return fail(err);
          }
          if (failure === null) {
            const replacement = start();
            for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(replacement, queueOf.get(replacement)!);
          }
          finishIfIdle();
        });
        queueOf.set(worker, queue);
        return worker;
      };
      const queueOf = new Map<Worker, Unit[]>();
      for (let w = 0; w < workers; w++) {
        const worker = start();
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(worker, queueOf.get(worker)!);
      }
    });
  } finally {
    const all = [...live];
    live.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
