import { MigrationInterface, QueryRunner } from 'typeorm';

/** Session overrides, no overlapping hall sessions per day, and the timed-effects table. */

export class Schedule1795923405708 implements MigrationInterface {
  name = 'Schedule1795923405708';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "timed_effect" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "key" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a81394095f8895f7429b05d78b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9b931b99ea3cba25061d7e36a8" ON "timed_effect" ("key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4c1f09e0a73badbbb41304e1d8" ON "timed_effect" ("subject_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_57430db208e83eaafc058a0961" ON "timed_effect" ("done_at", "due_at") `,
    );
    await queryRunner.query(`ALTER TABLE "schedule_session" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "schedule_session" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "schedule_session" ADD "delay_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_session" ADD "extend_minutes" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_session" ADD CONSTRAINT "schedule_session_overrides" CHECK ("delay_minutes" >= 0 AND "extend_minutes" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_session" ADD CONSTRAINT "schedule_session_hall_overlap" EXCLUDE USING gist ("day_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("kind" = 'hall' AND "cancelled_at" IS NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_session" DROP CONSTRAINT "schedule_session_hall_overlap"`);
    await queryRunner.query(`ALTER TABLE "schedule_session" DROP CONSTRAINT "schedule_session_overrides"`);
    await queryRunner.query(`ALTER TABLE "schedule_session" DROP COLUMN "extend_minutes"`);
    await queryRunner.query(`ALTER TABLE "schedule_session" DROP COLUMN "delay_minutes"`);
    await queryRunner.query(`ALTER TABLE "schedule_session" DROP COLUMN "ended_at"`);
    await queryRunner.query(`ALTER TABLE "schedule_session" DROP COLUMN "started_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57430db208e83eaafc058a0961"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c1f09e0a73badbbb41304e1d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b931b99ea3cba25061d7e36a8"`);
    await queryRunner.query(`DROP TABLE "timed_effect"`);
  }
}
