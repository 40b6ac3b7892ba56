/** At most `limit` tasks at once; the rest wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    // A waiter is woken with the slot already counted as its own (see release): were it to count itself
    // when it resumes, a newcomer arriving in between would find the slot free and both would run.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Hands the slot straight to the first waiter, or frees it when nobody waits. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
