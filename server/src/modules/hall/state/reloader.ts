/**
 * Re-reads some state after a change without ever keeping a read that started before the change: a
 * request that arrives while a read is running asks for one more read after it (requests in between
 * share it). `request()` resolves once a read that started after the call has been applied.
 */
export class Reloader<T> {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly apply: (value: T) => void,
  ) {}

  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => (this.running = null));
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      this.apply(await this.read());
    } while (this.again);
  }
}
