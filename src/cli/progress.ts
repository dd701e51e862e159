// A progress line on stderr, only when stderr is a terminal and there are many inputs.
// The inputs are walked as they are read, so the total is what the walk has found so far, shown
// with a "+" until the walk ends.

const MIN_INPUTS = 20;
const REDRAW_MS = 100;

export class Progress {
  private done_ = 0;
  private last = 0;
  private readonly enabled: boolean;
  private readonly started = Date.now();

  /** `total()`: how many inputs are known so far, and whether that is all of them. */
  constructor(
    private readonly total: () => { count: number; final: boolean },
    enabled: boolean,
  ) {
    this.enabled = enabled && Boolean(process.stderr.isTTY);
  }

  /** Shown once the walk has found many inputs (it finds them ahead of the extraction). */
  private get active(): boolean {
    return this.enabled && this.total().count >= MIN_INPUTS;
  }

  tick(name: string): void {
    this.done_++;
    if (!this.active) return;
    const now = Date.now();
    const { count, final } = this.total();
    if (now - this.last < REDRAW_MS && this.done_ < count) return;
    this.last = now;
    const width = 24;
    const filled = Math.min(width, Math.round((this.done_ / Math.max(1, count)) * width));
    const rate = this.done_ / Math.max(0.001, (now - this.started) / 1000);
    const label = name.length > 40 ? "…" + name.slice(-39) : name;
    process.stderr.write(`\r\x1b[K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done_}/${count}${final ? "" : "+"} ${rate.toFixed(0)}/s ${label}`);
  }

  /** Erase the line so an error message starts clean. */
  clear(): void {
    if (this.active) process.stderr.write("\r\x1b[K");
  }

  done(): void {
    this.clear();
  }
}
