import { MigrationInterface, QueryRunner } from 'typeorm';

export class Video1795928840195 implements MigrationInterface {
  name = 'Video1795928840195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_attendance" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "side" character varying(10) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "meeting_attendance_side" CHECK ("side" IN ('buyer', 'exhibitor', 'observer')), CONSTRAINT "PK_c5c4ef2540bd766389d942db746" PRIMARY KEY ("meeting_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_event" ("id" character varying(100) NOT NULL, "kind" character varying(40) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f56d2f40f5ec823acf8e8edad1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_speaker" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_62943e8a12b108a2434663f3b7b" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_58f3823e0aed0b1076074be7267" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_speaker" ADD CONSTRAINT "FK_5bbbc252a19f6533d44bbeb8569" FOREIGN KEY ("session_id") REFERENCES "schedule_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_speaker" ADD CONSTRAINT "FK_1f391237758b0520a794f4a3e30" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stage_speaker" DROP CONSTRAINT "FK_1f391237758b0520a794f4a3e30"`);
    await queryRunner.query(`ALTER TABLE "stage_speaker" DROP CONSTRAINT "FK_5bbbc252a19f6533d44bbeb8569"`);
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_58f3823e0aed0b1076074be7267"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_2bf53a2dc49796d33484ed1fe5c"`,
    );
    await queryRunner.query(`DROP TABLE "stage_speaker"`);
    await queryRunner.query(`DROP TABLE "webhook_event"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
  }
}
