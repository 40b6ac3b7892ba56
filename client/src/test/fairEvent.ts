import type { FairEvent, ScheduleSession, User } from '@pameran/contracts';

/** The OPOP fair with two days, seen at 12:45 WIB on the first day (see `FIXTURE_NOW`). */
export const FIXTURE_NOW = Date.parse('2020-12-05T05:45:00Z');

export const DAY_1 = '0b9f3c2e-1d4a-4c6b-9e8f-7a6b5c4d3e21';
export const DAY_2 = '0b9f3c2e-1d4a-4c6b-9e8f-7a6b5c4d3e22';

function session(
  id: string,
  dayId: string,
  kind: ScheduleSession['kind'],
  title: [string, string],
  startsAt: string,
  endsAt: string,
  state: ScheduleSession['state'],
): ScheduleSession {
  return { id, dayId, kind, title: { id: title[0], en: title[1] }, startsAt, endsAt, state };
}

// Each day's sessions deliberately out of order: the page must sort them.
export const STAGE_1 = session(
  'a1b2c3d4-0000-4000-8000-000000000003',
  DAY_1,
  'stage',
  ['Kurasi produk unggulan', 'Featured product curation'],
  '2020-12-05T06:00:00.000Z', // 13:00 WIB
  '2020-12-05T06:45:00.000Z',
  'scheduled',
);
export const HALL_1 = session(
  'a1b2c3d4-0000-4000-8000-000000000001',
  DAY_1,
  'hall',
  ['Hall dibuka', 'Hall open'],
  '2020-12-05T01:00:00.000Z', // 08:00 WIB
  '2020-12-05T09:00:00.000Z', // 16:00 WIB
  'live',
);
export const MATCHING_1 = session(
  'a1b2c3d4-0000-4000-8000-000000000002',
  DAY_1,
  'matching',
  ['Temu bisnis pagi', 'Morning business matching'],
  '2020-12-05T03:00:00.000Z', // 10:00 WIB
  '2020-12-05T05:00:00.000Z',
  'ended',
);
export const STAGE_2 = session(
  'a1b2c3d4-0000-4000-8000-000000000005',
  DAY_2,
  'stage',
  ['Talkshow ekspor', 'Export talk show'],
  '2020-12-06T03:00:00.000Z',
  '2020-12-06T04:00:00.000Z',
  'cancelled',
);
export const HALL_2 = session(
  'a1b2c3d4-0000-4000-8000-000000000004',
  DAY_2,
  'hall',
  ['Hall dibuka', 'Hall open'],
  '2020-12-06T01:00:00.000Z',
  '2020-12-06T09:00:00.000Z',
  'scheduled',
);

export function fairEvent(): FairEvent {
  return {
    id: 'e0e0e0e0-0000-4000-8000-000000000000',
    slug: 'opop-2020',
    name: { id: 'Pameran Virtual OPOP Jawa Barat 2020', en: 'West Java OPOP Virtual Fair 2020' },
    description: { id: 'Pameran', en: 'Fair' },
    timeZone: 'Asia/Jakarta',
    startsOn: '2020-12-05',
    endsOn: '2020-12-06',
    hallOpen: true,
    nextSession: HALL_1,
    demoOffsetMs: 0,
    days: [
      {
        id: DAY_1,
        date: '2020-12-05',
        title: { id: 'Hari pertama', en: 'Day one' },
        sessions: [STAGE_1, HALL_1, MATCHING_1],
      },
      {
        id: DAY_2,
        date: '2020-12-06',
        title: { id: 'Hari kedua', en: 'Day two' },
        sessions: [STAGE_2, HALL_2],
      },
    ],
  };
}

export function user(role: User['role']): User {
  return {
    id: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
    displayName: role === 'organiser' ? 'Panitia OPOP' : 'Siti Aminah',
    email: 'someone@example.org',
    role,
    isGuest: false,
    locale: 'id',
    timeZone: 'Asia/Jakarta',
    leadConsent: false,
    directoryListed: false,
    buyerProfile: null,
    createdAt: '2020-12-01T01:00:00.000Z',
  };
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
