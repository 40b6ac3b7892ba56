import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxMetrics } from './mail-outbox.metrics';
import { MailOutbox } from './mail-outbox.service';
import { MailWorker } from './mail-worker.service';

/** Outgoing mail: other modules enqueue in their own transaction (`MailOutbox`); `MailWorker` sends. */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity])],
  providers: [MailOutbox, MailWorker, MailOutboxMetrics],
  exports: [MailOutbox, MailWorker],
})
export class MailModule {}
