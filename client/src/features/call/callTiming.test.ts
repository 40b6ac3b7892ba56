import { describe, expect, it } from 'vitest';
import { formatCountdown, joinWindow, remaining } from './callTiming';

const start = '2020-12-05T03:00:00.000Z';
const end = '2020-12-05T03:20:00.000Z';
const meeting = { mode: 'online' as const, status: 'scheduled' as const, start, end };
const at = (iso: string) => Date.parse(iso);

describe('joinWindow', () => {
  it('opens 5 minutes before the slot and closes at its end', () => {
    expect(joinWindow(meeting, at('2020-12-05T02:54:59.000Z'))).toBe('early');
    expect(joinWindow(meeting, at('2020-12-05T02:55:00.000Z'))).toBe('open');
    expect(joinWindow({ ...meeting, status: 'live' }, at('2020-12-05T03:19:59.000Z'))).toBe('open');
    expect(joinWindow({ ...meeting, status: 'live' }, at(end))).toBe('over');
  });

  it('does not apply to on-site, cancelled or settled meetings', () => {
    const now = at('2020-12-05T03:05:00.000Z');
    expect(joinWindow({ ...meeting, mode: 'onsite' }, now)).toBe('none');
    expect(joinWindow({ ...meeting, status: 'cancelled' }, now)).toBe('none');
    expect(joinWindow({ ...meeting, status: 'held' }, now)).toBe('none');
  });
});

describe('remaining', () => {
  it('counts down whole seconds and warns from 2 minutes before the end', () => {
    expect(remaining(end, at('2020-12-05T03:10:00.000Z'))).toEqual({
      seconds: 600,
      warning: false,
      over: false,
    });
    expect(remaining(end, at('2020-12-05T03:18:00.500Z'))).toEqual({
      seconds: 120,
      warning: true,
      over: false,
    });
    expect(remaining(end, at('2020-12-05T03:21:00.000Z'))).toEqual({ seconds: 0, warning: true, over: true });
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, hours when needed', () => {
    expect(formatCountdown(545)).toBe('9:05');
    expect(formatCountdown(720)).toBe('12:00');
    expect(formatCountdown(3725)).toBe('1:02:05');
    expect(formatCountdown(-3)).toBe('0:00');
  });
});
