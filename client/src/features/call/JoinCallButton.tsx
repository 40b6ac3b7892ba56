import type { Meeting } from '@pameran/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNow } from '../../lib/useNow';
import { joinOpensAt, joinWindow } from './callTiming';
import { useFairPath } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

/** Within this long before the call opens, the card says when it opens. */
const EARLY_HINT_MS = 60 * 60_000;

/**
 * The shared clock (which ticks every 15 s), moved forward exactly when one of these instants passes,
 * so the button lights up at the second the call opens.
 */
function useClockWithMoments(instants: number[]): number {
  const shared = useNow();
  const [moment, setMoment] = useState(0);
  const now = Math.max(shared, moment);
  const next = instants.filter((t) => t > now).sort((a, b) => a - b)[0];
  useEffect(() => {
    if (next === undefined) return;
    // setTimeout holds at most ~24.8 days; later instants are reached by the shared clock on the way.
    const id = setTimeout(() => setMoment(Date.now()), Math.min(next - Date.now() + 50, 2 ** 31 - 1));
    return () => clearTimeout(id);
  }, [next]);
  return now;
}

/**
 * "Join call" on an agenda card: lit from 5 minutes before the slot until its end (by the meeting's times
 * and the clock; `meeting:state` pushes refresh the meeting itself), greyed with the opening time before.
 */
export function JoinCallButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const time = useFairTime();
  const opens = joinOpensAt(meeting.start);
  const now = useClockWithMoments([opens, Date.parse(meeting.end)]);
  const slot = joinWindow(meeting, now);
  if (slot === 'none' || slot === 'over') return null;
  if (slot === 'early') {
    if (opens - now > EARLY_HINT_MS) return null; // the card already shows the slot; no hint days ahead
    return (
      <span className="muted" data-testid="join-call-early">
        {t('video.card.opensAt', { time: time.pair(new Date(opens).toISOString()) })}
      </span>
    );
  }
  return (
    <Link
      className="button button--primary button--small join-call"
      to={at(`/meetings/${meeting.id}/call`)}
      data-testid="join-call-link"
    >
      {t('video.card.join')}
    </Link>
  );
}
