import { z } from 'zod';
import { listOf } from './common';

/*
 * Messages between the parties of a meeting request, a meeting or a deal (docs/domain.md "Messages").
 * One thread per subject; only its parties read and write it, an organiser sees a message only when it is
 * reported to them.
 */

export const THREAD_SUBJECT_KINDS = ['request', 'meeting', 'deal'] as const;
export const ThreadSubjectKind = z.enum(THREAD_SUBJECT_KINDS);
export type ThreadSubjectKind = z.infer<typeof ThreadSubjectKind>;

export const MESSAGE_MAX_CHARS = 2000;
export const MESSAGE_MAX_ATTACHMENTS = 4;

/** A picture attached to a message: stored through the upload pipeline, shown at `url`, zoomed at `sizes`. */
export const MessageAttachment = z.object({
  id: z.uuid(),
  url: z.string(),
  sizes: z.record(z.string(), z.string()),
});
export type MessageAttachment = z.infer<typeof MessageAttachment>;

export const ThreadMessage = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  /** Empty when the sender's account was erased. */
  senderId: z.string(),
  senderName: z.string(),
  /** Plain text: clients render it as text, never as HTML or links. */
  body: z.string(),
  attachments: z.array(MessageAttachment),
  /** Only the sender ever sees a hidden message (so they know an organiser hid it); others never get it. */
  hidden: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

export const ThreadSubject = z.object({ kind: ThreadSubjectKind, id: z.uuid() });
export type ThreadSubject = z.infer<typeof ThreadSubject>;

export const ThreadSummary = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  subject: ThreadSubject,
  exhibitorName: z.string(),
  /** The buyer side's first person (the requester, a meeting's buyer, the deal's buyer). */
  buyerName: z.string(),
  lastMessage: ThreadMessage.nullable(),
  /** Messages from others the caller has not read. */
  unread: z.number().int().nonnegative(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;
export const ThreadList = listOf(ThreadSummary).extend({ unread: z.number().int().nonnegative() });
export type ThreadList = z.infer<typeof ThreadList>;

export const OpenThread = z.strictObject({ kind: ThreadSubjectKind, id: z.uuid() });
export type OpenThread = z.infer<typeof OpenThread>;

export const PostMessage = z
  .strictObject({
    body: z.string().trim().max(MESSAGE_MAX_CHARS).default(''),
    /** The client's id for this message: a retry with the same id is stored once. */
    clientMsgId: z.string().min(8).max(64),
    /** Pictures uploaded to this thread by the sender (`POST /threads/:id/attachments`). */
    attachmentIds: z.array(z.uuid()).max(MESSAGE_MAX_ATTACHMENTS).default([]),
  })
  .refine((m) => m.body.length > 0 || m.attachmentIds.length > 0, {
    message: 'Write something or attach a picture',
    path: ['body'],
  });
export type PostMessage = z.infer<typeof PostMessage>;

export const ThreadMessagesQuery = z.strictObject({
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const ThreadMessageList = listOf(ThreadMessage);
export type ThreadMessageList = z.infer<typeof ThreadMessageList>;

export const ReportMessage = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type ReportMessage = z.infer<typeof ReportMessage>;

export const MESSAGE_REPORT_STATUSES = ['open', 'hidden', 'dismissed'] as const;
export const MessageReportStatus = z.enum(MESSAGE_REPORT_STATUSES);
export type MessageReportStatus = z.infer<typeof MessageReportStatus>;

/** A reported message as the organiser sees it (the only way an organiser reads a thread). */
export const MessageReport = z.object({
  id: z.uuid(),
  status: MessageReportStatus,
  reason: z.string(),
  reporterName: z.string(),
  subject: ThreadSubject,
  message: ThreadMessage,
  createdAt: z.iso.datetime(),
});
export type MessageReport = z.infer<typeof MessageReport>;
export const MessageReportList = listOf(MessageReport);

// ---- socket payloads (server → a recipient's user room)
/** A new message in one of the person's threads, with their unread counts after it. */
export const ThreadMessageEvent = z.object({
  message: ThreadMessage,
  /** Unread messages in this thread, for this recipient. */
  unread: z.number().int().nonnegative(),
});
export type ThreadMessageEvent = z.infer<typeof ThreadMessageEvent>;
/** An organiser hid a message: the parties drop it; the sender's copy is marked hidden. */
export const ThreadMessageHidden = z.object({ threadId: z.uuid(), messageId: z.uuid() });
export type ThreadMessageHidden = z.infer<typeof ThreadMessageHidden>;
