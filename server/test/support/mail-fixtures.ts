import type { NotificationKind } from '@pameran/contracts';
import { UnitOfWork } from '../../src/domain';
import { MailOutboxEntity } from '../../src/modules/mail/mail-outbox.entity';
import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import type { TestApp } from './create-app';
import type { ReceivedMail } from './smtp-sink';

/** Helpers shared by the mail specs: notify someone as a feature would, and follow a mail's links. */
export class MailFixtures {
  constructor(private readonly t: TestApp) {}

  /**
   * Store an in-app notification the way features do (mail follows from `notification.created`), about the
   * fair `eventId` when given.
   */
  notify(
    userId: string,
    kind: NotificationKind,
    data: Record<string, string> = {},
    eventId: string | null = null,
  ): Promise<void> {
    const notifications = this.t.app.get(NotificationsService);
    return this.t.app
      .get(UnitOfWork)
      .run((tx) => notifications.notify(tx, [userId], kind, data, '/meetings', eventId));
  }

  /** Outbox rows of one kind to one address (queued synchronously by the listeners). */
  outboxRows(to: string, kind: string): Promise<MailOutboxEntity[]> {
    return this.t.db.getRepository(MailOutboxEntity).findBy({ to, kind });
  }

  /** The one-click URL of a mail's `List-Unsubscribe` header, as a path on the app under test. */
  static unsubscribePath(mail: ReceivedMail): string {
    const url = /<([^>]+)>/.exec(mail.header('List-Unsubscribe'))?.[1];
    if (!url) throw new Error('no List-Unsubscribe header');
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  }

  /** POST the one-click body a mail client sends (RFC 8058), with no sign-in. */
  oneClick(path: string) {
    return this.t.http.request('POST', path, {
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}

/** Poll `read` until `ok` holds (mail is sent by a worker ticking once a second). */
export async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
