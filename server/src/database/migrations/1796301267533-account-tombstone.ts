import { MigrationInterface, QueryRunner } from 'typeorm';

/** Erased accounts stay as tombstones (deleted_at set, no email): see docs/privacy.md. */
export class AccountTombstone1796301267533 implements MigrationInterface {
  name = 'AccountTombstone1796301267533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_account"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_account" CHECK ("is_guest" OR "email" IS NOT NULL OR "deleted_at" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "app_user" WHERE "deleted_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_account"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_account" CHECK ("is_guest" OR "email" IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deleted_at"`);
  }
}
