import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { suggestionsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { ShortlistButton } from './ShortlistButton';
import { useReasonText } from './useReasonText';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

/** "Suggested for you": exhibitors ranked for the signed-in buyer, each with why and the next steps. */
export function SuggestedExhibitors() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const reasonText = useReasonText('buyer');
  const list = useAsync(`suggestions:${slug}`, (signal) => suggestionsApi.list(slug, signal));
  return (
    <section className="card suggestions" data-testid="suggested-exhibitors">
      <div className="request__head">
        <h2>{t('suggest.buyer.title')}</h2>
        <Link to="/me/profile" className="button button--small" data-testid="edit-buyer-profile">
          {t('suggest.buyer.editProfile')}
        </Link>
      </div>
      <p className="muted">{t('suggest.buyer.hint')}</p>
      <AsyncContent result={list} isEmpty={(s) => s.items.length === 0} empty={t('suggest.buyer.empty')}>
        {(s) =>
          s.kind === 'exhibitors' && (
            <ul className="suggestions__list">
              {s.items.map((x) => (
                <li key={x.exhibitorId} className="suggestion" data-testid="suggestion">
                  <Link to={at(`/booths/${x.boothId}`)} className="suggestion__name">
                    {x.name}
                  </Link>
                  <span className="muted"> · {t(`categories.${x.category}`)}</span>
                  {x.reasons.length > 0 && (
                    <p className="suggestion__reason" data-testid="suggestion-reason">
                      {reasonText(x.reasons)}
                    </p>
                  )}
                  {x.products.length > 0 && (
                    <p className="muted suggestion__products">
                      {x.products.map((p) => (lang === 'en' && p.nameEn) || p.nameId).join(' · ')}
                    </p>
                  )}
                  <div className="suggestion__actions">
                    {x.products[0] && <ShortlistButton productId={x.products[0].id} />}
                    <Link
                      className="button button--primary button--small"
                      to={at(`/meetings/new?booth=${x.boothId}`)}
                      data-testid="suggestion-request"
                    >
                      {t('suggest.buyer.request')}
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
    </section>
  );
}
