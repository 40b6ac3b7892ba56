import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedRotation1796300113132 implements MigrationInterface {
  name = 'CalendarFeedRotation1796300113132';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29b8f216ae4f5fdd5bcc8de8112" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
