import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadVisitorKey1796302633693 implements MigrationInterface {
  name = 'LeadVisitorKey1796302633693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" ADD "visitor_key" character varying(32)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "visitor_key"`);
  }
}
