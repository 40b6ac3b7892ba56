import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BuyerCard, BuyerDirectoryFilter, BuyerDirectoryPage } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Who appears in the directory: buyers who agreed to be listed, with a profile, whose account is neither
 * erased nor banned. Checked on every read, so revoking the listing (or a ban) hides a buyer at once.
 */
const LISTED = `u.role = 'buyer' AND u.directory_listed AND NOT u.is_guest AND u.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM sanction s WHERE s.user_id = u.id AND s.kind = 'ban'
                    AND s.lifted_at IS NULL AND (s.until IS NULL OR s.until > now()))`;

/** What a card shows: never e-mail, phone or anything else to reach the buyer outside the fair. */
const CARD = `u.id, u.display_name AS name, b.company, b.country, b.type, b.categories,
  b.products_sought AS "productsSought", b.languages, b.certifications, b.monthly_volume AS "monthlyVolume"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The buyer directory: reads the users module's `app_user` and `buyer_profile` and the moderation module's
 * `sanction`. Never writes.
 */
@Injectable()
export class BuyerDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(q: BuyerDirectoryFilter): Promise<BuyerDirectoryPage> {
    const where = [LISTED];
    const params: unknown[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.country) add((p) => `b.country = ${p}`, q.country);
    if (q.category) add((p) => `${p} = ANY(b.categories)`, q.category);
    if (q.type) add((p) => `b.type = ${p}`, q.type);
    if (q.language) add((p) => `${p} = ANY(b.languages)`, q.language);
    if (q.q) add((p) => `b.company ILIKE ${p}`, `%${escapeLike(q.q)}%`);
    const from = `FROM app_user u JOIN buyer_profile b ON b.user_id = u.id WHERE ${where.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const items: BuyerCard[] = await this.db.query(
      `SELECT ${CARD} ${from} ORDER BY b.company, u.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { items: items.map(card), total, page: q.page, pageSize: q.pageSize };
  }

  /** One listed buyer's card, or null (unlisted, erased, banned or not a buyer look the same). */
  async card(userId: string, m: EntityManager = this.db.manager): Promise<BuyerCard | null> {
    const [row]: BuyerCard[] = await m.query(
      `SELECT ${CARD} FROM app_user u JOIN buyer_profile b ON b.user_id = u.id WHERE u.id = $1 AND ${LISTED}`,
      [userId],
    );
    return row ? card(row) : null;
  }
}

/** The country column is char(2); the rest as stored. */
function card(row: BuyerCard): BuyerCard {
  return { ...row, country: row.country.trim() };
}
