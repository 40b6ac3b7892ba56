import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Campaign, CampaignDraft, CampaignPreview, Locale } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { fairFacts } from '../../common/fair-facts.read-model';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork } from '../../domain';
import { fairOf } from '../memberships';
import { AuditService } from '../audit/audit.service';
import { MailOutbox } from '../mail';
import type { MailContent } from './mail-content';
import { MailCampaignEntity } from './mail-campaign.entity';
import { MailPreferencesService } from './mail-preferences.service';
import { renderMail } from './mail-templates';
import { PersonalMail, PREFERENCES_PAGE_PATH, UNSUBSCRIBE_PAGE_PATH } from './personal-mail.service';
import { CampaignSegmentsReadModel } from './read-models/campaign-segments.read-model';

const MINUTE = 60_000;
const keyPrefix = (id: string) => `campaign:${id}:`;

/**
 * Organisers' campaigns: compose (id/en), preview the reach and a rendered sample, test to oneself, send.
 * Sending queues one outbox row per person in one transaction, each due `⌊i / perMinute⌋` minutes after
 * the start, so the outbox's workers deliver at most `perMinute` a minute (the throttle lives in the rows,
 * so it holds across nodes and restarts). People who turned campaigns off are left out.
 */
@Injectable()
export class MailCampaigns {
  constructor(
    @InjectRepository(MailCampaignEntity) private readonly repo: Repository<MailCampaignEntity>,
    private readonly segments: CampaignSegmentsReadModel,
    private readonly preferences: MailPreferencesService,
    private readonly mail: PersonalMail,
    private readonly outbox: MailOutbox,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async preview(eventId: string, draft: CampaignDraft): Promise<CampaignPreview> {
    const origin = this.config.linkOrigin;
    const links = {
      origin,
      fair: (await fairFacts(this.repo.manager, eventId))?.slug,
      preferences: `${origin}${PREFERENCES_PAGE_PATH}`,
      unsubscribe: `${origin}${UNSUBSCRIBE_PAGE_PATH}?token=…`,
    };
    return {
      count: (await this.audience(eventId, draft)).length,
      sample: {
        id: renderMail('id', content(draft)('id'), links),
        en: renderMail('en', content(draft)('en'), links),
      },
    };
  }

  /** The draft to the organiser alone, in their language, whatever their own preferences. */
  async test(caller: Caller, draft: CampaignDraft): Promise<{ queued: boolean }> {
    const queued = await this.mail.send(caller.sub, content(draft), {
      dedupeKey: `campaign-test:${randomUUID()}`,
      eventId: caller.eventId ?? null,
      anyway: true,
    });
    return { queued };
  }

  /** To the segment's people in the organiser's fair (`caller.eventId`). */
  async send(caller: Caller, draft: CampaignDraft): Promise<Campaign> {
    const eventId = fairOf(caller);
    const people = await this.audience(eventId, draft);
    const id = await this.uow.run(async (tx) => {
      const campaign = await tx.manager.save(
        tx.manager.create(MailCampaignEntity, {
          eventId,
          segment: draft.segment,
          subjectId: draft.subject.id,
          subjectEn: draft.subject.en,
          textId: draft.text.id,
          textEn: draft.text.en,
          perMinute: draft.perMinute,
          recipients: 0,
          createdBy: caller.sub,
        }),
      );
      const start = Date.now();
      let queued = 0;
      for (const userId of people) {
        const notBefore = new Date(start + Math.floor(queued / draft.perMinute) * MINUTE);
        const dedupeKey = `${keyPrefix(campaign.id)}${userId}`;
        if (await this.mail.send(userId, content(draft), { dedupeKey, eventId, notBefore }, tx)) queued++;
      }
      await tx.manager.update(MailCampaignEntity, { id: campaign.id }, { recipients: queued });
      const entry = { action: 'mail.campaign', entityType: 'mail_campaign', entityId: campaign.id };
      await this.audit.record(
        caller,
        { ...entry, after: { segment: draft.segment, recipients: queued } },
        tx,
      );
      return campaign.id;
    });
    return this.show(id);
  }

  async show(id: string): Promise<Campaign> {
    const c = await this.repo.findOneBy({ id });
    if (!c) throw notFound('campaign');
    return {
      id: c.id,
      segment: c.segment,
      subject: { id: c.subjectId, en: c.subjectEn },
      perMinute: c.perMinute,
      recipients: c.recipients,
      counts: await this.outbox.counts(this.repo.manager, keyPrefix(c.id)),
      createdAt: c.createdAt.toISOString(),
    };
  }

  /** The fair's latest campaigns. */
  async list(eventId: string): Promise<Campaign[]> {
    const rows = await this.repo.find({ where: { eventId }, order: { createdAt: 'DESC' }, take: 20 });
    return Promise.all(rows.map((r) => this.show(r.id)));
  }

  /** The segment's people in the fair who did not turn campaigns off. */
  private async audience(eventId: string, draft: CampaignDraft): Promise<string[]> {
    const members = await this.segments.members(eventId, draft.segment);
    const out = await this.preferences.optedOut(members, 'campaign');
    return members.filter((id) => !out.has(id));
  }
}

/** The campaign's words in the reader's language. */
const content =
  (draft: CampaignDraft) =>
  (locale: Locale): MailContent => ({
    kind: 'campaign',
    subject: draft.subject[locale],
    text: draft.text[locale],
  });
