import type { ModerationState } from '@pameran/contracts';
import type { ActiveSanction } from '../../moderation/moderation.service';

type Ban = { until: Date | null };

/**
 * The longest of some sanctions (`until` null: until lifted) that hold in the fair (its own or platform-wide
 * ones, docs/decisions/0025-many-fairs.md), skipping those already over at `now`.
 */
function longest(list: ActiveSanction[] | undefined, eventId: string, now: number): ActiveSanction | null {
  let best: ActiveSanction | null = null;
  for (const s of list ?? []) {
    if (s.eventId !== null && s.eventId !== eventId) continue;
    if (s.until && s.until.getTime() <= now) continue;
    if (!best || (best.until && (!s.until || s.until > best.until))) best = s;
  }
  return best;
}

function push(map: Map<string, ActiveSanction[]>, key: string, s: ActiveSanction): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

/**
 * Mutes and bans in force, indexed for the handshake: by person (mutes and bans), by client address and
 * by signed device (bans only, the way `ModerationService` pins a guest's ban to the person). Replaced as
 * a whole when the moderation state changes; an expired sanction is ignored at the time of the check.
 */
export class SanctionsMemory {
  private byUser = new Map<string, ActiveSanction[]>();
  private byAddress = new Map<string, ActiveSanction[]>();
  private byDevice = new Map<string, ActiveSanction[]>();

  replace(sanctions: ActiveSanction[]): void {
    const byUser = new Map<string, ActiveSanction[]>();
    const byAddress = new Map<string, ActiveSanction[]>();
    const byDevice = new Map<string, ActiveSanction[]>();
    for (const s of sanctions) {
      push(byUser, s.userId, s);
      if (s.kind !== 'ban') continue;
      if (s.address) push(byAddress, s.address, s);
      if (s.deviceId) push(byDevice, s.deviceId, s);
    }
    this.byUser = byUser;
    this.byAddress = byAddress;
    this.byDevice = byDevice;
  }

  /** A ban in the fair on the person, on their device or (for a guest, `address` given) on their address. */
  banOf(
    userId: string,
    eventId: string,
    address: string | null,
    deviceId: string | null,
    now = Date.now(),
  ): Ban | null {
    const bans = (this.byUser.get(userId) ?? []).filter((s) => s.kind === 'ban');
    if (address) bans.push(...(this.byAddress.get(address) ?? []));
    if (deviceId) bans.push(...(this.byDevice.get(deviceId) ?? []));
    const ban = longest(bans, eventId, now);
    return ban && { until: ban.until };
  }

  /** What `ModerationService.stateOf(userId, eventId)` answers: banned beats muted. */
  stateOf(userId: string, eventId: string, now = Date.now()): ModerationState {
    const own = this.byUser.get(userId);
    const pick =
      longest(
        own?.filter((s) => s.kind === 'ban'),
        eventId,
        now,
      ) ??
      longest(
        own?.filter((s) => s.kind === 'mute'),
        eventId,
        now,
      );
    if (!pick) return { state: 'ok' };
    return {
      state: pick.kind === 'ban' ? 'banned' : 'muted',
      ...(pick.until && { until: pick.until.toISOString() }),
    };
  }
}
