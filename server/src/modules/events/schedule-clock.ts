import { Injectable } from '@nestjs/common';

/**
 * The schedule's notion of "now". Tests move it; the demo shifts the schedule by an offset so the fair is
 * always open when someone tries it (rows are never rewritten; the offset is applied when reading).
 */
@Injectable()
export class ScheduleClock {
  private shift = 0;
  private fixed?: number;

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  /** Milliseconds added to every stored session time when it is read. */
  get offsetMs(): number {
    return this.shift;
  }

  setOffset(ms: number): void {
    this.shift = Math.round(ms);
  }

  /** Tests only: freeze the clock at a moment (undefined = real time again). */
  freeze(at: Date | undefined): void {
    this.fixed = at?.getTime();
  }
}
