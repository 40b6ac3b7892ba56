import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deals are verified before they count publicly (docs/domain.md, "Deals"). Deals confirmed before this
 * change and plausible (within the default range Rp100 ribu – Rp5 miliar) stay counted as verified; the rest
 * wait in the organiser's queue. The new value ceiling is NOT VALID so that a stored outlier does not stop
 * the upgrade: it holds for every new or changed row, and such an outlier can never be verified.
 */
export class DealVerification1796299811425 implements MigrationInterface {
  name = 'DealVerification1796299811425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deal_value_range" ("event_id" uuid NOT NULL, "min_value" bigint NOT NULL, "max_value" bigint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deal_value_range_bounds" CHECK ("min_value" > 0 AND "min_value" <= "max_value" AND "max_value" <= 1000000000000), CONSTRAINT "PK_91a586fecb0530fe592b500bfcf" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD "verification" character varying(8) NOT NULL DEFAULT 'claimed'`,
    );
    await queryRunner.query(`ALTER TABLE "deal" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "deal" ADD "verified_by" uuid`);
    await queryRunner.query(`ALTER TABLE "deal" ADD "rejection_reason" text`);
    await queryRunner.query(
      `CREATE INDEX "IDX_0761ad18cf0a154666d2a86fb5" ON "deal" ("event_id", "verification") `,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "deal_rejection_reason" CHECK ("verification" <> 'rejected' OR "rejection_reason" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "deal_verification" CHECK ("verification" IN ('claimed', 'verified', 'rejected'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_value_range" ADD CONSTRAINT "FK_91a586fecb0530fe592b500bfcf" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "deal_value"`);
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "deal_value" CHECK ("value" > 0 AND "value" <= 1000000000000) NOT VALID`,
    );
    await queryRunner.query(
      `UPDATE "deal" SET "verification" = 'verified', "verified_at" = "confirmed_at" WHERE "confirmed_at" IS NOT NULL AND "value" BETWEEN 100000 AND 5000000000`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "deal_value"`);
    await queryRunner.query(`ALTER TABLE "deal" ADD CONSTRAINT "deal_value" CHECK ("value" > 0)`);
    await queryRunner.query(
      `ALTER TABLE "deal_value_range" DROP CONSTRAINT "FK_91a586fecb0530fe592b500bfcf"`,
    );
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "deal_verification"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "deal_rejection_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0761ad18cf0a154666d2a86fb5"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "rejection_reason"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "verified_by"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "verified_at"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "verification"`);
    await queryRunner.query(`DROP TABLE "deal_value_range"`);
  }
}
