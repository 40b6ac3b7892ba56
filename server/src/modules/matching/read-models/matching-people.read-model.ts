import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category, ExhibitorRef, Party, Role, WorkingHours } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** An exhibitor as matching needs it: which event it is in, whether it is approved, what it sells. */
export interface MatchingExhibitor {
  id: string;
  eventId: string;
  approved: boolean;
  category: Category;
}

/** An account as matching needs it (the calendar feed's caller, auto-scheduling's working hours). */
export interface MatchingAccount {
  id: string;
  email: string | null;
  role: Role;
  displayName: string;
  isGuest: boolean;
  timeZone: string | null;
  workingHours: WorkingHours | null;
}

const ACCOUNT_COLUMNS = `u.id, u.email, u.role, u.display_name AS "displayName", u.is_guest AS "isGuest",
  u.time_zone AS "timeZone", u.working_hours AS "workingHours"`;

/**
 * The people and companies of business matching, deals and video: reads the users module's `app_user` and
 * `buyer_profile`, the exhibitors module's `exhibitor` and the booths module's `booth`. Never writes.
 * Every method takes the caller's `EntityManager` when it runs inside a transaction (the embedded database
 * has a single connection, so a read beside an open transaction would wait for it forever).
 */
@Injectable()
export class MatchingPeople {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** People by id, as parties (company and country for buyers); an erased account is `deleted`, unnamed. */
  async parties(ids: string[], m: EntityManager = this.db.manager): Promise<Map<string, Party>> {
    if (ids.length === 0) return new Map();
    const rows: Party[] = await m.query(
      `SELECT u.id, u.display_name AS name, NULLIF(b.company, '') AS company, b.country,
              u.time_zone AS "timeZone", u.deleted_at IS NOT NULL AS deleted
         FROM app_user u LEFT JOIN buyer_profile b ON b.user_id = u.id
        WHERE u.id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((p) => [p.id, p]));
  }

  /** Exhibitors by id, with their booth. */
  async exhibitors(ids: string[], m: EntityManager = this.db.manager): Promise<Map<string, ExhibitorRef>> {
    if (ids.length === 0) return new Map();
    const rows: ExhibitorRef[] = await m.query(
      `SELECT e.id, e.name, b.id AS "boothId", e.category
         FROM exhibitor e LEFT JOIN booth b ON b.exhibitor_id = e.id
        WHERE e.id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((e) => [e.id, e]));
  }

  async exhibitor(id: string, m: EntityManager = this.db.manager): Promise<MatchingExhibitor | null> {
    const [row]: MatchingExhibitor[] = await m.query(
      `SELECT id, event_id AS "eventId", status = 'approved' AS approved, category FROM exhibitor WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Everyone who acts for an exhibitor (owner and staff): the holders of its staff membership. */
  async staffOf(exhibitorId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT u.id FROM membership ms JOIN app_user u ON u.id = ms.user_id AND u.deleted_at IS NULL
       WHERE ms.exhibitor_id = $1 AND ms.role = 'exhibitor'`,
      [exhibitorId],
    );
    return rows.map((r) => r.id);
  }

  async accounts(ids: string[], m: EntityManager = this.db.manager): Promise<MatchingAccount[]> {
    if (ids.length === 0) return [];
    return m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user u WHERE u.id = ANY($1)`, [[...new Set(ids)]]);
  }

  async account(id: string, m: EntityManager = this.db.manager): Promise<MatchingAccount | null> {
    return (await this.accounts([id], m))[0] ?? null;
  }

  /** Accounts by (lower-cased) email. */
  byEmail(emails: string[], m: EntityManager = this.db.manager): Promise<MatchingAccount[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user u WHERE u.email = ANY($1)`, [emails]);
  }
}
