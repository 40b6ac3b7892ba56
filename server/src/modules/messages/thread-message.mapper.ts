import type { ThreadMessage } from '@pameran/contracts';
import { imageUrls } from '../uploads/upload-urls';
import type { ThreadAttachmentEntity, ThreadMessageEntity } from './messages.entities';

/** Attachments are stored at the product picture widths (a phone-sized view and a zoom). */
export const ATTACHMENT_KIND = 'product' as const;

export function toThreadMessage(
  m: ThreadMessageEntity,
  attachments: ThreadAttachmentEntity[],
): ThreadMessage {
  return {
    id: m.id,
    threadId: m.threadId,
    senderId: m.senderId ?? '',
    senderName: m.senderName,
    body: m.body,
    attachments: attachments
      .filter((a) => a.messageId === m.id)
      .map((a) => {
        const { url, sizes } = imageUrls(a.imageKey, ATTACHMENT_KIND);
        return { id: a.id, url, sizes };
      }),
    hidden: m.hiddenAt !== null,
    createdAt: m.createdAt.toISOString(),
  };
}
