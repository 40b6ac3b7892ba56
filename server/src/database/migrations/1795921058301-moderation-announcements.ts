import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mutes and bans, announcements, and chat limited to registered users. */

export class Moderation1795921058301 implements MigrationInterface {
  name = 'Moderation1795921058301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "announcement" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "audience" character varying(16) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "announcement_window" CHECK ("expires_at" > "created_at"), CONSTRAINT "announcement_audience" CHECK ("audience" IN ('everyone', 'exhibitors', 'buyers')), CONSTRAINT "PK_e0ef0550174fd1099a308fd18a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ffafbb5a36a147989178e55bca" ON "announcement" ("event_id", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sanction" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "reason" character varying(500) NOT NULL DEFAULT '', "address" character varying(64), "until" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lifted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "sanction_kind" CHECK ("kind" IN ('mute', 'ban')), CONSTRAINT "PK_8e0d7d8cef573a237bb11a61c8a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_874aab389f4032e488c09203ea" ON "sanction" ("address") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_bc7b383201731d1340b658b6af" ON "sanction" ("user_id", "kind") `,
    );
    await queryRunner.query(`ALTER TABLE "event" ADD "chat_registered_only" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "announcement" ADD CONSTRAINT "FK_2354f7db3a639c5836bf041684f" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "announcement" DROP CONSTRAINT "FK_2354f7db3a639c5836bf041684f"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "chat_registered_only"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc7b383201731d1340b658b6af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_874aab389f4032e488c09203ea"`);
    await queryRunner.query(`DROP TABLE "sanction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ffafbb5a36a147989178e55bca"`);
    await queryRunner.query(`DROP TABLE "announcement"`);
  }
}
