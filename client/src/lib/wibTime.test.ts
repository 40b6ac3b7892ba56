import { describe, expect, it } from 'vitest';
import { isoToWibInput, wibInputToIso } from './wibTime';

describe('wibInputToIso: an organiser types WIB wall-clock times', () => {
  it('turns a day and "HH:mm" into an instant at +07:00', () => {
    expect(wibInputToIso('2020-12-05', '09:30')).toBe('2020-12-05T09:30:00+07:00');
    expect(new Date(wibInputToIso('2020-12-05', '09:30') ?? '').toISOString()).toBe(
      '2020-12-05T02:30:00.000Z',
    );
  });

  it('means WIB whatever zone the browser is in (early morning WIB is the previous day in UTC)', () => {
    expect(new Date(wibInputToIso('2020-12-06', '06:15') ?? '').toISOString()).toBe(
      '2020-12-05T23:15:00.000Z',
    );
    expect(new Date(wibInputToIso('2020-12-05', '00:00') ?? '').toISOString()).toBe(
      '2020-12-04T17:00:00.000Z',
    );
    expect(wibInputToIso('2020-12-05', '23:59')).toBe('2020-12-05T23:59:00+07:00');
  });

  it('gives nothing for an empty or impossible time, so the schema reports the field', () => {
    expect(wibInputToIso('2020-12-05', '')).toBeUndefined();
    expect(wibInputToIso('2020-12-05', '24:00')).toBeUndefined();
    expect(wibInputToIso('2020-12-05', '9:30')).toBeUndefined();
    expect(wibInputToIso('5/12/2020', '09:30')).toBeUndefined();
  });

  it('trims what was typed', () => {
    expect(wibInputToIso('2020-12-05', ' 13:05 ')).toBe('2020-12-05T13:05:00+07:00');
  });
});

describe('isoToWibInput: a stored instant back into the form', () => {
  it('is the inverse of wibInputToIso', () => {
    for (const time of ['00:00', '06:15', '09:30', '16:00', '23:59']) {
      const iso = wibInputToIso('2020-12-07', time) ?? '';
      expect(isoToWibInput(new Date(iso).toISOString())).toEqual({ date: '2020-12-07', time });
    }
  });

  it('takes a shift off first (the demo schedule is read shifted, stored unshifted)', () => {
    const shift = 3 * 86_400_000 + 5 * 3_600_000 + 17 * 60_000; // 3 days 5 h 17 min
    const shown = new Date(Date.parse('2020-12-05T02:30:00Z') + shift).toISOString();
    expect(isoToWibInput(shown, -shift)).toEqual({ date: '2020-12-05', time: '09:30' });
  });
});
