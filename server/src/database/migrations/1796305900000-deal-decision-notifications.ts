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
];
const AFTER = [...BEFORE, 'deal_verified', 'deal_rejected'];
const check = (kinds: string[]) =>
  `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind" CHECK ("kind" IN (${kinds.map((k) => `'${k}'`).join(', ')}))`;

/** The organiser's verification decision is told to both parties (TypeORM does not diff check lists). */
export class DealDecisionNotifications1796305900000 implements MigrationInterface {
  name = 'DealDecisionNotifications1796305900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind"`);
    await queryRunner.query(check(AFTER));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" IN ('deal_verified', 'deal_rejected')`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind"`);
    await queryRunner.query(check(BEFORE));
  }
}
