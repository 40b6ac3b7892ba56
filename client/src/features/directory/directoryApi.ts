import {
  BuyerCard,
  BuyerDirectoryPage,
  MeetingRequest,
  type BuyerDirectoryFilter,
  type CreateBuyerMeetingRequest,
} from '@pameran/contracts';
import { api } from '../../lib/api';
import { EVENT_SLUG } from '../../lib/endpoints';

const enc = encodeURIComponent;
/** Staff browse as the staff of their exhibitor in this fair. */
const inFair = () => `event=${enc(EVENT_SLUG)}`;

/** The buyer directory of approved exhibitors' staff, and requests sent from it. */
export const directoryApi = {
  buyers: (query: Partial<BuyerDirectoryFilter>, signal?: AbortSignal) =>
    api.get('/matching/buyers', BuyerDirectoryPage, { query: { ...query, event: EVENT_SLUG }, signal }),
  buyer: (userId: string, signal?: AbortSignal) =>
    api.get(`/matching/buyers/${enc(userId)}?${inFair()}`, BuyerCard, { signal }),
  request: (userId: string, body: CreateBuyerMeetingRequest, idempotencyKey: string) =>
    api.post(`/matching/buyers/${enc(userId)}/requests?${inFair()}`, MeetingRequest, body, {
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};
