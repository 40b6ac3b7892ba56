import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = [
  'request_new',
  'request_accepted',
  'request_declined',
  'request_countered',
  'request_expired',
  'request_cancelled',
  'meeting_scheduled',
  'meeting_cancelled',
  'meeting_reminder',
  'deal_to_confirm',
  'deal_confirmed',
  'sourcing_response',
  'deal_verified',
  'deal_rejected',
];
const ADDED = ['message_new', 'meeting_moved', 'outcome_to_record'];
const AFTER = [...BEFORE, ...ADDED];
const check = (kinds: string[]) =>
  `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind" CHECK ("kind" IN (${kinds.map((k) => `'${k}'`).join(', ')}))`;

/** Messages between parties, meetings moved with their block, and the ask to record an outcome. */
export class MatchingNotifications1796308600000 implements MigrationInterface {
  name = 'MatchingNotifications1796308600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind"`);
    await queryRunner.query(check(AFTER));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const list = ADDED.map((k) => `'${k}'`).join(', ');
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" IN (${list})`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind"`);
    await queryRunner.query(check(BEFORE));
  }
}
