import {
  BuyerCard,
  BuyerDirectoryPage,
  MeetingRequest,
  type BuyerDirectoryFilter,
  type CreateBuyerMeetingRequest,
} from '@pameran/contracts';
import { api } from '../../lib/api';

const enc = encodeURIComponent;

/** The buyer directory of approved exhibitors' staff, and requests sent from it. */
export const directoryApi = {
  buyers: (query: Partial<BuyerDirectoryFilter>, signal?: AbortSignal) =>
    api.get('/matching/buyers', BuyerDirectoryPage, { query, signal }),
  buyer: (userId: string, signal?: AbortSignal) =>
    api.get(`/matching/buyers/${enc(userId)}`, BuyerCard, { signal }),
  request: (userId: string, body: CreateBuyerMeetingRequest, idempotencyKey: string) =>
    api.post(`/matching/buyers/${enc(userId)}/requests`, MeetingRequest, body, {
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};
