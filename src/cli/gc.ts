// A full garbage collection on request, for the main thread of a long extract (see extract.ts).
// node:v8 and node:vm are loaded on the first call: a short extract never collects, and loading
// them (~4 ms) is a part of every start otherwise.
import { createRequire } from "node:module";

let collect: (() => void) | null | undefined;

/** Runs V8's full collection now; does nothing where the runtime does not allow it. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      // `gc` exists only in contexts created after --expose-gc is set.
      const require = createRequire(import.meta.url);
      const { setFlagsFromString } = require("node:v8") as typeof import("node:v8");
      const { runInNewContext } = require("node:vm") as typeof import("node:vm");
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
