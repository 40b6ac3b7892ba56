import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingOutcomes1796308955959 implements MigrationInterface {
  name = 'MeetingOutcomes1796308955959';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_outcome" ("meeting_id" uuid NOT NULL, "side" character varying(10) NOT NULL, "event_id" uuid NOT NULL, "exhibitor_id" uuid NOT NULL, "outcome" character varying(12) NOT NULL, "rating" smallint NOT NULL, "note" text NOT NULL DEFAULT '', "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_outcome_note" CHECK (char_length("note") <= 1000), CONSTRAINT "meeting_outcome_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "meeting_outcome_outcome" CHECK ("outcome" IN ('no_fit', 'follow_up', 'sample_sent', 'negotiating', 'agreement')), CONSTRAINT "meeting_outcome_side" CHECK ("side" IN ('buyer', 'exhibitor')), CONSTRAINT "PK_d21e702cea9f4c661276a07fd75" PRIMARY KEY ("meeting_id", "side"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3d4977cad4091fc12a905bb5cf" ON "meeting_outcome" ("event_id", "exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_outcome_prompt" ("meeting_id" uuid NOT NULL, "prompted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0d7f33e169372a8079e15df9d7" PRIMARY KEY ("meeting_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_outcome" ADD CONSTRAINT "FK_d2726a0353cecec9276abbe3c45" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_outcome" ADD CONSTRAINT "FK_00a109aa40e1b2b556ba27cf5c0" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_outcome" ADD CONSTRAINT "FK_63ba68af11796f884165b9a2ef0" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_outcome_prompt" ADD CONSTRAINT "FK_c0d7f33e169372a8079e15df9d7" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_outcome_prompt" DROP CONSTRAINT "FK_c0d7f33e169372a8079e15df9d7"`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_outcome" DROP CONSTRAINT "FK_63ba68af11796f884165b9a2ef0"`);
    await queryRunner.query(`ALTER TABLE "meeting_outcome" DROP CONSTRAINT "FK_00a109aa40e1b2b556ba27cf5c0"`);
    await queryRunner.query(`ALTER TABLE "meeting_outcome" DROP CONSTRAINT "FK_d2726a0353cecec9276abbe3c45"`);
    await queryRunner.query(`DROP TABLE "meeting_outcome_prompt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d4977cad4091fc12a905bb5cf"`);
    await queryRunner.query(`DROP TABLE "meeting_outcome"`);
  }
}
