import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MailSuppressionEntity } from './mail-suppression.entity';

/** A suppressed address as organisers see it. */
export interface MailSuppression {
  address: string;
  reason: string;
  createdAt: string;
}

/** Addresses that refused mail for good (docs/decisions/0011-mail-outbox.md): kept, listed, lifted. */
@Injectable()
export class MailSuppressions {
  constructor(
    @InjectRepository(MailSuppressionEntity) private readonly repo: Repository<MailSuppressionEntity>,
  ) {}

  async isSuppressed(address: string): Promise<boolean> {
    return this.repo.existsBy({ address: address.toLowerCase() });
  }

  /** Record a permanent refusal; the first reason stays if the address is already suppressed. */
  async suppress(address: string, reason: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({ address: address.toLowerCase(), reason: reason.slice(0, 500) })
      .orIgnore()
      .execute();
  }

  async list(): Promise<MailSuppression[]> {
    const rows = await this.repo.find({ order: { createdAt: 'DESC' }, take: 500 });
    return rows.map((r) => ({ address: r.address, reason: r.reason, createdAt: r.createdAt.toISOString() }));
  }

  /** Lift a suppression; true if there was one. */
  async lift(address: string): Promise<boolean> {
    return Boolean((await this.repo.delete({ address: address.toLowerCase() })).affected);
  }
}
