// A progress line on stderr, only when stderr is a terminal and there are many inputs.

const MIN_INPUTS = 20;
const REDRAW_MS = 100;

export class Progress {
  private done_ = 0;
  private last = 0;
  private readonly active: boolean;
  private readonly started = Date.now();

  constructor(private readonly total: number, enabled: boolean) {
    this.active = enabled && Boolean(process.stderr.isTTY) && total >= MIN_INPUTS;
  }

  tick(name: string): void {
    this.done_++;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.last < REDRAW_MS && this.done_ < this.total) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((this.done_ / this.total) * width);
    const rate = this.done_ / Math.max(0.001, (now - this.started) / 1000);
    const label = name.length > 40 ? "…" + name.slice(-39) : name;
    process.stderr.write(`\r\x1b[K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done_}/${this.total} ${rate.toFixed(0)}/s ${label}`);
  }

  /** Erase the line so an error message starts clean. */
  clear(): void {
    if (this.active) process.stderr.write("\r\x1b[K");
  }

  done(): void {
    this.clear();
  }
}
