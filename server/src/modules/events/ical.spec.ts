import { calendar } from './ical';

describe('calendar', () => {
  const ics = calendar(
    'OPOP Expo 2020',
    [
      {
        uid: 's1@pameran',
        start: new Date('2020-12-05T01:00:00Z'),
        end: new Date('2020-12-05T09:00:00Z'),
        summary: 'Aula dibuka; temu bisnis, kurasi',
        description: 'Baris satu\nbaris dua ' + 'panjang '.repeat(20),
      },
    ],
    new Date('2020-11-01T00:00:00Z'),
  );

  it('writes UTC times, escapes text and uses CRLF', () => {
    expect(ics).toContain('DTSTART:20201205T010000Z\r\n');
    expect(ics).toContain('SUMMARY:Aula dibuka\\; temu bisnis\\, kurasi');
    expect(ics.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
  });

  it('folds long lines to 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n baris|\r\n [a-z]/);
  });

  it('escapes every line break (CRLF, LF and a lone CR), commas, semicolons and backslashes', () => {
    const out = calendar('x', [
      {
        uid: 'u@pameran',
        start: new Date('2020-12-05T01:00:00Z'),
        end: new Date('2020-12-05T02:00:00Z'),
        summary: 'a\rBEGIN:VEVENT\r\nb\nc;d,e\\f',
      },
    ]);
    expect(out).toContain('SUMMARY:a\\nBEGIN:VEVENT\\nb\\nc\\;d\\,e\\\\f\r\n');
    // No raw CR other than the line ends: a lone CR cannot start a forged property.
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
