// The output sink of `extract`: one write per turn, waiting for a slow reader, and a reader that
// goes away (EPIPE) or an output that fails without crashing the run.
import { describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { OutputSink } from "../../src/cli/output.js";

class FakeStream extends EventEmitter {
  writes: string[] = [];
  full = false;
  write(chunk: string): boolean {
    this.writes.push(chunk);
    return !this.full;
  }
}

const sinkOn = (stream: FakeStream) => new OutputSink(stream as unknown as NodeJS.WritableStream);

describe("OutputSink", () => {
  it("writes what one turn printed in one write", async () => {
    const stream = new FakeStream();
    const sink = sinkOn(stream);
    for (let i = 0; i < 16; i++) sink.write(`{"n":${i}}\n`);
    expect(stream.writes).toEqual([]);
    await Promise.resolve();
    expect(stream.writes).toHaveLength(1);
    expect(stream.writes[0]!.split("\n").filter(Boolean)).toHaveLength(16);
    sink.write("last\n");
    sink.flush();
    expect(stream.writes.at(-1)).toBe("last\n");
  });

  it("is backed up until the reader drains it, then calls who waits", () => {
    const stream = new FakeStream();
    const sink = sinkOn(stream);
    stream.full = true;
    sink.write("a\n");
    sink.flush();
    expect(sink.backedUp).toBe(true);
    const calls: string[] = [];
    sink.whenDrained(() => calls.push("resumed"));
    expect(calls).toEqual([]);
    stream.full = false;
    stream.emit("drain");
    expect(sink.backedUp).toBe(false);
    expect(calls).toEqual(["resumed"]);
    sink.whenDrained(() => calls.push("at once"));
    expect(calls).toEqual(["resumed", "at once"]);
  });

  it("stops writing when the reader goes away, without an error to report", () => {
    const stream = new FakeStream();
    const sink = sinkOn(stream);
    stream.full = true;
    sink.write("a\n");
    sink.flush();
    const calls: string[] = [];
    sink.whenDrained(() => calls.push("released"));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(sink.closed).toBe(true);
    expect(sink.error).toBeNull();
    expect(sink.backedUp).toBe(false);
    expect(calls).toEqual(["released"]);
    sink.write("b\n");
    sink.flush();
    expect(stream.writes).toEqual(["a\n"]);
  });

  it("keeps the cause of an output that fails (a full disk)", () => {
    const stream = new FakeStream();
    const sink = sinkOn(stream);
    stream.emit("error", Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
    expect(sink.closed).toBe(true);
    expect(sink.error?.message).toMatch(/no space left/);
  });
});
