import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Which of some people agree, right now, to be shown to exhibitors. Read from users' `app_user` each time
 * a booth's visitor list is built, so a withdrawal counts at once on every node (a socket's own copy
 * would last as long as the connection). Never writes.
 */
@Injectable()
export class VisitorConsentReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async consenting(userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND lead_consent',
      [userIds],
    );
    return new Set(rows.map((r) => r.id));
  }
}
