import type { FairEvent } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatTimePair, formatWhen } from '../../lib/format';
import { nextHallOpening } from '../../lib/schedule';
import { useNow } from '../../lib/useNow';
import { useViewerZone } from '../../stores/session';
import { AccessChangedNotice } from './AccessChangedNotice';
import { ConnectionBadge } from './ConnectionBadge';
import { fairPath } from '../fair/fairPath';

/**
 * "Hall open" / "Hall closed — opens …", the session that is on now or next, and the way to the agenda: on a
 * fair's pages, for that fair, with times in its zone.
 */
export function HallStatus({ event }: { event: FairEvent }) {
  const { t } = useTranslation();
  const { lang, pick } = useLanguage();
  const zone = useViewerZone();
  const now = useNow();
  const agendaLink = (
    <Link className="hall-status__agenda" to={fairPath(event.slug, '/agenda')} data-testid="agenda-link">
      {t('agenda.link')}
    </Link>
  );

  const opening = event.hallOpen ? null : nextHallOpening(event, now);
  const badge = event.hallOpen
    ? t('hall.open')
    : opening
      ? t('hall.closedOpens', { when: formatWhen(opening.startsAt, zone, lang, now, event.timeZone) })
      : t('hall.closed');
  const session = event.nextSession;

  return (
    <div className="hall-status">
      <span
        className={`badge ${event.hallOpen ? 'badge--live' : 'badge--closed'}`}
        data-testid="hall-badge"
        role="status"
      >
        <span className="badge__dot" aria-hidden="true" />
        {badge}
      </span>
      {session && (
        <span className="hall-status__session" data-testid="next-session">
          {session.state === 'live'
            ? t('hall.now', {
                title: pick(session.title),
                until: formatTimePair(session.endsAt, zone, lang, event.timeZone),
              })
            : t('hall.next', {
                title: pick(session.title),
                when: formatWhen(session.startsAt, zone, lang, now, event.timeZone),
              })}
        </span>
      )}
      {agendaLink}
      <ConnectionBadge />
      <AccessChangedNotice />
      {event.demoOffsetMs !== 0 && (
        <span className="tag" title={t('hall.demoHint')}>
          {t('hall.demo')}
        </span>
      )}
    </div>
  );
}
