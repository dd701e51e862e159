// Extraction across the machine's cores: worker threads read and extract, the main thread
// prints and stores (one writer). Results come back in input order; at most a few chunks per
// worker are in flight, so memory stays bounded however many inputs there are.
// A worker that dies (an input that crashes or exhausts it) is replaced: the inputs it held are
// retried one by one; one that is in a crash again gets a last try alone in a worker without the
// heap cap, and only if that one dies too is it reported as failed.
import { EventEmitter } from "node:events";
import { availableParallelism } from "node:os";
import type { Expansion, Input } from "../input/sources.js";
import type { ReadOptions } from "../input/read.js";
import type { ExtractOptions } from "../pipeline.js";
import { oneLine } from "./errors.js";
import type { WorkReply, WorkRequest, WorkResult } from "./worker.js";

/** Below this many inputs, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 64;
const CHUNK = 16;
const IN_FLIGHT_PER_WORKER = 3;
/**
 * A worker's heap. Young generation: V8 lets it grow to ~48 MB per isolate, but a release's garbage
 * is a few hundred KB and dies young, so 8 MB keeps scavenges cheap (10k benchmark: same speed as
 * 16). Old generation: a worker keeps ~16 MB alive (code, lexicons, caches), but V8 let garbage
 * pile up to ~110 MB in a worker over 100k releases before collecting it; 64 MB keeps it nearer
 * what is alive (100k into SQLite: peak RSS ~355 -> ~292 MB with the smaller caches, same time).
 * An input that needs more (a page of several MB) is not lost: its worker dies out of memory and
 * the input is retried in a worker without the cap (see `lastTries`).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * `requested` (--jobs) if given; else none for a few inputs, and for many one per core but one (at
 * most 8, at least 1): the main thread, which stores and prints, has the last core.
 */
export function workerCount(walk: InputWalk, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (!walk.hasAtLeast(PARALLEL_THRESHOLD)) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, 8));
}

/**
 * What the pool needs of a worker thread: posting work, its replies, its death, stopping it.
 * The main thread's own share of the work (see InThread) has the same shape.
 */
interface Extractor {
  postMessage(req: WorkRequest): void;
  terminate(): Promise<number>;
  on(event: "message", listener: (reply: WorkReply) => void): this;
  on(event: "error", listener: (err: Error) => void): this;
  on(event: "exit", listener: (code: number) => void): this;
}

/**
 * The main thread as one more extractor, between its writes. With a single worker (2 cores) the
 * writer is idle more than half the time, and a second worker would be a third isolate on two
 * cores (~50 MB more, and the threads preempting each other). With more workers the writer is
 * busy, so it extracts nothing itself.
 */
class InThread extends EventEmitter implements Extractor {
  private stopped = false;

  constructor(private readonly work: (req: WorkRequest) => Promise<WorkReply>) {
    super();
  }

  postMessage(req: WorkRequest): void {
    // Later, not inside the caller: replies are handled in their own turn, like a worker's.
    setImmediate(() => {
      if (this.stopped) return;
      this.work(req).then(
        (reply) => {
          if (!this.stopped) this.emit("message", reply);
        },
        (err: unknown) => {
          if (this.stopped) return;
          this.stopped = true;
          this.emit("error", err instanceof Error ? err : new Error(String(err)));
          this.emit("exit", 1);
        },
      );
    });
  }

  terminate(): Promise<number> {
    this.stopped = true;
    return Promise.resolve(0);
  }
}

/**
 * Consecutive inputs sent to a worker at once; `alone` when retried after a crash, `careful` for
 * its last try (after a second crash): alone in a worker without the heap cap.
 */
interface Unit {
  first: number;
  inputs: Input[];
  alone: boolean;
  careful?: boolean;
}

/**
 * The walk over the inputs, read ahead only as far as it is asked: `peek` looks at the next step,
 * `count` is how many steps were taken or looked at so far, `done` whether the walk has ended.
 */
export class InputWalk {
  private ahead: Expansion[] = [];
  private ended = false;
  private seen = 0;

  constructor(private readonly walk: Iterator<Expansion, undefined>) {}

  /** The step `n` places ahead (0: the next one), walking that far if needed. */
  peek(n = 0): Expansion | undefined {
    while (this.ahead.length <= n && !this.ended) {
      const step = this.walk.next();
      if (step.done) this.ended = true;
      else {
        this.ahead.push(step.value);
        this.seen++;
      }
    }
    return this.ahead[n];
  }

  next(): Expansion | undefined {
    const step = this.peek();
    if (step !== undefined) this.ahead.shift();
    return step;
  }

  get count(): number {
    return this.seen;
  }

  get done(): boolean {
    return this.ended && this.ahead.length === 0;
  }

  /** Walks to the end without keeping the steps (how many there were in all, for a summary). */
  finishCount(): number {
    this.ahead = [];
    while (!this.ended) {
      if (this.walk.next().done) this.ended = true;
      else this.seen++;
    }
    return this.seen;
  }

  /** Whether the walk gives at least `n` inputs (reading ahead at most `n` steps past errors). */
  hasAtLeast(n: number): boolean {
    let inputs = 0;
    for (let i = 0; inputs < n; i++) {
      const step = this.peek(i);
      if (step === undefined) return false;
      if (step.kind === "input") inputs++;
    }
    return true;
  }
}

/** Where the results go, as far as the pool needs to know: whether to wait for it. */
export interface PoolOutput {
  readonly backedUp: boolean;
  whenDrained(listener: () => void): void;
}

/**
 * Runs every input of the walk through the workers and calls `onResult` in walk order, with the
 * walk's errors in their place (they need no worker). The walk is read only a few chunks ahead of
 * the workers. `shouldStop` is checked before each new chunk is sent (Ctrl-C); while `output` is
 * backed up (a slow reader), no new chunk is sent. If `onResult` throws (the store failed), no more
 * work is sent and the promise rejects with that error.
 */
export async function extractInParallel(
  walk: InputWalk,
  workers: number,
  options: { read: ReadOptions; extract: ExtractOptions; prepare?: boolean },
  onResult: (name: string, result: WorkResult) => void,
  control: { shouldStop?: () => boolean; output?: PoolOutput } = {},
): Promise<void> {
  const shouldStop = control.shouldStop ?? (() => false);
  if (workers <= 0 || walk.peek() === undefined) return;
  const here = workers === 1 ? (await import("./worker.js")).work : null;
  // Loaded here, not with the module: a run below the threshold starts no worker (~4 ms of start).
  const { Worker } = await import("node:worker_threads");
  const live = new Set<Extractor>();
  /** Results by the index of their unit's first input, with the names they are for. */
  const pending = new Map<number, { names: string[]; results: WorkResult[] }>();
  const retries: Unit[] = [];
  /** Last tries, one at a time in the careful worker (no heap cap): the one that dies then is the culprit. */
  const lastTries: Unit[] = [];
  let careful: Extractor | null = null;
  let nextIndex = 0;
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
        if (inFlight === 0 && (failure !== null || shouldStop() || (walk.done && retries.length === 0 && lastTries.length === 0))) resolve();
      };
      const emitReady = () => {
        // Emit every result that is now contiguous with what was emitted.
        for (let ready = pending.get(nextToEmit); ready; ready = pending.get(nextToEmit)) {
          pending.delete(nextToEmit);
          ready.results.forEach((r, i) => onResult(ready.names[i]!, r));
          nextToEmit += ready.results.length;
        }
      };
      const nextUnit = (): Unit | null => {
        if (failure !== null || shouldStop()) return null;
        const retry = retries.shift();
        if (retry) return retry;
        // A name that gave nothing is its own result, emitted in its place.
        for (let step = walk.peek(); step?.kind === "error"; step = walk.peek()) {
          walk.next();
          pending.set(nextIndex++, { names: [step.name], results: [{ ok: false, error: step.cause }] });
        }
        const inputs: Input[] = [];
        for (let step = walk.peek(); step?.kind === "input" && inputs.length < CHUNK; step = walk.peek()) {
          walk.next();
          inputs.push(step.input);
        }
        if (inputs.length === 0) return null;
        const unit = { first: nextIndex, inputs, alone: false };
        nextIndex += inputs.length;
        return unit;
      };
      // Workers that would have been sent a chunk while the output was backed up.
      const waiting: Extractor[] = [];
      const post = (worker: Extractor, queue: Unit[], unit: Unit) => {
        queue.push(unit);
        inFlight++;
        worker.postMessage({ first: unit.first, inputs: unit.inputs, read: options.read, extract: options.extract, prepare: options.prepare } satisfies WorkRequest);
      };
      const send = (worker: Extractor, queue: Unit[]) => {
        const output = control.output;
        if (output?.backedUp && failure === null && !shouldStop()) {
          waiting.push(worker);
          if (waiting.length === 1) {
            output.whenDrained(() => {
              for (const w of waiting.splice(0)) if (live.has(w)) send(w, queueOf.get(w)!);
            });
          }
          return;
        }
        const unit = nextUnit();
        try {
          emitReady(); // the walk's errors just met, if they are next
        } catch (err) {
          return fail(err);
        }
        if (unit === null) return finishIfIdle();
        post(worker, queue, unit);
      };
      /** The careful worker takes the next last try, or stops when there is none. */
      const sendCareful = () => {
        const unit = failure === null && !shouldStop() ? lastTries.shift() : undefined;
        if (unit === undefined) {
          if (careful !== null) {
            live.delete(careful);
            void careful.terminate();
            careful = null;
          }
          return finishIfIdle();
        }
        careful ??= start("uncapped");
        post(careful, queueOf.get(careful)!, unit);
      };
      const start = (kind: "capped" | "uncapped" | "here" = "capped"): Extractor => {
        const worker: Extractor = kind === "here" ? new InThread(here!)
          : new Worker(new URL("./worker.js", import.meta.url), kind === "uncapped" ? {} : { resourceLimits: WORKER_LIMITS });
        const queue: Unit[] = [];
        let lastError: unknown = null;
        live.add(worker);
        worker.on("message", (reply: WorkReply) => {
          const unit = queue.shift()!;
          inFlight--;
          pending.set(reply.first, { names: unit.inputs.map((i) => i.name), results: reply.results });
          try {
            emitReady();
          } catch (err) {
            return fail(err);
          }
          if (worker === careful) sendCareful();
          else send(worker, queue);
        });
        worker.on("error", (err) => (lastError = err));
        worker.on("exit", () => {
          if (!live.delete(worker)) return; // terminated by us
          const wasCareful = worker === careful;
          if (wasCareful) careful = null;
          const cause = lastError === null ? "the worker stopped" : oneLine(lastError);
          inFlight -= queue.length;
          try {
            for (const unit of queue) {
              if (unit.careful) pending.set(unit.first, { names: [unit.inputs[0]!.name], results: [{ ok: false, error: `extraction crashed (${cause})` }] });
              else if (unit.alone) lastTries.push({ ...unit, careful: true });
              else unit.inputs.forEach((input, i) => retries.push({ first: unit.first + i, inputs: [input], alone: true }));
            }
            retries.sort((a, b) => a.first - b.first);
            lastTries.sort((a, b) => a.first - b.first);
            emitReady();
          } catch (err) {
            return fail(err);
          }
          if (failure === null) {
            if (careful === null && lastTries.length > 0) sendCareful();
            if (!wasCareful) {
              const replacement = start();
              for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(replacement, queueOf.get(replacement)!);
            }
          }
          finishIfIdle();
        });
        queueOf.set(worker, queue);
        return worker;
      };
      const queueOf = new Map<Extractor, Unit[]>();
      for (let w = 0; w < workers; w++) {
        const worker = start();
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(worker, queueOf.get(worker)!);
      }
      // One chunk at a time here: the next is taken when this one is done.
      if (here !== null) {
        const local = start("here");
        send(local, queueOf.get(local)!);
      }
    });
  } finally {
    const all = [...live];
    live.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
