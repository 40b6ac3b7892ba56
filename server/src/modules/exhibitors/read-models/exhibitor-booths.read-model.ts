import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AUDITION_STAGES, type ExhibitorAdminQuery } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, likeEscape } from '../../../common/pagination';
import { ExhibitorEntity } from '../exhibitor.entity';

/**
 * Exhibitors with the id of their booth, for the organisers' list and the exhibitor's own record. Reads the
 * booths module's `booth` table (an exhibitor has a booth once approved), the events module's `event`
 * (by slug) and the audition's `audition_review` (an application's stage is how many stages it has passed,
 * since stages are passed in order: docs/decisions/0028-audition-stages.md).
 */
@Injectable()
export class ExhibitorBoothsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async boothOf(exhibitorId: string): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }[]>('SELECT id FROM booth WHERE exhibitor_id = $1', [
      exhibitorId,
    ]);
    return row?.id ?? null;
  }

  async list(query: ExhibitorAdminQuery) {
    const offset = decodeCursor(query.cursor);
    const qb = this.db
      .getRepository(ExhibitorEntity)
      .createQueryBuilder('e')
      .leftJoin('booth', 'b', 'b.exhibitor_id = e.id')
      .addSelect('b.id', 'booth_id');
    if (query.event)
      qb.andWhere('e.event_id = (SELECT id FROM event WHERE slug = :slug)', { slug: query.event });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.stage) {
      qb.andWhere(
        // The stage's place in the fair's own list, or in the default one while the fair has none
        // (docs/decisions/0035-fair-gaps.md).
        `(SELECT count(DISTINCT r.stage) FROM audition_review r
          WHERE r.exhibitor_id = e.id AND r.decision = 'passed') =
         CASE WHEN EXISTS (SELECT 1 FROM audition_stage s WHERE s.event_id = e.event_id)
              THEN (SELECT s.position FROM audition_stage s WHERE s.event_id = e.event_id AND s.key = :stage)
              ELSE :defaultIndex END`,
        { stage: query.stage, defaultIndex: (AUDITION_STAGES as readonly string[]).indexOf(query.stage) },
      );
    }
    if (query.region) qb.andWhere('e.region = :region', { region: query.region });
    if (query.category) qb.andWhere('e.category = :category', { category: query.category });
    if (query.q) qb.andWhere('lower(e.name) LIKE :q', { q: `%${likeEscape(query.q.toLowerCase())}%` });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id')
      .offset(offset)
      .limit(query.limit)
      .getRawAndEntities();
    const rows = entities.map((e, i) => ({
      exhibitor: e,
      boothId: (raw[i] as { booth_id: string | null }).booth_id,
    }));
    return { rows, total, offset };
  }
}
