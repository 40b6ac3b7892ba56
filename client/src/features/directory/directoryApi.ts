import {
  BuyerCard,
  BuyerDirectoryPage,
  MeetingRequest,
  type BuyerDirectoryFilter,
  type CreateBuyerMeetingRequest,
} from '@pameran/contracts';
import { api } from '../../lib/api';

const enc = encodeURIComponent;
/** Staff browse as the staff of their exhibitor in this fair. */
const inFair = (slug: string) => `event=${enc(slug)}`;

/** The buyer directory of approved exhibitors' staff, and requests sent from it. */
export const directoryApi = {
  buyers: (slug: string, query: Partial<BuyerDirectoryFilter>, signal?: AbortSignal) =>
    api.get('/matching/buyers', BuyerDirectoryPage, { query: { ...query, event: slug }, signal }),
  buyer: (slug: string, userId: string, signal?: AbortSignal) =>
    api.get(`/matching/buyers/${enc(userId)}?${inFair(slug)}`, BuyerCard, { signal }),
  request: (slug: string, userId: string, body: CreateBuyerMeetingRequest, idempotencyKey: string) =>
    api.post(`/matching/buyers/${enc(userId)}/requests?${inFair(slug)}`, MeetingRequest, body, {
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};
