import type { ScheduleSession } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatTimeRange } from '../../lib/format';
import { useViewerZone } from '../../stores/session';
import { StageLink } from '../stage/StageLink';

export function StateBadge({ session }: { session: ScheduleSession }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--session badge--${session.state}`} data-testid="session-state">
      {session.state === 'live' && <span className="badge__dot" aria-hidden="true" />}
      {t(`schedule.state.${session.state}`)}
    </span>
  );
}

export function KindBadge({ session }: { session: ScheduleSession }) {
  const { t } = useTranslation();
  return (
    <span className={`session__kind session__kind--${session.kind}`}>
      {t(`schedule.kind.${session.kind}`)}
    </span>
  );
}

/** A session as everyone sees it: kind, title in the reader's language, the fair's time (and theirs), state. */
export function SessionSummary({ session, timeZone }: { session: ScheduleSession; timeZone: string }) {
  const { lang, pick } = useLanguage();
  const zone = useViewerZone();
  return (
    <div className="session">
      <div className="session__badges">
        <KindBadge session={session} />
        <StateBadge session={session} />
      </div>
      <h3 className={`session__title${session.state === 'cancelled' ? ' session__title--cancelled' : ''}`}>
        {pick(session.title)}
      </h3>
      <p className="session__time">
        <time dateTime={session.startsAt}>
          {formatTimeRange(session.startsAt, session.endsAt, zone, lang, timeZone)}
        </time>
        <StageLink session={session} />
      </p>
    </div>
  );
}
