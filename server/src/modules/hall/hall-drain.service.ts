import { Injectable, Logger } from '@nestjs/common';
import { BoothVisitsService } from './booth-visits.service';
import { HallBroadcaster } from './hall.broadcaster';

/** After its reconnect hint a client still waits for socket.io's first backoff step (≤ 1.5 s) to close. */
const CLOSE_SLACK_MS = 2_000;

const until = async (done: () => boolean, deadline: number): Promise<void> => {
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
};

/**
 * A node's half of a deploy that loses nobody (docs/decisions/0017-workers-and-drain.md): once the HTTP
 * server has stopped accepting, every socket on this node is told to reconnect elsewhere after a random
 * delay (so the crowd does not land on the other nodes at once) with a resume token for its booth visit;
 * the node keeps serving them meanwhile, closes whoever is left, and waits for the acks it still owes.
 */
@Injectable()
export class HallDrain {
  private readonly logger = new Logger(HallDrain.name);
  private draining = false;
  private inFlight = 0;

  constructor(
    private readonly broadcaster: HallBroadcaster,
    private readonly visits: BoothVisitsService,
  ) {}

  /** True from the start of a drain: the health check answers 503 so load balancers stop sending here. */
  get isDraining(): boolean {
    return this.draining;
  }

  /** Counts an acknowledged handler's work, so that the drain does not close the node under it. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
    }
  }

  /** Hints spread over half of `budgetMs`; resolves when the sockets are gone and no ack is owed. */
  async drain(budgetMs: number): Promise<void> {
    this.draining = true;
    const started = Date.now();
    const ns = this.broadcaster.namespace;
    if (!ns) return;
    const spread = Math.floor(budgetMs / 2);
    const sockets = [...ns.sockets.values()];
    for (const socket of sockets)
      socket.emit('server:draining', {
        reconnectInMs: Math.floor(Math.random() * spread),
        resume: this.visits.resumeTokenFor(socket),
      });
    this.logger.log(
      { sockets: sockets.length, spreadMs: spread },
      'draining: sockets told to reconnect elsewhere',
    );
    await until(() => ns.sockets.size === 0, started + Math.min(budgetMs, spread + CLOSE_SLACK_MS));
    const stayed = ns.sockets.size;
    // Only this node's sockets (a namespace-wide disconnect would go to every node through the adapter).
    if (stayed) ns.local.disconnectSockets(true);
    await until(() => this.inFlight === 0, started + budgetMs);
    this.logger.log(
      { stayed, owedAcks: this.inFlight, ms: Date.now() - started },
      'drained: every socket has left this node',
    );
  }
}
