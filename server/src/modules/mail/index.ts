/** The mail module's public face: enqueue through `MailOutbox`; `MailWorker` for health figures and tests. */
export { MailModule } from './mail.module';
export { MailOutbox, type OutboxCounts, type OutgoingMail } from './mail-outbox.service';
export { MailWorker, type MailCounts } from './mail-worker.service';
export { MailSuppressions, type MailSuppression } from './mail-suppressions.service';
export type { MailAttachment } from './mail-outbox.entity';
