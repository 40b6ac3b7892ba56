import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxMetrics } from './mail-outbox.metrics';
import { MailOutbox } from './mail-outbox.service';
import { MailSuppressionEntity } from './mail-suppression.entity';
import { MailSuppressions } from './mail-suppressions.service';
import { MailWorker } from './mail-worker.service';

/**
 * Outgoing mail: other modules enqueue in their own transaction (`MailOutbox`); `MailWorker` sends, and
 * suppresses an address whose server refuses for good (`MailSuppressions`).
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity, MailSuppressionEntity])],
  providers: [MailOutbox, MailWorker, MailSuppressions, MailOutboxMetrics],
  exports: [MailOutbox, MailWorker, MailSuppressions],
})
export class MailModule {}
