import type { EventDay, FairEvent, ScheduleSession } from '@pameran/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { byStart } from '../../lib/schedule';

interface ScheduleDaysProps {
  event: FairEvent;
  /** Test ids of each day's section and each session's item. */
  testIds: { day: string; session: string };
  renderSession(session: ScheduleSession, day: EventDay): ReactNode;
  /** Drawn under a day's sessions (the organiser's "add session"). */
  footer?(day: EventDay): ReactNode;
}

/** The programme day by day, each day's sessions in time order. */
export function ScheduleDays({ event, testIds, renderSession, footer }: ScheduleDaysProps) {
  const { t } = useTranslation();
  const { lang, pick } = useLanguage();
  return (
    <div className="schedule-days">
      {event.days.map((day) => (
        <section
          key={day.id}
          className="schedule-day"
          data-testid={testIds.day}
          aria-labelledby={`day-${day.id}`}
        >
          <h2 id={`day-${day.id}`} className="schedule-day__title">
            <span>{formatDate(day.date, lang)}</span>
            <span className="schedule-day__theme">{pick(day.title)}</span>
          </h2>
          {day.sessions.length === 0 ? (
            <p className="notice notice--empty">{t('agenda.noSessions')}</p>
          ) : (
            <ol className="schedule-day__sessions">
              {[...day.sessions].sort(byStart).map((session) => (
                <li
                  key={session.id}
                  className={`schedule-item schedule-item--${session.state}`}
                  data-testid={testIds.session}
                  data-session-id={session.id}
                  data-state={session.state}
                >
                  {renderSession(session, day)}
                </li>
              ))}
            </ol>
          )}
          {footer?.(day)}
        </section>
      ))}
    </div>
  );
}
