import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTimePair,
  formatDateRange,
  formatRupiah,
  formatRupiahShort,
  formatTimePair,
  formatTimeRange,
  formatWhen,
  zoneName,
} from './format';

// 08:00 in Jakarta (UTC+7) on the first day of the fair.
const OPENING = '2020-12-05T01:00:00.000Z';
const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';
const NBSP = '\u00a0';

describe('formatRupiah', () => {
  it('writes whole rupiah in Indonesian notation', () => {
    expect(formatRupiah(21_020_000_000)).toBe(`Rp${NBSP}21.020.000.000`);
    expect(formatRupiah(15_000)).toBe(`Rp${NBSP}15.000`);
    expect(formatRupiah(0)).toBe(`Rp${NBSP}0`);
  });
});

describe('formatRupiahShort', () => {
  it('says billions the way each language does', () => {
    expect(formatRupiahShort(21_020_000_000, 'id')).toBe('Rp21,02 miliar');
    expect(formatRupiahShort(21_020_000_000, 'en')).toBe('IDR 21.02 billion');
  });
  it('handles millions and small sums', () => {
    expect(formatRupiahShort(1_500_000, 'id')).toBe('Rp1,5 juta');
    expect(formatRupiahShort(1_500_000, 'en')).toBe('IDR 1.5 million');
    expect(formatRupiahShort(750, 'id')).toBe('Rp750');
  });
});

describe('formatTimePair', () => {
  it('shows only the event time when the viewer is in the same zone', () => {
    expect(formatTimePair(OPENING, 'Asia/Jakarta', 'en', WIB)).toBe('08:00 WIB');
    expect(formatTimePair(OPENING, 'Asia/Jakarta', 'id', WIB)).toBe('08.00 WIB');
  });

  it('treats another zone with the same clock as the same', () => {
    expect(formatTimePair(OPENING, 'Asia/Bangkok', 'en', WIB)).toBe('08:00 WIB');
  });

  it('adds the viewer time beside WIB when it differs', () => {
    expect(formatTimePair(OPENING, 'Asia/Singapore', 'en', WIB)).toBe('08:00 WIB (your time 09:00)');
    expect(formatTimePair(OPENING, 'Asia/Makassar', 'id', WIB)).toBe('08.00 WIB (waktu Anda 09.00)');
  });

  it('names the weekday when the viewer is on another calendar day', () => {
    expect(formatTimePair(OPENING, 'America/New_York', 'en', WIB)).toBe('08:00 WIB (your time Fri 20:00)');
    expect(formatTimePair(OPENING, 'America/New_York', 'id', WIB)).toBe('08.00 WIB (waktu Anda Jum 20.00)');
  });
});

describe('formatTimeRange', () => {
  const END = '2020-12-05T09:00:00.000Z'; // 16:00 WIB
  it('shows one WIB span when the viewer keeps the same clock', () => {
    expect(formatTimeRange(OPENING, END, 'Asia/Jakarta', 'id', WIB)).toBe('08.00–16.00 WIB');
  });
  it("adds the viewer's span beside it, with their weekday when their day differs", () => {
    expect(formatTimeRange(OPENING, END, 'Asia/Singapore', 'en', WIB)).toBe(
      '08:00–16:00 WIB (your time 09:00–17:00)',
    );
    expect(formatTimeRange(OPENING, END, 'America/New_York', 'en', WIB)).toBe(
      '08:00–16:00 WIB (your time Fri 20:00–04:00)',
    );
  });
});

describe('formatWhen', () => {
  it('prefixes the day only when the session is not today in Jakarta', () => {
    const sameDay = Date.parse('2020-12-05T00:30:00Z');
    const dayBefore = Date.parse('2020-12-04T10:00:00Z');
    expect(formatWhen(OPENING, 'Asia/Jakarta', 'en', sameDay, WIB)).toBe('08:00 WIB');
    expect(formatWhen(OPENING, 'Asia/Jakarta', 'id', dayBefore, WIB)).toBe('Sab, 5 Des 08.00 WIB');
  });
});

describe('a fair in another zone of Indonesia', () => {
  it('shows the fair’s own clock and abbreviation: WITA in Makassar, WIT in Jayapura', () => {
    expect(formatTimePair(OPENING, WITA, 'id', WITA)).toBe('09.00 WITA');
    expect(formatTimePair(OPENING, WIT, 'en', WIT)).toBe('10:00 WIT');
    expect(formatTimeRange(OPENING, '2020-12-05T09:00:00.000Z', WITA, 'en', WITA)).toBe('09:00–17:00 WITA');
  });

  it('adds the viewer’s own clock when they are elsewhere: a WIB viewer of a WITA fair, a buyer in Kuala Lumpur', () => {
    expect(formatTimePair(OPENING, WIB, 'id', WITA)).toBe('09.00 WITA (waktu Anda 08.00)');
    expect(formatTimePair(OPENING, WIB, 'en', WIT)).toBe('10:00 WIT (your time 08:00)');
    // Kuala Lumpur keeps Makassar's clock (UTC+8): one time is enough there; a WIB fair shows both.
    expect(formatTimePair(OPENING, 'Asia/Kuala_Lumpur', 'en', WITA)).toBe('09:00 WITA');
    expect(formatTimePair(OPENING, 'Asia/Kuala_Lumpur', 'en', WIB)).toBe('08:00 WIB (your time 09:00)');
  });

  it('reads the day in the fair’s zone: late evening in Jakarta is already tomorrow in Jayapura', () => {
    const lateInJakarta = '2020-12-05T16:30:00.000Z'; // 23:30 WIB, 01:30 WIT on the 6th
    const evening = Date.parse('2020-12-05T12:00:00Z');
    expect(formatWhen(lateInJakarta, WIT, 'en', evening, WIT)).toBe('Sun 6 Dec 01:30 WIT');
    expect(formatWhen(lateInJakarta, WIB, 'en', evening, WIB)).toBe('23:30 WIB');
  });

  it('writes a record’s date and time in the fair’s zone', () => {
    expect(formatDateTimePair(OPENING, WITA, 'id', WITA)).toBe('5 Des 2020 09.00 WITA');
    expect(formatDateTimePair(OPENING, 'Asia/Kuala_Lumpur', 'en', WIB)).toBe(
      '5 Dec 2020 08:00 WIB (your time 09:00)',
    );
  });
});

describe('zoneName', () => {
  it('uses the Indonesian zone names', () => {
    expect(zoneName('Asia/Jakarta')).toBe('WIB');
    expect(zoneName('Asia/Makassar')).toBe('WITA');
    expect(zoneName('Asia/Jayapura')).toBe('WIT');
  });
});

describe('dates', () => {
  it('formats a calendar day by language without shifting it by zone', () => {
    expect(formatDate('2020-12-05', 'id')).toMatch(/^Sabtu, 0?5 Desember 2020$/);
    expect(formatDate('2020-12-05', 'en')).toBe('Saturday, 5 December 2020');
  });
  it('formats the fair dates as a range', () => {
    expect(formatDateRange('2020-12-05', '2020-12-08', 'id')).toBe('5–8 Desember 2020');
    expect(formatDateRange('2020-12-05', '2020-12-08', 'en').replace(/\s/g, ' ')).toBe('5 – 8 December 2020');
  });
});
