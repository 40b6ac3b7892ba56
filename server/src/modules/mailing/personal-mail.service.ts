import { Injectable, Logger } from '@nestjs/common';
import { MANDATORY_MAIL_KINDS, type Locale } from '@pameran/contracts';
import { fairFacts } from '../../common/fair-facts.read-model';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork, type Tx } from '../../domain';
import { MailOutbox, type MailAttachment } from '../mail';
import { UsersService } from '../users/users.service';
import type { MailContent } from './mail-content';
import { MailPreferencesService } from './mail-preferences.service';
import { localised, renderMail } from './mail-templates';
import { UnsubscribeTokens } from './unsubscribe-token';

/** Where a signed link turns a kind off: the API (for RFC 8058 one-click) and the public page. */
export const UNSUBSCRIBE_API_PATH = '/api/mail/unsubscribe';
export const UNSUBSCRIBE_PAGE_PATH = '/unsubscribe';
export const PREFERENCES_PAGE_PATH = '/settings/mail';
export interface SendOptions {
  /** Names the logical mail: a second send with it queues nothing. */
  dedupeKey: string;
  /**
   * The fair the mail is about: its button opens that fair's pages (`/e/<slug>/…`) and its times are in the
   * fair's zone for people who never chose one. Null for a mail about no fair (times then in UTC).
   */
  eventId: string | null;
  attachments?: MailAttachment[];
  /** Not sent before this time (throttled campaigns). */
  notBefore?: Date;
  /** Sent whatever the preferences say: only for a mail the person asked for (a campaign's test to oneself). */
  anyway?: boolean;
}

/** The zone for a mail about no fair to someone who never chose one: no fair's zone is theirs. */
const NO_FAIR_TIME_ZONE = 'UTC';

/**
 * Mail to one person, in their account's language, queued through the outbox: skipped when they have no
 * address (guests, erased accounts), or turned this kind off. Mail that can be turned off carries RFC 8058 headers
 * (`List-Unsubscribe` with a signed link, `List-Unsubscribe-Post: List-Unsubscribe=One-Click`), so a mail
 * client's "unsubscribe" button turns it off with one POST and no sign-in.
 */
@Injectable()
export class PersonalMail {
  private readonly logger = new Logger(PersonalMail.name);
  readonly tokens: UnsubscribeTokens;

  constructor(
    private readonly outbox: MailOutbox,
    private readonly users: UsersService,
    private readonly preferences: MailPreferencesService,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.jwtSecret);
  }

  /** Queue `content` for `userId` once per `dedupeKey` (in `tx` when given); false when nothing was queued. */
  async send(
    userId: string,
    contentFor: MailContent | ((locale: Locale) => MailContent),
    opts: SendOptions,
    tx?: Tx,
  ): Promise<boolean> {
    if (!this.outbox.enabled) return false;
    return this.uow.within(tx, async (unit) => {
      const user = await this.users.find(userId, unit);
      if (!user?.email || user.isGuest) return false;
      const content = typeof contentFor === 'function' ? contentFor(user.locale) : contentFor;
      const allowed = opts.anyway || (await this.preferences.allows(userId, content.kind, unit.manager));
      if (!allowed) return false;
      const origin = this.config.linkOrigin;
      const optional = !MANDATORY_MAIL_KINDS.includes(content.kind);
      const token = optional ? encodeURIComponent(this.tokens.sign(userId, content.kind)) : undefined;
      const fair = opts.eventId ? await fairFacts(unit.manager, opts.eventId) : null;
      const zone = user.timeZone ?? fair?.timeZone ?? NO_FAIR_TIME_ZONE;
      const rendered = renderMail(user.locale, localised(content, user.locale, zone), {
        origin,
        fair: fair?.slug,
        preferences: `${origin}${PREFERENCES_PAGE_PATH}`,
        unsubscribe: token && `${origin}${UNSUBSCRIBE_PAGE_PATH}?token=${token}`,
      });
      await this.outbox.enqueue(unit.manager, {
        dedupeKey: opts.dedupeKey,
        kind: content.kind,
        to: user.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: opts.attachments,
        notBefore: opts.notBefore,
        headers: token
          ? {
              'List-Unsubscribe': `<${origin}${UNSUBSCRIBE_API_PATH}?token=${token}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : undefined,
      });
      this.logger.debug({ userId, kind: content.kind }, 'mail queued');
      return true;
    });
  }
}
