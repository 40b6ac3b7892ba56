import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { Repository } from 'typeorm';
import { MetricsRegistry } from '../metrics';
import { MailOutboxEntity } from './mail-outbox.entity';

interface Depth {
  queued: string;
  due: string;
  dead: string;
  oldest_due_s: string | null;
}

/**
 * How deep the outbox is, read from its table when Prometheus scrapes (one small aggregate over the
 * `status, next_attempt_at` index): mail queued (pending, due now or waiting to retry), due now, dead, and
 * how long the oldest due mail has waited. Every node reads the same table, so workers and nodes report the
 * same figure (`max`, not a sum, when a cluster primary combines them). Sent-mail counts per node are the
 * worker's `pameran_mail_total`.
 */
@Injectable()
export class MailOutboxMetrics {
  private readonly logger = new Logger(MailOutboxMetrics.name);

  constructor(
    @InjectRepository(MailOutboxEntity) private readonly outbox: Repository<MailOutboxEntity>,
    registry: MetricsRegistry,
  ) {
    let last: Promise<Depth | undefined> | undefined;
    /** One query per scrape, shared by both gauges. */
    const depth = () => (last ??= this.read().finally(() => setImmediate(() => (last = undefined))));
    new Gauge({
      name: 'pameran_mail_outbox',
      help: 'Outgoing mail in the outbox: queued (pending), due (pending and due now), dead (given up)',
      labelNames: ['status'],
      registers: [registry],
      aggregator: 'max',
      async collect() {
        const d = await depth();
        if (!d) return;
        this.set({ status: 'queued' }, Number(d.queued));
        this.set({ status: 'due' }, Number(d.due));
        this.set({ status: 'dead' }, Number(d.dead));
      },
    });
    new Gauge({
      name: 'pameran_mail_outbox_oldest_due_seconds',
      help: 'How long the oldest mail due for sending has waited (0 when none is due)',
      registers: [registry],
      aggregator: 'max',
      async collect() {
        const d = await depth();
        if (d) this.set(Number(d.oldest_due_s ?? 0));
      },
    });
  }

  /** Undefined when the database does not answer: the scrape keeps the last figures rather than failing. */
  private async read(): Promise<Depth | undefined> {
    try {
      const [row] = await this.outbox.query<Depth[]>(
        `SELECT count(*) FILTER (WHERE status = 'pending') AS queued,
                count(*) FILTER (WHERE status = 'pending' AND next_attempt_at <= now()) AS due,
                count(*) FILTER (WHERE status = 'dead') AS dead,
                extract(epoch FROM now() - min(next_attempt_at) FILTER (
                  WHERE status = 'pending' AND next_attempt_at <= now())) AS oldest_due_s
           FROM mail_outbox
          WHERE status IN ('pending', 'dead')`,
      );
      return row;
    } catch (err) {
      this.logger.warn({ err }, 'could not read the outbox depth for metrics');
      return undefined;
    }
  }
}
