// The walk over what the user named: order, errors in their place, and laziness (a directory is
// listed only when the walk reaches it).
import { describe, expect, it, beforeAll } from "vitest";
import { mkdirSync, writeFileSync, symlinkSync, rmSync } from "node:fs";
import { join } from "node:path";
import { walkInputs, type Expansion } from "../../src/input/sources.js";
import { InputWalk, workerCount, PARALLEL_THRESHOLD } from "../../src/cli/pool.js";
import { tempDir } from "../helpers/cli.js";

const names = (steps: Expansion[]) => steps.map((s) => (s.kind === "input" ? s.input.name : `ERROR ${s.name}: ${s.cause}`));
function drain(walk: Iterator<Expansion, undefined>): Expansion[] {
  const out: Expansion[] = [];
  for (let step = walk.next(); !step.done; step = walk.next()) out.push(step.value);
  return out;
}
const collect = async (args: string[]) => names(drain(await walkInputs(args)));

let dir: string;
beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir, "tree/b/inner"), { recursive: true });
  mkdirSync(join(dir, "tree/a"), { recursive: true });
  writeFileSync(join(dir, "tree/z.txt"), "z");
  writeFileSync(join(dir, "tree/a/2.txt"), "2");
  writeFileSync(join(dir, "tree/a/10.txt"), "10");
  writeFileSync(join(dir, "tree/a/10.json"), "{}"); // a sidecar: skipped in a walk
  writeFileSync(join(dir, "tree/b/inner/deep.txt"), "deep");
  writeFileSync(join(dir, "tree/.hidden.txt"), "hidden");
  symlinkSync(join(dir, "tree"), join(dir, "tree/b/loop"));
});

describe("walkInputs", () => {
  it("walks directories depth first in name order, skipping sidecars, hidden files and loops", async () => {
    const got = await collect([join(dir, "tree")]);
    const t = join(dir, "tree");
    expect(got).toEqual([
      join(t, "a/10.txt"),
      join(t, "a/2.txt"),
      join(t, "b/inner/deep.txt"),
      `ERROR ${join(t, "b/loop")}: directory loop (a symbolic link points back to a parent), skipped`,
      join(t, "z.txt"),
    ]);
  });

  it("keeps the order of the names, with each name that gives nothing in its place", async () => {
    const got = await collect([join(dir, "tree/z.txt"), join(dir, "missing.txt"), "-", "https://example.org/a", join(dir, "tree/a/*.txt"), join(dir, "nothing/*.txt"), join(dir, "tree/a/10.json")]);
    expect(got).toEqual([
      join(dir, "tree/z.txt"),
      `ERROR ${join(dir, "missing.txt")}: no such file or directory`,
      "-",
      "https://example.org/a",
      join(dir, "tree/a/10.txt"),
      join(dir, "tree/a/2.txt"),
      `ERROR ${join(dir, "nothing/*.txt")}: no file matches this pattern`,
      join(dir, "tree/a/10.json"), // named explicitly: read
    ]);
  });

  it("lists a directory only when the walk reaches it", async () => {
    const root = join(dir, "lazy");
    mkdirSync(join(root, "1"), { recursive: true });
    mkdirSync(join(root, "2"), { recursive: true });
    writeFileSync(join(root, "1/a.txt"), "a");
    writeFileSync(join(root, "2/b.txt"), "b");
    const walk = await walkInputs([root]);
    expect(walk.next().value).toEqual({ kind: "input", input: { kind: "file", name: join(root, "1/a.txt") } });
    // Directory 2 was not listed yet: a file added to it now is still found.
    writeFileSync(join(root, "2/c.txt"), "c");
    rmSync(join(root, "2/b.txt"));
    expect(names(drain(walk))).toEqual([join(root, "2/c.txt")]);
  });
});

describe("InputWalk", () => {
  const steps = (n: number, errorsAt: number[] = []): Iterator<Expansion, undefined> =>
    (function* () {
      for (let i = 0; i < n; i++) {
        if (errorsAt.includes(i)) yield { kind: "error", name: `e${i}`, cause: "gone" } as const;
        else yield { kind: "input", input: { kind: "file", name: `f${i}` } } as const;
      }
      return undefined;
    })();

  it("reads ahead only as far as it is asked", () => {
    let pulled = 0;
    const source = steps(1000);
    const counting: Iterator<Expansion, undefined> = { next: () => (pulled++, source.next()) };
    const walk = new InputWalk(counting);
    expect(walk.peek(2)).toEqual({ kind: "input", input: { kind: "file", name: "f2" } });
    expect(walk.count).toBe(3);
    expect(walk.next()).toEqual({ kind: "input", input: { kind: "file", name: "f0" } });
    expect(pulled).toBe(3);
    expect(walk.done).toBe(false);
  });

  it("decides on workers from the first inputs, errors not counted", () => {
    expect(workerCount(new InputWalk(steps(PARALLEL_THRESHOLD - 1)))).toBe(0);
    expect(workerCount(new InputWalk(steps(PARALLEL_THRESHOLD, [3])))).toBe(0);
    expect(workerCount(new InputWalk(steps(PARALLEL_THRESHOLD)))).toBeGreaterThan(0);
    expect(workerCount(new InputWalk(steps(5)), 3)).toBe(3);
  });

  it("counts the rest of the walk without keeping it", () => {
    const walk = new InputWalk(steps(50, [10]));
    walk.next();
    walk.peek(5);
    expect(walk.finishCount()).toBe(50);
    expect(walk.done).toBe(true);
    expect(walk.next()).toBeUndefined();
  });
});
