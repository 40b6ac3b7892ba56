import { z } from 'zod';
import { ScheduleException } from '../schedule/schedule.exception';
import { errorAck, parsePayload, RATE_LIMITED } from './ack';
import { HallException } from './hall.exception';

describe('hall acks', () => {
  it('carry the code a feature threw, with its message', () => {
    expect(errorAck(new HallException('unknown_booth', 'There is no such booth in this event'))).toEqual({
      ok: false,
      error: { code: 'unknown_booth', message: 'There is no such booth in this event' },
    });
    expect(errorAck(new ScheduleException('hall_closed', 'The hall is closed now'))).toEqual({
      ok: false,
      error: { code: 'hall_closed', message: 'The hall is closed now' },
    });
  });

  it('say `internal` for anything that is not a domain refusal, without its details', () => {
    expect(errorAck(new Error('connection reset by peer'))).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong; please try again' },
    });
  });

  it('say `validation` with the field for a payload that breaks its schema, and `rate_limited` when too fast', () => {
    const parsed = parsePayload(z.strictObject({ boothId: z.uuid() }), { boothId: 'nope' });
    expect(parsed).toMatchObject({ ack: { ok: false, error: { code: 'validation', path: 'boothId' } } });
    expect(RATE_LIMITED).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });
});
