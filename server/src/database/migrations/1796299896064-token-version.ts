import { MigrationInterface, QueryRunner } from 'typeorm';

export class TokenVersion1796299896064 implements MigrationInterface {
  name = 'TokenVersion1796299896064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
  }
}
