import { MigrationInterface, QueryRunner } from 'typeorm';

export class StageQuestionsPollsSeats1796318686953 implements MigrationInterface {
  name = 'StageQuestionsPollsSeats1796318686953';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stage_setting" ("session_id" uuid NOT NULL, "viewer_capacity" integer, CONSTRAINT "stage_setting_capacity" CHECK ("viewer_capacity" IS NULL OR "viewer_capacity" > 0), CONSTRAINT "PK_be31b21ff1cb4f15c2df5c1e512" PRIMARY KEY ("session_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_seat" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "admitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE, "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8642c04d8eeb8db3ddab8aef6d9" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf04f36fcde7c11d441793228d" ON "stage_seat" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "stage_seat_taken" ON "stage_seat" ("session_id") WHERE "left_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_question" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" character varying(300) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "moderated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "stage_question_text" CHECK (char_length("text") BETWEEN 1 AND 300), CONSTRAINT "stage_question_status" CHECK ("status" IN ('pending', 'approved', 'hidden', 'answered')), CONSTRAINT "PK_390a1fa82b9e39de4b3552d229a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8f28b1fdc63a22f60c46c8c3a6" ON "stage_question" ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "stage_question_session" ON "stage_question" ("session_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_question_upvote" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9540ae8af602b9f2fa50b256ff" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d2354a85700eed254adef17060" ON "stage_question_upvote" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_poll" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "question" character varying(200) NOT NULL, "status" character varying(6) NOT NULL DEFAULT 'draft', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stage_poll_status" CHECK ("status" IN ('draft', 'open', 'closed')), CONSTRAINT "PK_30a8ea0785490d77c35308e04b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_598bc815f5c468f645013c2f52" ON "stage_poll" ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "stage_poll_option" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "poll_id" uuid NOT NULL, "position" smallint NOT NULL, "text" character varying(100) NOT NULL, CONSTRAINT "PK_97322164d7326fabd0b124e3f9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "stage_poll_option_of_poll" ON "stage_poll_option" ("poll_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_poll_vote" ("poll_id" uuid NOT NULL, "user_id" uuid NOT NULL, "option_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba428fd764f6070e8aa8799c226" PRIMARY KEY ("poll_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3fed68177ee07217d2945a9ebc" ON "stage_poll_vote" ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_setting" ADD CONSTRAINT "FK_be31b21ff1cb4f15c2df5c1e512" FOREIGN KEY ("session_id") REFERENCES "schedule_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_seat" ADD CONSTRAINT "FK_de58c8fd93182a798070407a36e" FOREIGN KEY ("session_id") REFERENCES "schedule_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_seat" ADD CONSTRAINT "FK_bf04f36fcde7c11d441793228db" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_question" ADD CONSTRAINT "FK_5b9d8ac8ff6f9c1f1039908f561" FOREIGN KEY ("session_id") REFERENCES "schedule_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_question" ADD CONSTRAINT "FK_8f28b1fdc63a22f60c46c8c3a66" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_question_upvote" ADD CONSTRAINT "FK_5f74bf9df7cbad67a2e3b3b71e0" FOREIGN KEY ("question_id") REFERENCES "stage_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_question_upvote" ADD CONSTRAINT "FK_d2354a85700eed254adef17060f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_poll" ADD CONSTRAINT "FK_598bc815f5c468f645013c2f522" FOREIGN KEY ("session_id") REFERENCES "schedule_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_poll" ADD CONSTRAINT "FK_058108ee11c40f7f204056773d3" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_poll_option" ADD CONSTRAINT "FK_466d239d4cb2692f41f28222ff5" FOREIGN KEY ("poll_id") REFERENCES "stage_poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_poll_vote" ADD CONSTRAINT "FK_3fed68177ee07217d2945a9ebcb" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_poll_vote" ADD CONSTRAINT "FK_bb02a1690800024f7cfe4e3baf4" FOREIGN KEY ("poll_id", "option_id") REFERENCES "stage_poll_option"("poll_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stage_poll_vote" DROP CONSTRAINT "FK_bb02a1690800024f7cfe4e3baf4"`);
    await queryRunner.query(`ALTER TABLE "stage_poll_vote" DROP CONSTRAINT "FK_3fed68177ee07217d2945a9ebcb"`);
    await queryRunner.query(
      `ALTER TABLE "stage_poll_option" DROP CONSTRAINT "FK_466d239d4cb2692f41f28222ff5"`,
    );
    await queryRunner.query(`ALTER TABLE "stage_poll" DROP CONSTRAINT "FK_058108ee11c40f7f204056773d3"`);
    await queryRunner.query(`ALTER TABLE "stage_poll" DROP CONSTRAINT "FK_598bc815f5c468f645013c2f522"`);
    await queryRunner.query(
      `ALTER TABLE "stage_question_upvote" DROP CONSTRAINT "FK_d2354a85700eed254adef17060f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_question_upvote" DROP CONSTRAINT "FK_5f74bf9df7cbad67a2e3b3b71e0"`,
    );
    await queryRunner.query(`ALTER TABLE "stage_question" DROP CONSTRAINT "FK_8f28b1fdc63a22f60c46c8c3a66"`);
    await queryRunner.query(`ALTER TABLE "stage_question" DROP CONSTRAINT "FK_5b9d8ac8ff6f9c1f1039908f561"`);
    await queryRunner.query(`ALTER TABLE "stage_seat" DROP CONSTRAINT "FK_bf04f36fcde7c11d441793228db"`);
    await queryRunner.query(`ALTER TABLE "stage_seat" DROP CONSTRAINT "FK_de58c8fd93182a798070407a36e"`);
    await queryRunner.query(`ALTER TABLE "stage_setting" DROP CONSTRAINT "FK_be31b21ff1cb4f15c2df5c1e512"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fed68177ee07217d2945a9ebc"`);
    await queryRunner.query(`DROP TABLE "stage_poll_vote"`);
    await queryRunner.query(`DROP INDEX "public"."stage_poll_option_of_poll"`);
    await queryRunner.query(`DROP TABLE "stage_poll_option"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_598bc815f5c468f645013c2f52"`);
    await queryRunner.query(`DROP TABLE "stage_poll"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2354a85700eed254adef17060"`);
    await queryRunner.query(`DROP TABLE "stage_question_upvote"`);
    await queryRunner.query(`DROP INDEX "public"."stage_question_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f28b1fdc63a22f60c46c8c3a6"`);
    await queryRunner.query(`DROP TABLE "stage_question"`);
    await queryRunner.query(`DROP INDEX "public"."stage_seat_taken"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf04f36fcde7c11d441793228d"`);
    await queryRunner.query(`DROP TABLE "stage_seat"`);
    await queryRunner.query(`DROP TABLE "stage_setting"`);
  }
}
