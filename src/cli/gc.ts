// A full garbage collection on request, for the main thread of a long extract (see extract.ts).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/** Runs V8's full collection now; does nothing where the runtime does not allow it. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      // `gc` exists only in contexts created after --expose-gc is set.
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
