import { MigrationInterface, QueryRunner } from 'typeorm';

export class ManyFairsMemberships1796337460951 implements MigrationInterface {
  name = 'ManyFairsMemberships1796337460951';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "exhibitor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_exhibitor" CHECK (("role" = 'exhibitor') = ("exhibitor_id" IS NOT NULL)), CONSTRAINT "membership_role" CHECK ("role" IN ('organiser', 'exhibitor')), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a5bbbf1d51331d1ff4e6419c48" ON "membership" ("event_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_fe02809447ff21318bc4698cf5" ON "membership" ("exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_894e56e1a4377be64e4b9447c9" ON "membership" ("user_id", "event_id", "role") `,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "event_id" uuid`);
    await queryRunner.query(`ALTER TABLE "chat_message" ADD "event_id" uuid`);
    await queryRunner.query(`ALTER TABLE "sanction" ADD "event_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "event" ADD "status" character varying(16) NOT NULL DEFAULT 'draft'`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "event_id" uuid`);
    await queryRunner.query(`ALTER TABLE "lead" ADD "event_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_c37ba8970192420a944eaef393" ON "audit_log" ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8888ee5a7e080dfc37dfc32652" ON "chat_message" ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_01e71eb6ec4c2b6b0ddefebda6" ON "sanction" ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_122be1f0696e0255acf95f9e33" ON "notification" ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0e3a022852537b7a1237efab44" ON "lead" ("event_id") `);
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_status" CHECK ("status" IN ('draft', 'registration', 'published', 'live', 'closed', 'archived'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_message" ADD CONSTRAINT "FK_8888ee5a7e080dfc37dfc326524" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sanction" ADD CONSTRAINT "FK_01e71eb6ec4c2b6b0ddefebda6e" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_122be1f0696e0255acf95f9e336" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_0e3a022852537b7a1237efab44b" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_a5bbbf1d51331d1ff4e6419c48e" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_fe02809447ff21318bc4698cf54" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Accounts may be platform administrators (never through the API).
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_role"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_role" CHECK ("role" IN ('visitor', 'buyer', 'exhibitor', 'organiser', 'platform_admin'))`,
    );
    // The single-fair days' data (docs/decisions/0025-many-fairs.md): fairs that exist were running,
    // organisers organise them, staff are members of their exhibitor's fair.
    await queryRunner.query(`UPDATE "event" SET "status" = 'live'`);
    await queryRunner.query(
      `INSERT INTO "membership" ("user_id", "event_id", "role")
       SELECT u."id", e."id", 'organiser' FROM "app_user" u CROSS JOIN "event" e
       WHERE u."role" = 'organiser' AND u."deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "membership" ("user_id", "event_id", "role", "exhibitor_id")
       SELECT u."id", x."event_id", 'exhibitor', x."id" FROM "app_user" u JOIN "exhibitor" x ON x."id" = u."exhibitor_id"
       WHERE u."deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `UPDATE "lead" l SET "event_id" = b."event_id" FROM "booth" b WHERE b."id" = l."booth_id"`,
    );
    await queryRunner.query(
      `UPDATE "chat_message" c SET "event_id" = b."event_id" FROM "booth" b WHERE b."id" = c."booth_id"`,
    );
    for (const table of ['sanction', 'notification', 'audit_log']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "event_id" = (SELECT "id" FROM "event") WHERE (SELECT count(*) FROM "event") = 1`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "app_user" WHERE "role" = 'platform_admin'`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_role"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_role" CHECK ("role" IN ('visitor', 'buyer', 'exhibitor', 'organiser'))`,
    );
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_fe02809447ff21318bc4698cf54"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_a5bbbf1d51331d1ff4e6419c48e"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_0e3a022852537b7a1237efab44b"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_122be1f0696e0255acf95f9e336"`);
    await queryRunner.query(`ALTER TABLE "sanction" DROP CONSTRAINT "FK_01e71eb6ec4c2b6b0ddefebda6e"`);
    await queryRunner.query(`ALTER TABLE "chat_message" DROP CONSTRAINT "FK_8888ee5a7e080dfc37dfc326524"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e3a022852537b7a1237efab44"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_122be1f0696e0255acf95f9e33"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01e71eb6ec4c2b6b0ddefebda6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8888ee5a7e080dfc37dfc32652"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c37ba8970192420a944eaef393"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP COLUMN "event_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "event_id"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "sanction" DROP COLUMN "event_id"`);
    await queryRunner.query(`ALTER TABLE "chat_message" DROP COLUMN "event_id"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "event_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_894e56e1a4377be64e4b9447c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe02809447ff21318bc4698cf5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a5bbbf1d51331d1ff4e6419c48"`);
    await queryRunner.query(`DROP TABLE "membership"`);
  }
}
