import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { meetingsApi } from '../../lib/matchingApi';
import { outcomesApi } from '../../lib/outcomesApi';
import { useAsync } from '../../lib/useAsync';
import { useSession, useViewerZone } from '../../stores/session';
import { AvailabilityEditor } from './AvailabilityEditor';
import { CalendarFeedLink } from './CalendarFeedLink';
import { MeetingCard } from './MeetingCard';
import { RequestCard } from './RequestCard';
import { useMatchingUpdates } from './useMatchingUpdates';
import { WorkingHoursForm } from './WorkingHoursForm';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';
import { useFairRights } from '../fair/fairRights';

type Tab = 'agenda' | 'requests' | 'settings';

/** "My meetings": the agenda in the fair's zone and mine, requests to answer or follow, and my availability. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { zone: fairZone } = useFairTime();
  const at = useFairPath();
  const slug = useFairSlug();
  const user = useSession((s) => s.user);
  const { exhibitorId } = useFairRights();
  const zone = useViewerZone();
  const { state } = useLocation() as { state: { tab?: Tab } | null };
  const [tab, setTab] = useState<Tab>(state?.tab ?? 'agenda');
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  useMatchingUpdates(refresh);
  const side = exhibitorId ? 'incoming' : 'outgoing';
  const meetings = useAsync(user ? `meetings:${slug}:${version}` : null, (signal) =>
    meetingsApi.mine(slug, signal),
  );
  const outcomes = useAsync(user ? `outcomes:${version}` : null, (signal) => outcomesApi.toRecord(signal));
  const outcomeOf = new Map(outcomes.data?.items.map((o) => [o.meetingId, o]));
  const requests = useAsync(user ? `requests:${slug}:${side}:${version}` : null, (signal) =>
    meetingsApi.requests(slug, side, undefined, signal),
  );
  if (!user || user.isGuest)
    return <Navigate to={`/login?next=${encodeURIComponent(at('/meetings'))}`} replace />;

  return (
    <div className="matching" data-testid="meetings-page">
      <header className="matching__header">
        <div>
          <h1>{t('matching.meetings.title')}</h1>
          <p className="muted">{t('matching.meetings.zone', { zone, fairZone })}</p>
        </div>
        <CalendarFeedLink />
      </header>
      <div className="tabs" role="tablist">
        {(['agenda', 'requests', 'settings'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
            onClick={() => setTab(id)}
            data-testid={`tab-${id}`}
          >
            {t(`matching.meetings.tab.${id}`)}
            {id === 'requests' && requests.data && (
              <span className="tabs__count">
                {requests.data.items.filter((r) => r.status === 'pending' || r.status === 'countered').length}
              </span>
            )}
          </button>
        ))}
      </div>
      {tab === 'agenda' && (
        <AsyncContent
          result={meetings}
          isEmpty={(l) => l.items.length === 0}
          empty={
            <p>
              {t('matching.meetings.empty')}{' '}
              {!exhibitorId && <Link to={at('/catalogue')}>{t('matching.meetings.findExhibitors')}</Link>}
            </p>
          }
        >
          {(list) => (
            <div className="matching__list">
              {list.items.map((m) => (
                <MeetingCard key={m.id} meeting={m} outcome={outcomeOf.get(m.id)} onChange={refresh} />
              ))}
            </div>
          )}
        </AsyncContent>
      )}
      {tab === 'requests' && (
        <AsyncContent
          result={requests}
          isEmpty={(l) => l.items.length === 0}
          empty={t('matching.requests.empty')}
        >
          {(list) => (
            <div className="matching__list">
              {list.items.map((r) => (
                <RequestCard key={r.id} request={r} onChange={refresh} />
              ))}
            </div>
          )}
        </AsyncContent>
      )}
      {tab === 'settings' && (exhibitorId ? <AvailabilityEditor /> : <WorkingHoursForm />)}
    </div>
  );
}
