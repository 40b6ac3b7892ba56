import { MeetingFunnel, MeetingOutcome, OutcomeToRecord, type MeetingOutcomeInput } from '@pameran/contracts';
import { z } from 'zod';
import { api } from './api';

const enc = encodeURIComponent;
const ToRecord = z.object({ items: z.array(OutcomeToRecord) });

/** After the meeting: each side's outcome, and the funnel (the organiser's and an exhibitor's own). */
export const outcomesApi = {
  /** My meetings that are over, each with my side's record so far. */
  toRecord: (signal?: AbortSignal) => api.get('/meeting-outcomes', ToRecord, { signal }),
  record: (meetingId: string, body: MeetingOutcomeInput) =>
    api.put(`/meeting-outcomes/${enc(meetingId)}`, MeetingOutcome, body),
  eventFunnel: (slug: string, signal?: AbortSignal) =>
    api.get(`/admin/console/${enc(slug)}/funnel`, MeetingFunnel, { signal }),
  myFunnel: (slug: string, signal?: AbortSignal) =>
    api.get(`/backoffice/funnel?event=${enc(slug)}`, MeetingFunnel, { signal }),
};
