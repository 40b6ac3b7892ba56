import { JoinResponse, TalkStaffView, TalkState, TalkVisitorView } from '@pameran/contracts';
import { api } from './api';

const enc = encodeURIComponent;
const base = (boothId: string) => `/booths/${enc(boothId)}/talk`;

/** Talk now at a booth: the caller's view, staff's availability and answers, a visitor's knock, call tokens. */
export const talkApi = {
  state: (boothId: string, signal?: AbortSignal) => api.get(base(boothId), TalkState, { signal }),
  setAvailable: (boothId: string, available: boolean) =>
    api.put(`${base(boothId)}/availability`, TalkStaffView, { available }),
  knock: (boothId: string) => api.post(`${base(boothId)}/knock`, TalkVisitorView, {}),
  withdraw: (boothId: string) => api.delete(`${base(boothId)}/knock`, TalkVisitorView),
  accept: (boothId: string, knockId: string) =>
    api.post(`${base(boothId)}/knocks/${enc(knockId)}/accept`, TalkStaffView, {}),
  decline: (boothId: string, knockId: string) =>
    api.post(`${base(boothId)}/knocks/${enc(knockId)}/decline`, TalkStaffView, {}),
  join: (boothId: string, id: string) =>
    api.post(`${base(boothId)}/conversations/${enc(id)}/join`, JoinResponse, {}),
  leave: (boothId: string, id: string) =>
    api.command('POST', `${base(boothId)}/conversations/${enc(id)}/leave`),
};
