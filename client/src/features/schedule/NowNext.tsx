import type { FairEvent } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatTimePair, formatWhen } from '../../lib/format';
import { minutesUntil, nowAndNext } from '../../lib/schedule';
import { useNow } from '../../lib/useNow';
import { useViewerZone } from '../../stores/session';
import { StageLink } from '../stage/StageLink';
import { KindBadge } from './SessionSummary';

/** Within this many minutes "Next" says "starts in N min" rather than only the time. */
const SOON_MINUTES = 60;

/** "Now" (every live session) and "Next" (the first one still to come), by the server's states. */
export function NowNext({ event }: { event: FairEvent }) {
  const { t } = useTranslation();
  const { lang, pick } = useLanguage();
  const zone = useViewerZone();
  const now = useNow(); // ticks every 15 s, for "starts in N min"
  const { live, next } = nowAndNext(event);
  const minutes = next ? minutesUntil(next.startsAt, now) : 0;

  return (
    <div className="now-next">
      <section className="now-next__block now-next__block--now" data-testid="agenda-now" aria-live="polite">
        <h2 className="now-next__label">{t('agenda.now')}</h2>
        {live.length === 0 ? (
          <p className="muted">{t('agenda.nothingNow')}</p>
        ) : (
          <ul className="now-next__list">
            {live.map((s) => (
              <li key={s.id}>
                <KindBadge session={s} /> <strong>{pick(s.title)}</strong>{' '}
                <span className="muted">
                  {t('agenda.until', { time: formatTimePair(s.endsAt, zone, lang, event.timeZone) })}
                </span>
                <StageLink session={s} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="now-next__block" data-testid="agenda-next" aria-live="polite">
        <h2 className="now-next__label">{t('agenda.next')}</h2>
        {next ? (
          <p>
            <KindBadge session={next} /> <strong>{pick(next.title)}</strong>{' '}
            <span className="muted">{formatWhen(next.startsAt, zone, lang, now, event.timeZone)}</span>
            {minutes <= SOON_MINUTES && (
              <span className="now-next__soon" data-testid="agenda-next-soon">
                {minutes === 0 ? t('agenda.startingNow') : t('agenda.startsIn', { count: minutes })}
              </span>
            )}
          </p>
        ) : (
          <p className="muted">{t('agenda.nothingNext')}</p>
        )}
      </section>
    </div>
  );
}
