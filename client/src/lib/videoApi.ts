import { JoinResponse, Meeting, StageCapacity, StageSpeaker, VideoStatus } from '@pameran/contracts';
import { z } from 'zod';
import { api } from './api';

const enc = encodeURIComponent;

/** Video calls and the stage on LiveKit: whether video is configured, and short-lived tokens for one room. */
export const videoApi = {
  status: (signal?: AbortSignal) => api.get('/video/status', VideoStatus, { signal }),
  meeting: (id: string, signal?: AbortSignal) => api.get(`/meetings/${enc(id)}`, Meeting, { signal }),
  joinMeeting: (id: string) => api.post(`/meetings/${enc(id)}/join`, JoinResponse, {}),
  joinStage: (sessionId: string) => api.post(`/stage/${enc(sessionId)}/join`, JoinResponse, {}),
  speakers: (sessionId: string, signal?: AbortSignal) =>
    api.get(`/admin/stage/${enc(sessionId)}/speakers`, z.array(StageSpeaker), { signal }),
  setSpeakers: (sessionId: string, emails: string[]) =>
    api.put(`/admin/stage/${enc(sessionId)}/speakers`, z.array(StageSpeaker), { emails }),
  capacity: (sessionId: string, signal?: AbortSignal) =>
    api.get(`/admin/stage/${enc(sessionId)}/capacity`, StageCapacity, { signal }),
  setCapacity: (sessionId: string, capacity: number | null) =>
    api.put(`/admin/stage/${enc(sessionId)}/capacity`, StageCapacity, { capacity }),
};
