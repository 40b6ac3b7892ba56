import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadTalkBadgeNotes1796317958882 implements MigrationInterface {
  name = 'LeadTalkBadgeNotes1796317958882';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Leads from a talk-now conversation at the booth and from a badge scanned on site.
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "lead_kind"`);
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "lead_kind" CHECK ("kind" IN ('visit', 'chat', 'whatsapp', 'meeting', 'talk', 'badge'))`,
    );
    await queryRunner.query(`ALTER TABLE "lead" ADD "note" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "lead" ADD "score" smallint`);
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "lead_score" CHECK (score IS NULL OR score BETWEEN 1 AND 5)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "lead_score"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "score"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "note"`);
    await queryRunner.query(`DELETE FROM "lead" WHERE "kind" IN ('talk', 'badge')`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "lead_kind"`);
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "lead_kind" CHECK ("kind" IN ('visit', 'chat', 'whatsapp', 'meeting'))`,
    );
  }
}
