import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1796299820790 implements MigrationInterface {
  name = 'MailOutbox1796299820790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "dedupe_key" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "to_address" character varying(200) NOT NULL, "subject" character varying(300) NOT NULL, "body" text, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" character varying(500), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_outbox_status" CHECK ("status" IN ('pending', 'sent', 'dead')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f98b21146dd23ba194f53d8a3d" ON "mail_outbox" ("dedupe_key") `,
    );
    await queryRunner.query(`CREATE INDEX "mail_outbox_due" ON "mail_outbox" ("status", "next_attempt_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f98b21146dd23ba194f53d8a3d"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
