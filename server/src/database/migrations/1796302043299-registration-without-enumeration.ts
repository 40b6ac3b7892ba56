import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationWithoutEnumeration1796302043299 implements MigrationInterface {
  name = 'RegistrationWithoutEnumeration1796302043299';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "pending_email" character varying(200)`);
    await queryRunner.query(`CREATE INDEX "IDX_36a279b5b2fe30edeba2d162ab" ON "app_user" ("pending_email") `);
    // TypeORM does not compare check expressions: an account may hold its address, have it pending,
    // or be an erased account's tombstone (the previous migration).
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_account"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_account" CHECK ("is_guest" OR "email" IS NOT NULL OR "pending_email" IS NOT NULL OR "deleted_at" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Accounts registered with a held address cannot keep it: they become guests again (nothing deleted).
    await queryRunner.query(
      `UPDATE "app_user" SET "is_guest" = true WHERE NOT "is_guest" AND "email" IS NULL AND "deleted_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_account"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_account" CHECK ("is_guest" OR "email" IS NOT NULL OR "deleted_at" IS NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_36a279b5b2fe30edeba2d162ab"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "pending_email"`);
  }
}
