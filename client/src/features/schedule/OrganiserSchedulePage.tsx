import type { EventDay } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useUser } from '../../stores/session';
import { NowNext } from './NowNext';
import { ScheduleDays } from './ScheduleDays';
import { SessionAdmin } from './SessionAdmin';
import { AddSessionForm } from './SessionForms';
import { useLiveSchedule } from './useLiveSchedule';
import { useFairRights } from '../fair/fairRights';
import { RightsLoading } from '../fair/OrganisersOnly';
import { useFairPath } from '../fair/useFairSlug';
import { zoneName } from '../../lib/format';

function AddSession({ day }: { day: EventDay }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (open) return <AddSessionForm day={day} onClose={() => setOpen(false)} />;
  return (
    <button
      type="button"
      className="button button--secondary button--small schedule-day__add"
      data-testid="add-session"
      onClick={() => setOpen(true)}
    >
      {t('schedule.form.add')}
    </button>
  );
}

/** The live console: now / next, and every session with its controls (the page keeps the socket open). */
function ScheduleConsole() {
  const { t } = useTranslation();
  const schedule = useLiveSchedule();
  return (
    <div className="schedule-console" data-testid="schedule-console">
      <h1>{t('schedule.console.title')}</h1>
      <p className="muted">{t('schedule.console.intro')}</p>
      <AsyncContent result={schedule} isEmpty={(e) => e.days.length === 0} empty={t('agenda.empty')}>
        {(event) => (
          <>
            <NowNext event={event} />
            {event.demoOffsetMs !== 0 && (
              <p className="notice" data-testid="schedule-demo-hint">
                {t('schedule.console.demoHint', { zone: zoneName(event.timeZone) })}
              </p>
            )}
            <ScheduleDays
              event={event}
              testIds={{ day: 'schedule-day', session: 'session-row' }}
              renderSession={(session, day) => (
                <SessionAdmin
                  session={session}
                  day={day}
                  timeZone={event.timeZone}
                  demoOffsetMs={event.demoOffsetMs}
                />
              )}
              footer={(day) => <AddSession day={day} />}
            />
          </>
        )}
      </AsyncContent>
    </div>
  );
}

/** `/organiser/schedule`: the console for organisers, a plain "organisers only" for everyone else. */
export function OrganiserSchedulePage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const user = useUser();
  const { ready, organiser } = useFairRights();
  if (organiser) return <ScheduleConsole />;
  if (!ready) return <RightsLoading />;
  return (
    <div className="narrow card" role="alert" data-testid="organisers-only">
      <h1>{t('schedule.console.onlyTitle')}</h1>
      <p>{t('schedule.console.onlyBody')}</p>
      <div className="confirm__actions">
        {!user && (
          <Link className="button button--primary" to="/login">
            {t('auth.signIn')}
          </Link>
        )}
        <Link className="button button--secondary" to={at('/agenda')}>
          {t('schedule.console.toAgenda')}
        </Link>
      </div>
    </div>
  );
}
