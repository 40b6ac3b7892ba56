import { MigrationInterface, QueryRunner } from 'typeorm';

export class SanctionDevice1796300432321 implements MigrationInterface {
  name = 'SanctionDevice1796300432321';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sanction" ADD "device_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_b2502803223815673203db86fa" ON "sanction" ("device_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_b2502803223815673203db86fa"`);
    await queryRunner.query(`ALTER TABLE "sanction" DROP COLUMN "device_id"`);
  }
}
