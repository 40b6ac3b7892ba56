/** A miss (an unknown slug, someone we know no rights of) re-reads at most this often. */
export const MISS_RELOAD_MS = 1_000;

/**
 * A read asked for by a miss, which must start after the miss (a read that began before it may not know
 * what was just made): at once, or — at most one a `MISS_RELOAD_MS` — when the interval is up, shared by
 * every miss in between. So what was made a moment ago is found, and a flood of misses costs one read an
 * interval however many arrive (each waits up to the interval).
 */
export class MissRead {
  private lastAt = -Infinity;
  /** The read planned for the end of the interval, which misses within it wait for. */
  private trailing?: Promise<void>;
  private inFlight?: Promise<void>;

  constructor(private readonly read: () => Promise<void>) {}

  /** The read a miss started, while it runs (a crowd missing at once may find what it looks for in it). */
  get running(): Promise<void> | undefined {
    return this.inFlight;
  }

  after(): Promise<void> {
    const wait = this.lastAt + MISS_RELOAD_MS - Date.now();
    if (wait <= 0) return this.start();
    this.trailing ??= new Promise<void>((resolve) => setTimeout(resolve, wait).unref()).then(() => {
      this.trailing = undefined;
      return this.start();
    });
    return this.trailing;
  }

  private start(): Promise<void> {
    this.lastAt = Date.now();
    const read = this.read();
    this.inFlight = read;
    read
      .catch(() => undefined)
      .finally(() => {
        if (this.inFlight === read) this.inFlight = undefined;
      });
    return read;
  }
}
