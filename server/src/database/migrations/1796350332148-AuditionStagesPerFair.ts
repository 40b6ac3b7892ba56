import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditionStagesPerFair1796350332148 implements MigrationInterface {
  name = 'AuditionStagesPerFair1796350332148';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audition_review" DROP CONSTRAINT "audition_review_stage"`);
    await queryRunner.query(
      `CREATE TABLE "audition_stage" ("event_id" uuid NOT NULL, "key" character varying(16) NOT NULL, "position" smallint NOT NULL, "name_id" character varying(80) NOT NULL, "name_en" character varying(80) NOT NULL, CONSTRAINT "audition_stage_position" UNIQUE ("event_id", "position"), CONSTRAINT "PK_9e868469003933cc2842bee9f3c" PRIMARY KEY ("event_id", "key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "audition_stage" ADD CONSTRAINT "FK_6885566399a07fc4f9bdd99dbf5" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Every fair keeps the stages the installation had until now, as its own list (docs/decisions/0035-fair-gaps.md).
    await queryRunner.query(`INSERT INTO "audition_stage" ("event_id", "key", "position", "name_id", "name_en")
          SELECT e.id, s.key, s.position, s.name_id, s.name_en FROM "event" e CROSS JOIN (VALUES
            ('documents', 0, 'I · Dokumen', 'I · Documents'),
            ('curation', 1, 'II · Kurasi', 'II · Curation')) AS s (key, position, name_id, name_en)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one list: decisions at stages that list does not have cannot stay.
    await queryRunner.query(`DELETE FROM "audition_review" WHERE "stage" NOT IN ('documents', 'curation')`);
    await queryRunner.query(`ALTER TABLE "audition_stage" DROP CONSTRAINT "FK_6885566399a07fc4f9bdd99dbf5"`);
    await queryRunner.query(`DROP TABLE "audition_stage"`);
    await queryRunner.query(
      `ALTER TABLE "audition_review" ADD CONSTRAINT "audition_review_stage" CHECK (((stage)::text = ANY ((ARRAY['documents'::character varying, 'curation'::character varying])::text[])))`,
    );
  }
}
