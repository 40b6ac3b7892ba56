import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../stores/session';
import { onsiteApi } from './onsiteApi';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

/** What a venue table's printed code opens: the table and the meetings booked at it that day. */
export function TablePage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const time = useFairTime();
  const user = useUser();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const day = params.get('day') ?? new Date().toISOString().slice(0, 10);
  const table = useAsync(`${id}/${day}`, (signal) => onsiteApi.table(slug, id, day, signal));
  return (
    <div className="onsite" data-testid="table-page">
      <AsyncContent result={table}>
        {(v) => (
          <>
            <h1>{t('onsite.table.title', { label: v.label })}</h1>
            {v.booked.length === 0 ? (
              <p className="notice notice--empty">
                {t('onsite.table.free', { day: formatDate(v.day, lang) })}
              </p>
            ) : (
              <section className="card">
                <h2>{t('onsite.table.booked', { day: formatDate(v.day, lang) })}</h2>
                <ul data-testid="table-booked">
                  {v.booked.map((b) => (
                    <li key={b.startsAt}>{time.range(b.startsAt, b.endsAt)}</li>
                  ))}
                </ul>
              </section>
            )}
            {user && !user.isGuest && <Link to={at('/meetings')}>{t('onsite.table.myMeetings')}</Link>}
          </>
        )}
      </AsyncContent>
    </div>
  );
}
