import { MigrationInterface, QueryRunner } from 'typeorm';

/** Booth chat, idempotent per (user, client message id). */

export class ChatMessages1795920388739 implements MigrationInterface {
  name = 'ChatMessages1795920388739';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "chat_message" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "booth_id" uuid NOT NULL, "user_id" uuid, "author_name" character varying(80) NOT NULL, "author_role" character varying(16) NOT NULL, "from_staff" boolean NOT NULL DEFAULT false, "text" character varying(1000) NOT NULL, "client_msg_id" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" uuid, CONSTRAINT "PK_3cc0d85193aade457d3077dd06b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f2d64f6c9a611ce7c92ca54b20" ON "chat_message" ("user_id", "client_msg_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e9f6e7e30fbd1328d00b91e1ba" ON "chat_message" ("booth_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_message" ADD CONSTRAINT "FK_9a371b37c16560d2db55c1f66ac" FOREIGN KEY ("booth_id") REFERENCES "booth"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_message" ADD CONSTRAINT "FK_c5d6b46a71270cb235b24c11385" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_message" DROP CONSTRAINT "FK_c5d6b46a71270cb235b24c11385"`);
    await queryRunner.query(`ALTER TABLE "chat_message" DROP CONSTRAINT "FK_9a371b37c16560d2db55c1f66ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9f6e7e30fbd1328d00b91e1ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2d64f6c9a611ce7c92ca54b20"`);
    await queryRunner.query(`DROP TABLE "chat_message"`);
  }
}
