import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legacy `app_user.exhibitor_id` goes: a person's teams are their `exhibitor` memberships, one per fair,
 * which the many-fairs migration already wrote for every team this column held (docs/decisions/0032).
 */
export class DropExhibitorMirror1796350778044 implements MigrationInterface {
  name = 'DropExhibitorMirror1796350778044';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_e56c9dee4a8841048fe3e8c350a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e56c9dee4a8841048fe3e8c350"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "exhibitor_id"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "exhibitor_id" uuid`);
    // Back to the mirror's meaning: the first team the person joined.
    await queryRunner.query(
      `UPDATE "app_user" u SET "exhibitor_id" = (SELECT ms."exhibitor_id" FROM "membership" ms
        WHERE ms."user_id" = u."id" AND ms."role" = 'exhibitor' ORDER BY ms."created_at" LIMIT 1)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e56c9dee4a8841048fe3e8c350" ON "app_user" ("exhibitor_id") `);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_e56c9dee4a8841048fe3e8c350a" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }
}
