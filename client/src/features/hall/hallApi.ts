import { ChatMessage, listOf } from '@pameran/contracts';
import { api } from '../../lib/api';
import { fairApi } from '../../lib/endpoints';

const ChatList = listOf(ChatMessage);

/** REST reads the hall needs beyond the shared endpoints. */
export const hallApi = {
  /** Every booth of the fair at once (the hall draws them all), with the count of people at each. */
  booths: (slug: string, signal?: AbortSignal) => fairApi.booths(slug, { limit: 1000 }, signal),
  /** A booth's chat, newest first. */
  chat: (boothId: string, signal?: AbortSignal) =>
    api.get(`/booths/${encodeURIComponent(boothId)}/chat`, ChatList, { query: { limit: 50 }, signal }),
};
