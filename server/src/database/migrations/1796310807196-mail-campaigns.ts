import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailCampaigns1796310807196 implements MigrationInterface {
  name = 'MailCampaigns1796310807196';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_campaign" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "segment" character varying(40) NOT NULL, "subject_id" character varying(200) NOT NULL, "subject_en" character varying(200) NOT NULL, "text_id" text NOT NULL, "text_en" text NOT NULL, "per_minute" integer NOT NULL, "recipients" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_campaign_segment" CHECK ("segment" IN ('buyers_without_meetings', 'exhibitors_without_availability', 'everyone')), CONSTRAINT "PK_d61acd685142b9dc65db6be0ce1" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_campaign"`);
  }
}
