import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { zoneOffsetMinutes } from '@pameran/contracts';
import { EffectRunner, type PlannedEffect } from '../schedule/effect-runner.service';
import { PersonalMail } from './personal-mail.service';
import { UnansweredRequestsReadModel } from './read-models/unanswered-requests.read-model';

export const DIGEST_EFFECT = 'mail.digest';
/** The digest's effects hang on one fixed subject of their own, so replanning them touches nothing else. */
const DIGEST_SUBJECT = '6d61696c-0000-4000-8000-000000d16e57';
/** The hour of the morning (in the fair's zone) when exhibitors get the digest. */
export const DIGEST_HOUR = 8;
/** A digest missed by less than this (a restart just after 08:00) still goes; an older one is skipped. */
const LATE_ENOUGH_MS = 60 * 60_000;

/** The last `hour`:00 in `timeZone` at or before `now`, as an instant. */
export function lastLocalHour(now: Date, timeZone: string, hour: number): Date {
  const offset = zoneOffsetMinutes(now, timeZone) * 60_000;
  const local = new Date(now.getTime() + offset);
  let at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - offset;
  if (at > now.getTime()) at -= 24 * 60 * 60_000;
  return new Date(at);
}

/**
 * Each morning at 08:00 in the fair's zone, every exhibitor's staff get one mail listing the requests still
 * waiting for their answer (none waiting, no mail). Timed by the schedule's EffectRunner
 * (docs/decisions/0005-timed-effects.md): each run plans the next morning; each mail's dedupe key names the
 * fair, the day and the person, so a repeated run mails nobody twice.
 */
@Injectable()
export class MailDigest implements OnApplicationBootstrap {
  constructor(
    private readonly effects: EffectRunner,
    private readonly requests: UnansweredRequestsReadModel,
    private readonly mail: PersonalMail,
  ) {
    effects.register(DIGEST_EFFECT, async (e) => {
      await this.send(e.payload.eventId, e.payload.day);
      await this.plan();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.plan();
  }

  /** Plan each fair's next digest (and one just missed by a restart). */
  async plan(now = new Date()): Promise<void> {
    const wanted: PlannedEffect[] = [];
    for (const fair of await this.requests.fairs()) {
      const last = lastLocalHour(now, fair.timeZone, DIGEST_HOUR);
      const next = new Date(last.getTime() + 24 * 60 * 60_000);
      for (const at of now.getTime() - last.getTime() < LATE_ENOUGH_MS ? [last, next] : [next]) {
        const day = at.toISOString().slice(0, 10);
        wanted.push({
          key: `mail-digest:${fair.id}:${day}`,
          kind: DIGEST_EFFECT,
          payload: { eventId: fair.id, day },
          dueAt: at,
        });
      }
    }
    await this.effects.replan(DIGEST_SUBJECT, wanted);
  }

  /** Mail one fair's digest of `day` to each staff member with requests waiting; returns how many were queued. */
  async send(eventId: string, day: string): Promise<number> {
    const byStaff = new Map<string, { from: string; since: string }[]>();
    for (const r of await this.requests.forStaff(eventId)) {
      const list = byStaff.get(r.staffId) ?? [];
      list.push({ from: r.from, since: new Date(r.createdAt).toISOString() });
      byStaff.set(r.staffId, list);
    }
    let queued = 0;
    for (const [staffId, requests] of byStaff) {
      const content = { kind: 'request_digest' as const, requests };
      if (
        await this.mail.send(staffId, content, { dedupeKey: `digest:${eventId}:${day}:${staffId}`, eventId })
      )
        queued++;
    }
    return queued;
  }
}
