import { randomUUID } from 'node:crypto';
import type { Caller } from '../../common/auth.decorators';
import { KNOCK_TIMEOUT_MS } from './talk-state';
import { TalkService } from './talk.service';
import { TalkStore } from './talk.store';

const BOOTH = randomUUID();
const EXHIBITOR = randomUUID();
const staff: Caller = {
  sub: randomUUID(),
  role: 'exhibitor',
  name: 'Aminah',
  guest: false,
  exhibitorId: EXHIBITOR,
};
const visitor: Caller = { sub: randomUUID(), role: 'buyer', name: 'Budi', guest: false, exhibitorId: null };

/** The service on one node without Redis (the document in memory), its neighbours as test doubles. */
function setup() {
  const hall = { isAtBooth: jest.fn(async () => true) };
  const bus = { publish: jest.fn(async () => undefined) };
  const service = new TalkService(
    new TalkStore({ cmd: undefined } as never),
    {
      boothExhibitor: async () => EXHIBITOR,
      boothEvent: async () => 'event-1',
      shownVisitor: async () => ({ name: 'Budi', company: null }),
    } as never,
    hall as never,
    { recordTalk: jest.fn(), endTalks: jest.fn() } as never,
    { allow: async () => true } as never,
    { enabled: false } as never,
    bus as never,
  );
  const pushedTo = (userId: string) =>
    bus.publish.mock.calls
      .map((c) => (c as unknown as [string, { visitors: { userId: string; view: unknown }[] }])[1])
      .flatMap((p) => p.visitors.filter((v) => v.userId === userId).map((v) => v.view));
  return { service, hall, bus, pushedTo };
}

describe('TalkService: timed parts and who is at the booth', () => {
  afterEach(() => jest.useRealTimers());

  it('tells a visitor live when their knock times out, without anyone else acting', async () => {
    jest.useFakeTimers();
    const { service, pushedTo } = setup();
    await service.setAvailable(staff, BOOTH, true);
    await service.knock(visitor, BOOTH);
    await jest.advanceTimersByTimeAsync(KNOCK_TIMEOUT_MS + 100);
    expect(pushedTo(visitor.sub).at(-1)).toMatchObject({ knock: null, outcome: 'timed_out' });
    service.onModuleDestroy();
  });

  it('a booth leave costs nothing for people with no part in its talk-now, and is ignored while another tab stays', async () => {
    const { service, hall, bus } = setup();
    await service.setAvailable(staff, BOOTH, true);
    hall.isAtBooth.mockClear();
    bus.publish.mockClear();
    await service.leftBooth({ userId: randomUUID(), boothId: BOOTH });
    expect(hall.isAtBooth).not.toHaveBeenCalled();
    await service.leftBooth({ userId: staff.sub, boothId: BOOTH }); // still there on another socket
    expect(bus.publish).not.toHaveBeenCalled();
    hall.isAtBooth.mockResolvedValueOnce(false);
    await service.leftBooth({ userId: staff.sub, boothId: BOOTH });
    expect(await service.state(staff, BOOTH)).toMatchObject({ as: 'staff', staff: { available: [] } });
    service.onModuleDestroy();
  });
});
