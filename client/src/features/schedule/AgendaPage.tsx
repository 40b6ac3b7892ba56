import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { agendaIcsUrl } from '../../lib/endpoints';
import { formatDateRange, zoneName } from '../../lib/format';
import { NowNext } from './NowNext';
import { ScheduleDays } from './ScheduleDays';
import { SessionSummary } from './SessionSummary';
import { useLiveSchedule } from './useLiveSchedule';
import { useFairSlug } from '../fair/useFairSlug';

/** The public programme, for everyone: what is on now, what is next, and every day's sessions. */
export function AgendaPage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const { lang, pick } = useLanguage();
  const schedule = useLiveSchedule();

  return (
    <div className="agenda" data-testid="agenda-page">
      <header className="agenda__header">
        <div>
          <h1>{t('agenda.title')}</h1>
          {schedule.data && (
            <p className="muted">
              {pick(schedule.data.name)} ·{' '}
              {formatDateRange(schedule.data.startsOn, schedule.data.endsOn, lang)}
            </p>
          )}
        </div>
        <a
          className="button button--secondary button--small"
          href={agendaIcsUrl(slug)}
          data-testid="agenda-ics"
        >
          {t('agenda.ics')}
        </a>
      </header>
      {schedule.data && (
        <p className="muted">{t('agenda.zoneNote', { zone: zoneName(schedule.data.timeZone) })}</p>
      )}
      <AsyncContent result={schedule} isEmpty={(e) => e.days.length === 0} empty={t('agenda.empty')}>
        {(event) => (
          <>
            <NowNext event={event} />
            <ScheduleDays
              event={event}
              testIds={{ day: 'agenda-day', session: 'agenda-session' }}
              renderSession={(session) => <SessionSummary session={session} timeZone={event.timeZone} />}
            />
          </>
        )}
      </AsyncContent>
    </div>
  );
}
