import { Logger } from '@nestjs/common';
import type { MeetingRecord } from '../matching/meetings.service';
import { MeetingRooms } from './meeting-rooms.service';
import { CommonException } from '../../common/common.exception';

const illegal = () => new CommonException('illegal_transition', 'Cannot mark a cancelled meeting as held');
const dbDown = () => new Error('Connection terminated unexpectedly');

/** An online meeting whose slot has ended, with both sides present. */
function setup(status: 'scheduled' | 'live') {
  const meeting = {
    id: 'm1',
    mode: 'online',
    status,
    endsAt: new Date(Date.now() - 60_000),
  } as MeetingRecord;
  const meetings = {
    byId: jest.fn(async () => meeting),
    transition: jest.fn(async (row: MeetingRecord, to: string) => ({ ...row, status: to })),
    show: jest.fn(async (rows: unknown[]) => rows),
    push: jest.fn(async () => undefined),
  };
  const attendance = { findBy: async () => [{ side: 'buyer' }, { side: 'exhibitor' }] };
  const rooms = new MeetingRooms(
    attendance as never,
    { enabled: false } as never,
    meetings as never,
    { now: () => Date.now() } as never,
    { staffOf: async () => [] } as never,
    { register: () => undefined } as never,
  );
  return { rooms, meetings, meeting };
}

describe('MeetingRooms: state changes driven by the clock', () => {
  let error: jest.SpyInstance;
  beforeEach(() => {
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('settles a meeting both sides joined as held, and tells the parties', async () => {
    const { rooms, meetings, meeting } = setup('live');
    await rooms.settle(meeting);
    expect(meetings.transition).toHaveBeenCalledWith(meeting, 'held');
    expect(meetings.push).toHaveBeenCalled();
  });

  it('takes a meeting someone else moved on meanwhile (illegal transition) quietly', async () => {
    const { rooms, meetings, meeting } = setup('live');
    meetings.transition.mockRejectedValueOnce(illegal());
    await expect(rooms.settle(meeting)).resolves.toBeUndefined();
    expect(meetings.push).not.toHaveBeenCalled();
    const scheduled = setup('scheduled'); // cancelled before it could even go live
    scheduled.meetings.transition.mockRejectedValueOnce(illegal());
    await expect(scheduled.rooms.settle(scheduled.meeting)).resolves.toBeUndefined();
    expect(error).not.toHaveBeenCalled();
  });

  it('logs and rethrows a database failure when settling, so the timed effect is tried again', async () => {
    const { rooms, meetings, meeting } = setup('live');
    meetings.transition.mockRejectedValueOnce(dbDown());
    await expect(rooms.settle(meeting)).rejects.toThrow('Connection terminated');
    expect(error).toHaveBeenCalled();
    expect(meetings.push).not.toHaveBeenCalled();
  });

  it('at the start only makes sure of the room: matching makes the meeting live (one place)', async () => {
    const { rooms, meetings } = setup('scheduled');
    await rooms.start('m1');
    expect(meetings.transition).not.toHaveBeenCalled();
  });
});
