import { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestDirectionAndBlockChanges1796308966605 implements MigrationInterface {
  name = 'RequestDirectionAndBlockChanges1796308966605';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD "asked_by" character varying(10) NOT NULL DEFAULT 'buyer'`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_request" ADD "sender_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "block_change" character varying(200)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_5d6ee11d6930f112f50a9c2a35" ON "meeting_request" ("sender_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "meeting_request_asked_by" CHECK ("asked_by" IN ('buyer', 'exhibitor'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_5d6ee11d6930f112f50a9c2a35d" FOREIGN KEY ("sender_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_5d6ee11d6930f112f50a9c2a35d"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "meeting_request_asked_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d6ee11d6930f112f50a9c2a35"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "block_change"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP COLUMN "sender_id"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP COLUMN "asked_by"`);
  }
}
