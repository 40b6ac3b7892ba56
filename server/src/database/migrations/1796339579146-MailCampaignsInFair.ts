import { MigrationInterface, QueryRunner } from 'typeorm';

/** A mail campaign is sent in one fair (docs/decisions/0025-many-fairs.md). */
export class MailCampaignsInFair1796339579146 implements MigrationInterface {
  name = 'MailCampaignsInFair1796339579146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_campaign" ADD "event_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_ea0d86d7024b1eadbbac9f11e6" ON "mail_campaign" ("event_id") `);
    await queryRunner.query(
      `ALTER TABLE "mail_campaign" ADD CONSTRAINT "FK_ea0d86d7024b1eadbbac9f11e6d" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Campaigns sent before fairs were told apart belong to the installation's fair when it had one
    // (as ManyFairsMemberships did for sanctions); on several they stay unattached (docs/decisions/0025).
    await queryRunner.query(
      `UPDATE "mail_campaign" SET "event_id" = (SELECT "id" FROM "event") WHERE (SELECT count(*) FROM "event") = 1`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_campaign" DROP CONSTRAINT "FK_ea0d86d7024b1eadbbac9f11e6d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea0d86d7024b1eadbbac9f11e6"`);
    await queryRunner.query(`ALTER TABLE "mail_campaign" DROP COLUMN "event_id"`);
  }
}
