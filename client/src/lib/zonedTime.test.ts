import { describe, expect, it } from 'vitest';
import { isoToZonedInput, zonedInputToIso } from './zonedTime';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

describe('zonedInputToIso: an organiser types wall-clock times in the fair’s zone', () => {
  it('turns a day and "HH:mm" into an instant at the zone’s offset (WIB +07, WITA +08, WIT +09)', () => {
    expect(zonedInputToIso('2020-12-05', '09:30', WIB)).toBe('2020-12-05T09:30:00+07:00');
    expect(zonedInputToIso('2020-12-05', '09:30', WITA)).toBe('2020-12-05T09:30:00+08:00');
    expect(zonedInputToIso('2020-12-05', '09:30', WIT)).toBe('2020-12-05T09:30:00+09:00');
    expect(new Date(zonedInputToIso('2020-12-05', '09:30', WITA) ?? '').toISOString()).toBe(
      '2020-12-05T01:30:00.000Z',
    );
  });

  it('means the fair’s zone whatever zone the browser is in (early morning there is the previous day in UTC)', () => {
    expect(new Date(zonedInputToIso('2020-12-06', '06:15', WIB) ?? '').toISOString()).toBe(
      '2020-12-05T23:15:00.000Z',
    );
    expect(new Date(zonedInputToIso('2020-12-05', '00:00', WIT) ?? '').toISOString()).toBe(
      '2020-12-04T15:00:00.000Z',
    );
    expect(zonedInputToIso('2020-12-05', '23:59', WIB)).toBe('2020-12-05T23:59:00+07:00');
  });

  it('takes the offset in force that day in a zone with daylight saving', () => {
    expect(zonedInputToIso('2021-01-15', '09:00', 'Europe/Amsterdam')).toBe('2021-01-15T09:00:00+01:00');
    expect(zonedInputToIso('2021-07-15', '09:00', 'Europe/Amsterdam')).toBe('2021-07-15T09:00:00+02:00');
  });

  it('gives nothing for an empty or impossible time, so the schema reports the field', () => {
    expect(zonedInputToIso('2020-12-05', '', WIB)).toBeUndefined();
    expect(zonedInputToIso('2020-12-05', '24:00', WIB)).toBeUndefined();
    expect(zonedInputToIso('2020-12-05', '9:30', WIB)).toBeUndefined();
    expect(zonedInputToIso('5/12/2020', '09:30', WIB)).toBeUndefined();
  });

  it('trims what was typed', () => {
    expect(zonedInputToIso('2020-12-05', ' 13:05 ', WITA)).toBe('2020-12-05T13:05:00+08:00');
  });
});

describe('isoToZonedInput: a stored instant back into the form', () => {
  it('is the inverse of zonedInputToIso in each of Indonesia’s zones', () => {
    for (const zone of [WIB, WITA, WIT])
      for (const time of ['00:00', '06:15', '09:30', '16:00', '23:59']) {
        const iso = zonedInputToIso('2020-12-07', time, zone) ?? '';
        expect(isoToZonedInput(new Date(iso).toISOString(), zone)).toEqual({ date: '2020-12-07', time });
      }
  });

  it('shows one instant as each zone’s wall clock', () => {
    const at = '2020-12-05T02:30:00.000Z';
    expect(isoToZonedInput(at, WIB)).toEqual({ date: '2020-12-05', time: '09:30' });
    expect(isoToZonedInput(at, WITA)).toEqual({ date: '2020-12-05', time: '10:30' });
    expect(isoToZonedInput(at, WIT)).toEqual({ date: '2020-12-05', time: '11:30' });
  });

  it('takes a shift off first (the demo schedule is read shifted, stored unshifted)', () => {
    const shift = 3 * 86_400_000 + 5 * 3_600_000 + 17 * 60_000; // 3 days 5 h 17 min
    const shown = new Date(Date.parse('2020-12-05T02:30:00Z') + shift).toISOString();
    expect(isoToZonedInput(shown, WIB, -shift)).toEqual({ date: '2020-12-05', time: '09:30' });
  });
});
