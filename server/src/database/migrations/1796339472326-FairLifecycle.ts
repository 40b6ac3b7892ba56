import { MigrationInterface, QueryRunner } from 'typeorm';

export class FairLifecycle1796339472326 implements MigrationInterface {
  name = 'FairLifecycle1796339472326';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event" ADD "categories" jsonb NOT NULL DEFAULT '["makanan", "minuman", "aksesoris", "fesyen", "kerajinan", "pertanian_perkebunan", "peternakan", "lainnya"]'`,
    );
    await queryRunner.query(`ALTER TABLE "event" ADD "zone_capacity" integer NOT NULL DEFAULT '100'`);
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_zone_capacity" CHECK ("zone_capacity" BETWEEN 1 AND 100)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_zone_capacity"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "zone_capacity"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "categories"`);
  }
}
