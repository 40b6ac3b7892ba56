import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditionStages1796339516330 implements MigrationInterface {
  name = 'AuditionStages1796339516330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_product" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exhibitor_id" uuid NOT NULL, "source_product_id" uuid, "product" jsonb NOT NULL, "image_key" character varying(32), "change" character varying(8) NOT NULL, "needs_review" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "application_product_change" CHECK ("change" IN ('same', 'changed', 'new')), CONSTRAINT "PK_f13f325d4dc27ca83b81dc1530d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f4f4b48a7873ce55c1960ca002" ON "application_product" ("source_product_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_686b85b13a67808e872b9cc251" ON "application_product" ("exhibitor_id", "sort_order") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audition_review" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exhibitor_id" uuid NOT NULL, "stage" character varying(16) NOT NULL, "decision" character varying(16) NOT NULL, "note" text NOT NULL DEFAULT '', "by_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audition_review_decision" CHECK ("decision" IN ('passed', 'approved', 'rejected')), CONSTRAINT "audition_review_stage" CHECK ("stage" IN ('documents', 'curation')), CONSTRAINT "PK_38df0382b0fb3e871499f2575b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1cddcdadf34b23576f685dd1b7" ON "audition_review" ("by_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_173cd98b52678e87a3f82f065c" ON "audition_review" ("exhibitor_id", "stage", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "returning_application" ("exhibitor_id" uuid NOT NULL, "from_exhibitor_id" uuid, "from_event_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e9ef6b9705b8ea2a0c7d35a418" PRIMARY KEY ("exhibitor_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_211bfcc46b34c209f9e2ceb392" ON "returning_application" ("from_exhibitor_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "application_product" ADD CONSTRAINT "FK_c922b50ad5351757ac5f902f949" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_product" ADD CONSTRAINT "FK_f4f4b48a7873ce55c1960ca0022" FOREIGN KEY ("source_product_id") REFERENCES "product"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audition_review" ADD CONSTRAINT "FK_b5c02193a3843bafff425811353" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audition_review" ADD CONSTRAINT "FK_1cddcdadf34b23576f685dd1b73" FOREIGN KEY ("by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "returning_application" ADD CONSTRAINT "FK_6e9ef6b9705b8ea2a0c7d35a418" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "returning_application" ADD CONSTRAINT "FK_211bfcc46b34c209f9e2ceb3926" FOREIGN KEY ("from_exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "returning_application" ADD CONSTRAINT "FK_ae578789d696b82dc0263649dce" FOREIGN KEY ("from_event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "returning_application" DROP CONSTRAINT "FK_ae578789d696b82dc0263649dce"`,
    );
    await queryRunner.query(
      `ALTER TABLE "returning_application" DROP CONSTRAINT "FK_211bfcc46b34c209f9e2ceb3926"`,
    );
    await queryRunner.query(
      `ALTER TABLE "returning_application" DROP CONSTRAINT "FK_6e9ef6b9705b8ea2a0c7d35a418"`,
    );
    await queryRunner.query(`ALTER TABLE "audition_review" DROP CONSTRAINT "FK_1cddcdadf34b23576f685dd1b73"`);
    await queryRunner.query(`ALTER TABLE "audition_review" DROP CONSTRAINT "FK_b5c02193a3843bafff425811353"`);
    await queryRunner.query(
      `ALTER TABLE "application_product" DROP CONSTRAINT "FK_f4f4b48a7873ce55c1960ca0022"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_product" DROP CONSTRAINT "FK_c922b50ad5351757ac5f902f949"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_211bfcc46b34c209f9e2ceb392"`);
    await queryRunner.query(`DROP TABLE "returning_application"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_173cd98b52678e87a3f82f065c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1cddcdadf34b23576f685dd1b7"`);
    await queryRunner.query(`DROP TABLE "audition_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_686b85b13a67808e872b9cc251"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4f4b48a7873ce55c1960ca002"`);
    await queryRunner.query(`DROP TABLE "application_product"`);
  }
}
