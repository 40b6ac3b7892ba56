import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadChatEventRequired1796339644225 implements MigrationInterface {
  name = 'LeadChatEventRequired1796339644225';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_message" DROP CONSTRAINT "FK_8888ee5a7e080dfc37dfc326524"`);
    await queryRunner.query(`ALTER TABLE "chat_message" ALTER COLUMN "event_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_0e3a022852537b7a1237efab44b"`);
    await queryRunner.query(`ALTER TABLE "lead" ALTER COLUMN "event_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "chat_message" ADD CONSTRAINT "FK_8888ee5a7e080dfc37dfc326524" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_0e3a022852537b7a1237efab44b" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_0e3a022852537b7a1237efab44b"`);
    await queryRunner.query(`ALTER TABLE "chat_message" DROP CONSTRAINT "FK_8888ee5a7e080dfc37dfc326524"`);
    await queryRunner.query(`ALTER TABLE "lead" ALTER COLUMN "event_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_0e3a022852537b7a1237efab44b" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "chat_message" ALTER COLUMN "event_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "chat_message" ADD CONSTRAINT "FK_8888ee5a7e080dfc37dfc326524" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
