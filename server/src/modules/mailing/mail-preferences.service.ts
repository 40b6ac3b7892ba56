import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  MailKind,
  MANDATORY_MAIL_KINDS,
  type MailPreferences,
  type UpdateMailPreferences,
} from '@pameran/contracts';
import { EntityManager, Repository } from 'typeorm';
import { MailPreferenceEntity } from './mail-preference.entity';

/** Which kinds of mail a person gets: on unless they turned it off; mandatory kinds always on. */
@Injectable()
export class MailPreferencesService {
  constructor(
    @InjectRepository(MailPreferenceEntity) private readonly repo: Repository<MailPreferenceEntity>,
  ) {}

  async get(userId: string): Promise<MailPreferences> {
    const off = new Set((await this.repo.findBy({ userId, enabled: false })).map((r) => r.kind as MailKind));
    const kinds = Object.fromEntries(
      MailKind.options.map((k) => [k, !off.has(k)]),
    ) as MailPreferences['kinds'];
    return { kinds };
  }

  /** Set some switches; a mandatory kind stays on whatever is asked. */
  async update(userId: string, change: UpdateMailPreferences): Promise<MailPreferences> {
    const rows = Object.entries(change.kinds)
      .filter(([kind]) => !MANDATORY_MAIL_KINDS.includes(kind as MailKind))
      .map(([kind, enabled]) => ({ userId, kind: kind as MailKind, enabled: Boolean(enabled) }));
    if (rows.length) await this.repo.upsert(rows, ['userId', 'kind']);
    return this.get(userId);
  }

  /** Whether this kind may be mailed to this person now (read in the sender's transaction when given). */
  async allows(userId: string, kind: MailKind, m?: EntityManager): Promise<boolean> {
    if (MANDATORY_MAIL_KINDS.includes(kind)) return true;
    const repo = m ? m.getRepository(MailPreferenceEntity) : this.repo;
    return !(await repo.existsBy({ userId, kind, enabled: false }));
  }

  /** Erasure: a person's switches are theirs alone (an erased account gets no mail anyway). */
  async forget(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }

  /** People among `userIds` who turned this kind off (for campaigns and digests, one query). */
  async optedOut(userIds: string[], kind: MailKind): Promise<Set<string>> {
    if (!userIds.length || MANDATORY_MAIL_KINDS.includes(kind)) return new Set();
    const rows = await this.repo
      .createQueryBuilder('p')
      .where('p.user_id = ANY(:ids) AND p.kind = :kind AND NOT p.enabled', { ids: userIds, kind })
      .getMany();
    return new Set(rows.map((r) => r.userId));
  }
}
