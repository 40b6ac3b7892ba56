import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutbox } from './mail-outbox.service';
import { MailWorker } from './mail-worker.service';

/** Outgoing mail: other modules enqueue in their own transaction (`MailOutbox`); `MailWorker` sends. */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity])],
  providers: [MailOutbox, MailWorker],
  exports: [MailOutbox, MailWorker],
})
export class MailModule {}
