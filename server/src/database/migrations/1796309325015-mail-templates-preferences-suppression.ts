import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailTemplatesPreferencesSuppression1796309325015 implements MigrationInterface {
  name = 'MailTemplatesPreferencesSuppression1796309325015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_suppression" ("address" character varying(200) NOT NULL, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e2e326959fd25c326c10b41810d" PRIMARY KEY ("address"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_preference" ("user_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e33f3efb923f42320ba95953a7" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "html" text`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "headers" jsonb`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "attachments" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "headers"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "html"`);
    await queryRunner.query(`DROP TABLE "mail_preference"`);
    await queryRunner.query(`DROP TABLE "mail_suppression"`);
  }
}
