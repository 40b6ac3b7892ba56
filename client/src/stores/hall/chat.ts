import type { AckError, ChatMessage } from '@pameran/contracts';
import { create } from 'zustand';

/** A chat message on its way: shown at once, retried with the same `clientMsgId` (the server stores it once). */
export interface PendingMessage {
  clientMsgId: string;
  boothId: string;
  text: string;
  state: 'sending' | 'sent' | 'failed';
  /** The stored message's id once the server acknowledged it. */
  id?: string;
  /** Why it failed (the ack's error), for the line under it. */
  error?: AckError;
}

interface HallChatState {
  /** Per booth, oldest first. */
  chat: Record<string, ChatMessage[]>;
  pending: PendingMessage[];
  actions: {
    setHistory(boothId: string, newestFirst: ChatMessage[]): void;
    addMessage(message: ChatMessage): void;
    deleteMessage(boothId: string, id: string): void;
    putPending(message: PendingMessage): void;
    dropPending(clientMsgId: string): void;
  };
}

const byTime = (a: ChatMessage, b: ChatMessage) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Keep at most this many messages per booth in memory (older ones are a history request away). */
const CHAT_KEEP = 200;

function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort(byTime).slice(-CHAT_KEEP);
}

/** Booth chats: history and live messages merged once each, and our own messages still on their way. */
export const useHallChat = create<HallChatState>()((set) => ({
  chat: {},
  pending: [],
  actions: {
    setHistory: (boothId, newestFirst) =>
      set((s) => ({ chat: { ...s.chat, [boothId]: mergeMessages(s.chat[boothId] ?? [], newestFirst) } })),
    addMessage: (m) =>
      set((s) => ({
        chat: { ...s.chat, [m.boothId]: mergeMessages(s.chat[m.boothId] ?? [], [m]) },
        // Our own message came back from the room: it is no longer pending.
        pending: s.pending.some((p) => p.id === m.id) ? s.pending.filter((p) => p.id !== m.id) : s.pending,
      })),
    deleteMessage: (boothId, id) =>
      set((s) => ({ chat: { ...s.chat, [boothId]: (s.chat[boothId] ?? []).filter((m) => m.id !== id) } })),
    putPending: (message) =>
      set((s) => {
        // Acknowledged, and the room already brought the message: nothing left to show as pending.
        if (message.id && s.chat[message.boothId]?.some((m) => m.id === message.id)) {
          return { pending: s.pending.filter((p) => p.clientMsgId !== message.clientMsgId) };
        }
        const others = s.pending.filter((p) => p.clientMsgId !== message.clientMsgId);
        return { pending: [...others, message] };
      }),
    dropPending: (clientMsgId) =>
      set((s) => ({ pending: s.pending.filter((p) => p.clientMsgId !== clientMsgId) })),
  },
}));
