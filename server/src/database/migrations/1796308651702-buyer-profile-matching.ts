import { MigrationInterface, QueryRunner } from 'typeorm';

export class BuyerProfileMatching1796308651702 implements MigrationInterface {
  name = 'BuyerProfileMatching1796308651702';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "directory_listed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "directory_listed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" ADD "categories" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "buyer_profile" ADD "products_sought" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "buyer_profile" ADD "monthly_volume" integer`);
    await queryRunner.query(
      `ALTER TABLE "buyer_profile" ADD "target_markets" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "buyer_profile" ADD "certifications" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "buyer_profile" ADD "languages" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP COLUMN "languages"`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP COLUMN "certifications"`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP COLUMN "target_markets"`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP COLUMN "monthly_volume"`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP COLUMN "products_sought"`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP COLUMN "categories"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "directory_listed_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "directory_listed"`);
  }
}
