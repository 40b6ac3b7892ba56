import { MigrationInterface, QueryRunner } from 'typeorm';

export class AtlasPages1796318645502 implements MigrationInterface {
  name = 'AtlasPages1796318645502';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "atlas_page" ("event_id" uuid NOT NULL, "zone" character varying(32) NOT NULL, "version" integer NOT NULL, "source_hash" character varying(64) NOT NULL, "keys" jsonb NOT NULL, "cells" jsonb NOT NULL, "built_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "atlas_page_version" CHECK ("version" > 0), CONSTRAINT "atlas_page_zone" CHECK ("zone" IN ('makanan', 'minuman', 'aksesoris', 'fesyen', 'kerajinan', 'pertanian_perkebunan', 'peternakan', 'lainnya')), CONSTRAINT "PK_cba82c9018ed24713ce586490aa" PRIMARY KEY ("event_id", "zone"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "atlas_page" ADD CONSTRAINT "FK_479b656dbd82a36544193838445" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "atlas_page" DROP CONSTRAINT "FK_479b656dbd82a36544193838445"`);
    await queryRunner.query(`DROP TABLE "atlas_page"`);
  }
}
