import { MigrationInterface, QueryRunner } from 'typeorm';

/** The exhibitor's back office: staff invitations, booth theme and staffed hours, uploaded logo and photos. */

export class Backoffice1795927637474 implements MigrationInterface {
  name = 'Backoffice1795927637474';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_invite" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exhibitor_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "note" character varying(80) NOT NULL DEFAULT '', "created_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "used_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b396eec4532380dcbb63ac5157a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5e8e0dd8ff207a5d3c7c8c4cae" ON "staff_invite" ("exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f2f9e96849494dd2a747dc7f44" ON "staff_invite" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "exhibitor" ADD "theme" character varying(16) NOT NULL DEFAULT 'classic'`,
    );
    await queryRunner.query(`ALTER TABLE "exhibitor" ADD "logo_key" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "exhibitor" ADD "staff_hours" jsonb`);
    await queryRunner.query(`ALTER TABLE "product" ADD "image_key" character varying(32)`);
    await queryRunner.query(
      `ALTER TABLE "exhibitor" ADD CONSTRAINT "exhibitor_theme" CHECK ("theme" IN ('classic', 'batik', 'bambu', 'kubah'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_invite" ADD CONSTRAINT "FK_5e8e0dd8ff207a5d3c7c8c4caed" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_invite" ADD CONSTRAINT "FK_c2355530dbb5ae6c73b6426f521" FOREIGN KEY ("used_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_invite" DROP CONSTRAINT "FK_c2355530dbb5ae6c73b6426f521"`);
    await queryRunner.query(`ALTER TABLE "staff_invite" DROP CONSTRAINT "FK_5e8e0dd8ff207a5d3c7c8c4caed"`);
    await queryRunner.query(`ALTER TABLE "exhibitor" DROP CONSTRAINT "exhibitor_theme"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "image_key"`);
    await queryRunner.query(`ALTER TABLE "exhibitor" DROP COLUMN "staff_hours"`);
    await queryRunner.query(`ALTER TABLE "exhibitor" DROP COLUMN "logo_key"`);
    await queryRunner.query(`ALTER TABLE "exhibitor" DROP COLUMN "theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2f9e96849494dd2a747dc7f44"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e8e0dd8ff207a5d3c7c8c4cae"`);
    await queryRunner.query(`DROP TABLE "staff_invite"`);
  }
}
