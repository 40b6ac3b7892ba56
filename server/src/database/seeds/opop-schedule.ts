/** The 2020 fair's slug (the one every seed has). */
export const OPOP_SLUG = 'opop-2020';

/** The 4-day programme of OPOP 2020 (5–8 December 2020), in WIB (UTC+7). */
export interface SeedSession {
  kind: 'hall' | 'matching' | 'stage';
  title: { id: string; en: string };
  start: string; // HH:MM WIB
  end: string;
}

export interface SeedDay {
  date: string;
  title: { id: string; en: string };
  sessions: SeedSession[];
}

const hall: SeedSession = {
  kind: 'hall',
  title: { id: 'Aula pameran dibuka', en: 'Exhibition hall open' },
  start: '08:00',
  end: '16:00',
};
const matchingMorning: SeedSession = {
  kind: 'matching',
  title: { id: 'Temu bisnis — sesi pagi', en: 'Business matching — morning block' },
  start: '09:30',
  end: '12:00',
};
const matchingAfternoon: SeedSession = {
  kind: 'matching',
  title: { id: 'Temu bisnis — sesi siang', en: 'Business matching — afternoon block' },
  start: '13:00',
  end: '15:30',
};

export const OPOP_DAYS: SeedDay[] = [
  {
    date: '2020-12-05',
    title: { id: 'Hari 1 — Pembukaan', en: 'Day 1 — Opening' },
    sessions: [
      hall,
      {
        kind: 'stage',
        title: { id: 'Upacara pembukaan OPOP Expo 2020', en: 'OPOP Expo 2020 opening ceremony' },
        start: '08:00',
        end: '09:15',
      },
      matchingMorning,
      matchingAfternoon,
    ],
  },
  {
    date: '2020-12-06',
    title: { id: 'Hari 2 — Kurasi produk', en: 'Day 2 — Product curation' },
    sessions: [
      hall,
      matchingMorning,
      {
        kind: 'stage',
        title: {
          id: 'Kurasi produk bersama perwakilan dagang RI di luar negeri',
          en: "Product curation with Indonesia's overseas trade representatives",
        },
        start: '12:00',
        end: '13:00',
      },
      matchingAfternoon,
    ],
  },
  {
    date: '2020-12-07',
    title: { id: 'Hari 3 — Ekspor dan investasi', en: 'Day 3 — Export and investment' },
    sessions: [
      hall,
      matchingMorning,
      {
        kind: 'stage',
        title: {
          id: 'Gelar wicara: membawa produk pesantren ke pasar ekspor',
          en: 'Talk: taking pesantren products to export markets',
        },
        start: '12:00',
        end: '13:00',
      },
      matchingAfternoon,
    ],
  },
  {
    date: '2020-12-08',
    title: { id: 'Hari 4 — Penutupan', en: 'Day 4 — Closing' },
    sessions: [
      hall,
      matchingMorning,
      matchingAfternoon,
      {
        kind: 'stage',
        title: {
          id: 'Penutupan dan pengumuman nilai transaksi',
          en: 'Closing and announcement of deals booked',
        },
        start: '15:30',
        end: '16:00',
      },
    ],
  },
];

/** `2020-12-05` + `08:00` in WIB → a UTC instant. */
export function wib(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}
