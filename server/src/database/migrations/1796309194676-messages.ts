import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1796309194676 implements MigrationInterface {
  name = 'Messages1796309194676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "message_thread" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "subject_kind" character varying(8) NOT NULL, "subject_id" uuid NOT NULL, "last_message_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "message_thread_subject_kind" CHECK ("subject_kind" IN ('request', 'meeting', 'deal')), CONSTRAINT "PK_11cb07b9ecf8cb247c5e2dc86ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dfbc2b6695bee45a358f7ab7e2" ON "message_thread" ("event_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_956ee8764b8c0a1efbf91bfe3d" ON "message_thread" ("subject_kind", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "thread_message" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "thread_id" uuid NOT NULL, "sender_id" uuid, "sender_name" character varying(80) NOT NULL, "body" text NOT NULL, "client_msg_id" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, CONSTRAINT "thread_message_body" CHECK (char_length("body") <= 2000), CONSTRAINT "PK_93b930acb465111c491d8476563" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4f8790e49cb28d58cd08b2a571" ON "thread_message" ("sender_id", "client_msg_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6b95aa9d5a091fa61295ff1269" ON "thread_message" ("thread_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "thread_attachment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "thread_id" uuid NOT NULL, "uploader_id" uuid, "message_id" uuid, "image_key" character varying(24) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a29eadee8f46874393246fde5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d1d6d580f5243da824cba75874" ON "thread_attachment" ("thread_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9f7c759e57fbc50942edd65f7c" ON "thread_attachment" ("message_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "thread_read" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ffe329770be84138063c6997892" PRIMARY KEY ("thread_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ab9e3499ca0625dd44714cd5ff" ON "thread_read" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "thread_message_report" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "message_id" uuid NOT NULL, "reporter_id" uuid, "reason" character varying(500) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "thread_message_report_status" CHECK ("status" IN ('open', 'hidden', 'dismissed')), CONSTRAINT "PK_f102404a8362c78349666711b08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_70034829768ab9fc296c6d0570" ON "thread_message_report" ("event_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3e7f1add7b5844595e23bbf754" ON "thread_message_report" ("message_id", "reporter_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "message_thread" ADD CONSTRAINT "FK_dfbc2b6695bee45a358f7ab7e23" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message" ADD CONSTRAINT "FK_e28e9f6a397ec5fab10ddca24be" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message" ADD CONSTRAINT "FK_de897f1e43c887137b9c184f925" FOREIGN KEY ("sender_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_attachment" ADD CONSTRAINT "FK_d1d6d580f5243da824cba758745" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_attachment" ADD CONSTRAINT "FK_6c4bc6ceacfdc02dae3e33d12b1" FOREIGN KEY ("uploader_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_attachment" ADD CONSTRAINT "FK_9f7c759e57fbc50942edd65f7c1" FOREIGN KEY ("message_id") REFERENCES "thread_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_read" ADD CONSTRAINT "FK_bba860343df4b2e9f99c5acfe63" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_read" ADD CONSTRAINT "FK_ab9e3499ca0625dd44714cd5fff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message_report" ADD CONSTRAINT "FK_df3e2aed1c2d687763cf3c26e28" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message_report" ADD CONSTRAINT "FK_b31adf462704ffc2171d855df8c" FOREIGN KEY ("message_id") REFERENCES "thread_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message_report" ADD CONSTRAINT "FK_a82016cd563330b8b65af118603" FOREIGN KEY ("reporter_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "thread_message_report" DROP CONSTRAINT "FK_a82016cd563330b8b65af118603"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message_report" DROP CONSTRAINT "FK_b31adf462704ffc2171d855df8c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_message_report" DROP CONSTRAINT "FK_df3e2aed1c2d687763cf3c26e28"`,
    );
    await queryRunner.query(`ALTER TABLE "thread_read" DROP CONSTRAINT "FK_ab9e3499ca0625dd44714cd5fff"`);
    await queryRunner.query(`ALTER TABLE "thread_read" DROP CONSTRAINT "FK_bba860343df4b2e9f99c5acfe63"`);
    await queryRunner.query(
      `ALTER TABLE "thread_attachment" DROP CONSTRAINT "FK_9f7c759e57fbc50942edd65f7c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_attachment" DROP CONSTRAINT "FK_6c4bc6ceacfdc02dae3e33d12b1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_attachment" DROP CONSTRAINT "FK_d1d6d580f5243da824cba758745"`,
    );
    await queryRunner.query(`ALTER TABLE "thread_message" DROP CONSTRAINT "FK_de897f1e43c887137b9c184f925"`);
    await queryRunner.query(`ALTER TABLE "thread_message" DROP CONSTRAINT "FK_e28e9f6a397ec5fab10ddca24be"`);
    await queryRunner.query(`ALTER TABLE "message_thread" DROP CONSTRAINT "FK_dfbc2b6695bee45a358f7ab7e23"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e7f1add7b5844595e23bbf754"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70034829768ab9fc296c6d0570"`);
    await queryRunner.query(`DROP TABLE "thread_message_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab9e3499ca0625dd44714cd5ff"`);
    await queryRunner.query(`DROP TABLE "thread_read"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f7c759e57fbc50942edd65f7c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1d6d580f5243da824cba75874"`);
    await queryRunner.query(`DROP TABLE "thread_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b95aa9d5a091fa61295ff1269"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f8790e49cb28d58cd08b2a571"`);
    await queryRunner.query(`DROP TABLE "thread_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_956ee8764b8c0a1efbf91bfe3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfbc2b6695bee45a358f7ab7e2"`);
    await queryRunner.query(`DROP TABLE "message_thread"`);
  }
}
