import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HallCommands, HallQueries } from '../hall';
import { DashboardService } from './dashboard.service';
import { OnlineCounter } from './online-counter';

/** How often figures are recomputed and, when they changed, pushed. */
export const DASHBOARD_PUSH_MS = 2000;

/**
 * Pushes `dashboard` to organisers, throttled: every 2 s each node publishes its online count, then, for
 * each event with organisers connected to THIS node, recomputes the figures and sends them to those local
 * sockets only if anything changed. Local sends mean no organiser receives the same figures from two nodes.
 */
@Injectable()
export class DashboardLive implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DashboardLive.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  /** event id → fingerprint of the last figures pushed from this node. */
  private readonly last = new Map<string, string>();

  constructor(
    private readonly hallQueries: HallQueries,
    private readonly hallCommands: HallCommands,
    private readonly dashboards: DashboardService,
    private readonly online: OnlineCounter,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), DASHBOARD_PUSH_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.running) return; // a slow round is never overlapped by the next
    this.running = true;
    try {
      await this.online.publish();
      for (const eventId of this.online.localEvents()) await this.pushIfChanged(eventId);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'dashboard push failed');
    } finally {
      this.running = false;
    }
  }

  private async pushIfChanged(eventId: string): Promise<void> {
    if (!this.hallQueries.organisersOnThisNode(eventId)) {
      this.last.delete(eventId);
      return;
    }
    const figures = await this.dashboards.figuresOf(eventId);
    const fingerprint = JSON.stringify({ ...figures, at: undefined });
    if (this.last.get(eventId) === fingerprint) return;
    this.last.set(eventId, fingerprint);
    this.hallCommands.sendDashboardHere(eventId, figures);
  }
}
