import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BuyerProfileInput, UpdateMeRequest, User } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { LeadEntity } from '../leads/lead.entity';
import { BuyerProfileEntity, UserEntity } from './user.entity';
import { UserException } from './users.exception';
import { notFound } from '../../common/common.exception';

export function toUserDto(user: UserEntity, profile: BuyerProfileEntity | null | undefined): User {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    isGuest: user.isGuest,
    locale: user.locale,
    timeZone: user.timeZone,
    leadConsent: user.leadConsent,
    exhibitorId: user.exhibitorId,
    buyerProfile: profile
      ? {
          type: profile.type,
          company: profile.company,
          country: profile.country,
          jobTitle: profile.jobTitle,
          interests: profile.interests,
        }
      : null,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: string, manager: EntityManager = this.db.manager): Promise<User> {
    const user = await manager.findOne(UserEntity, { where: { id } });
    if (!user) throw new UserException('account_gone', 'This account no longer exists');
    return toUserDto(user, await manager.findOne(BuyerProfileEntity, { where: { userId: id } }));
  }

  async saveBuyerProfile(manager: EntityManager, userId: string, input: BuyerProfileInput): Promise<void> {
    await manager.upsert(
      BuyerProfileEntity,
      { userId, ...input, jobTitle: input.jobTitle ?? null, interests: input.interests ?? [] },
      ['userId'],
    );
  }

  async update(id: string, dto: UpdateMeRequest): Promise<User> {
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      if (dto.buyerProfile && user.role !== 'buyer') {
        throw new UserException('not_a_buyer', 'Only buyer accounts have a buyer profile', [
          { path: 'buyerProfile', message: 'only buyer accounts have a buyer profile' },
        ]);
      }
      const consentChanged = dto.leadConsent !== undefined && dto.leadConsent !== user.leadConsent;
      await m.update(
        UserEntity,
        { id },
        {
          ...(dto.displayName !== undefined && { displayName: dto.displayName }),
          ...(dto.locale !== undefined && { locale: dto.locale }),
          ...(dto.timeZone !== undefined && { timeZone: dto.timeZone }),
          ...(consentChanged && {
            leadConsent: dto.leadConsent,
            leadConsentAt: dto.leadConsent ? new Date() : null,
          }),
        },
      );
      if (dto.buyerProfile) await this.saveBuyerProfile(m, id, dto.buyerProfile);
      return this.get(id, m);
    });
  }

  /** Everything we hold about the user, as one JSON document (personal-data-protection access right). */
  async export(id: string): Promise<Record<string, unknown>> {
    const user = await this.get(id);
    const leads = await this.db
      .getRepository(LeadEntity)
      .find({ where: { userId: id }, order: { createdAt: 'ASC' } });
    const actions = await this.db
      .getRepository(AuditLogEntity)
      .find({ where: { actorId: id }, order: { createdAt: 'ASC' } });
    return {
      exportedAt: new Date().toISOString(),
      user,
      leads: leads.map((l) => ({
        kind: l.kind,
        boothId: l.boothId,
        productId: l.productId,
        at: l.createdAt,
        endedAt: l.endedAt,
      })),
      auditedActions: actions.map((a) => ({
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        at: a.createdAt,
      })),
    };
  }

  /**
   * Erase the account: the user row and profile go (tokens cascade); leads keep their counts but lose the
   * person (user_id set null by the foreign key). Organisers' audit entries keep the action, not the name.
   */
  async delete(id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.update(AuditLogEntity, { actorId: id }, { actorName: null });
      const result = await m.delete(UserEntity, { id });
      if (!result.affected) throw notFound('User');
    });
  }
}
