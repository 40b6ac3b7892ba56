import { performance } from 'node:perf_hooks';
import { Histogram, type Registry } from 'prom-client';

/** How often the loop is sampled. */
const RESOLUTION_MS = 10;
/** The longest window a reader may ask about. */
export const EVENT_LOOP_WINDOW_SECONDS = 60;

export interface DelaySummary {
  p50: number;
  p99: number;
  max: number;
}

/**
 * How late a 10 ms timer runs (the time the loop was busy with something else), kept two ways, neither
 * reset by a reader: the samples of the last minute, from which any caller reads percentiles of a recent
 * window, and a cumulative Prometheus histogram (a scraper takes rates over its own intervals).
 * Node's monitorEventLoopDelay was used before; its figures include the timer's own 10 ms and only a
 * reset starts a new period, so one reader's reset emptied every other reader's figures.
 */
export class EventLoopDelay {
  private readonly capacity = (EVENT_LOOP_WINDOW_SECONDS * 1000) / RESOLUTION_MS;
  /** Ring of samples: when taken (performance.now()) and how late (ms). */
  private readonly at = new Float64Array(this.capacity);
  private readonly late = new Float64Array(this.capacity);
  private next = 0;
  private size = 0;
  private last = performance.now();
  private readonly histogram: Histogram;
  private readonly timer: NodeJS.Timeout;

  constructor(registry: Registry) {
    this.histogram = new Histogram({
      name: 'pameran_event_loop_delay_seconds',
      help: 'How late a 10 ms timer ran: time the event loop was busy with other work',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    this.timer = setInterval(() => this.sample(), RESOLUTION_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Percentiles (ms, nearest rank) of the samples of the last `seconds`; zeros before the first one. */
  summary(seconds = EVENT_LOOP_WINDOW_SECONDS): DelaySummary {
    const since = performance.now() - seconds * 1000;
    const window = new Float64Array(this.size);
    let n = 0;
    for (let i = 0; i < this.size; i++) if (this.at[i] >= since) window[n++] = this.late[i];
    if (!n) return { p50: 0, p99: 0, max: 0 };
    const sorted = window.subarray(0, n).sort();
    const rank = (p: number) => sorted[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)];
    return { p50: rank(50), p99: rank(99), max: sorted[n - 1] };
  }

  private sample(): void {
    const now = performance.now();
    const late = Math.max(0, now - this.last - RESOLUTION_MS);
    this.last = now;
    this.at[this.next] = now;
    this.late[this.next] = late;
    this.next = (this.next + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
    this.histogram.observe(late / 1000);
  }
}
