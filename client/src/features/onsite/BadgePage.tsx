import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../stores/session';
import '../../styles/onsite.css';
import { onsiteApi } from './onsiteApi';
import { useFairSlug } from '../fair/useFairSlug';

/** The code in groups of six, as staff type it when there is no camera. */
export const groupedCode = (code: string) => code.match(/.{1,6}/g)?.join(' ') ?? code;

/**
 * A registered visitor's badge: the QR that staff scan at a booth, the same code in print for typing, and
 * a print button (the page prints as a badge-sized card, styles/onsite.css).
 */
export function BadgePage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const user = useUser();
  const registered = !!user && !user.isGuest;
  const badge = useAsync(registered ? `badge-${user.id}` : null, (signal) => onsiteApi.badge(slug, signal));
  return (
    <div className="onsite" data-testid="badge-page">
      <h1 className="onsite__screen-only">{t('onsite.badge.title')}</h1>
      {!registered ? (
        <p className="notice">
          {t('onsite.badge.guest')} <Link to="/upgrade">{t('onsite.badge.register')}</Link>
        </p>
      ) : (
        <AsyncContent result={badge}>
          {(b) => (
            <>
              <p className="muted onsite__screen-only">{t('onsite.badge.intro')}</p>
              <section className="card onsite-badge" data-testid="badge">
                <img
                  className="onsite-badge__qr"
                  src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.svg)}`}
                  alt={t('onsite.badge.qrAlt')}
                  data-testid="badge-qr"
                />
                <strong className="onsite-badge__name">{b.name}</strong>
                {b.company && <span>{b.company}</span>}
                <span className="muted">{t('onsite.badge.code')}</span>
                <code className="onsite-badge__code" data-testid="badge-code">
                  {groupedCode(b.code)}
                </code>
                <span className="muted">
                  {t('onsite.badge.expires', { date: formatDate(b.expiresAt.slice(0, 10), lang) })}
                </span>
              </section>
              <button
                type="button"
                className="button onsite__screen-only"
                onClick={() => window.print()}
                data-testid="badge-print"
              >
                {t('onsite.badge.print')}
              </button>
            </>
          )}
        </AsyncContent>
      )}
    </div>
  );
}
