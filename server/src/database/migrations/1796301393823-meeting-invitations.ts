import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingInvitations1796301393823 implements MigrationInterface {
  name = 'MeetingInvitations1796301393823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD "invited_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP COLUMN "invited_ids"`);
  }
}
