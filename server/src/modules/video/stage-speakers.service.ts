import { Injectable } from '@nestjs/common';
import type { StageSpeaker } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { StageReadModel } from './read-models/stage.read-model';
import { StageSpeakerEntity } from './video.entities';
import { invalid, notFound } from '../../common/common.exception';

/** The organiser chooses who speaks on a stage session (everyone else watches); each change is audited. */
@Injectable()
export class StageSpeakers {
  constructor(
    private readonly stage: StageReadModel,
    private readonly people: MatchingPeople,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  list(sessionId: string): Promise<StageSpeaker[]> {
    return this.stage.speakers(sessionId);
  }

  async set(
    caller: Caller,
    sessionId: string,
    dto: { userIds?: string[]; emails?: string[] },
  ): Promise<StageSpeaker[]> {
    if (!(await this.stage.session(sessionId))) throw notFound('Stage session');
    const userIds = dto.userIds ?? (await this.idsByEmail(dto.emails ?? []));
    await this.uow.run(async ({ manager: m }) => {
      await m.delete(StageSpeakerEntity, { sessionId });
      if (userIds.length)
        await m.insert(
          StageSpeakerEntity,
          userIds.map((userId) => ({ sessionId, userId })),
        );
      await this.audit.record(
        caller,
        { action: 'stage.speakers', entityType: 'schedule_session', entityId: sessionId, after: { userIds } },
        m,
      );
    });
    return this.list(sessionId);
  }

  /** Accounts by email, or 422 naming the first unknown one. */
  private async idsByEmail(emails: string[]): Promise<string[]> {
    const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
    const users = await this.people.byEmail(wanted);
    const missing = wanted.findIndex((e) => !users.some((u) => u.email === e));
    if (missing >= 0) {
      const path = `emails.${missing}`;
      throw invalid(path, 'no account with this email');
    }
    return users.map((u) => u.id);
  }
}
