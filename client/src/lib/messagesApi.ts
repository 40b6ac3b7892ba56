import {
  MessageAttachment,
  MessageReportList,
  ThreadList,
  ThreadMessage,
  ThreadMessageList,
  ThreadSummary,
  type MessageReportStatus,
  type ThreadSubjectKind,
} from '@pameran/contracts';
import { z } from 'zod';
import { api } from './api';
import { upload } from './upload';

const enc = encodeURIComponent;

/** Threads between the parties of a request, meeting or deal; the server decides who is a party. */
export const messagesApi = {
  mine: (signal?: AbortSignal) => api.get('/threads', ThreadList, { signal }),
  open: (kind: ThreadSubjectKind, id: string) => api.post('/threads', ThreadSummary, { kind, id }),
  history: (threadId: string, before?: string) =>
    api.get(`/threads/${enc(threadId)}/messages`, ThreadMessageList, { query: { before, limit: 50 } }),
  /** `clientMsgId` is made once per message the person writes, so a retry is stored once. */
  post: (threadId: string, body: string, clientMsgId: string, attachmentIds: string[]) =>
    api.post(`/threads/${enc(threadId)}/messages`, ThreadMessage, { body, clientMsgId, attachmentIds }),
  read: (threadId: string) =>
    api.post(`/threads/${enc(threadId)}/read`, z.object({ unread: z.number() }), {}),
  attach: (threadId: string, file: Blob) =>
    upload(`/threads/${enc(threadId)}/attachments`, file, MessageAttachment),
  report: (threadId: string, messageId: string, reason: string) =>
    api.command('POST', `/threads/${enc(threadId)}/messages/${enc(messageId)}/report`, { body: { reason } }),
};

/** The organisers' queue of reported messages in their fair. */
export const messageReportsApi = {
  list: (slug: string, status: MessageReportStatus = 'open') =>
    api.get('/admin/message-reports', MessageReportList, { query: { event: slug, status } }),
  hide: (id: string) => api.command('POST', `/admin/message-reports/${enc(id)}/hide`),
  dismiss: (id: string) => api.command('POST', `/admin/message-reports/${enc(id)}/dismiss`),
};
