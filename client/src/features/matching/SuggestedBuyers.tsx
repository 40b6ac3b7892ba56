import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { countries } from '../../lib/countries';
import { suggestionsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useReasonText } from './useReasonText';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

/** "Buyers who may fit": listed buyers ranked for the exhibitor's products (back office). */
export function SuggestedBuyers() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const reasonText = useReasonText('exhibitor');
  const list = useAsync(`suggestions:${slug}`, (signal) => suggestionsApi.list(slug, signal));
  const countryName = (code: string) => countries(lang).find((c) => c.code === code)?.name ?? code;
  return (
    <section className="card suggestions" data-testid="suggested-buyers">
      <h2>{t('suggest.exhibitor.title')}</h2>
      <p className="muted">{t('suggest.exhibitor.hint')}</p>
      <AsyncContent result={list} isEmpty={(s) => s.items.length === 0} empty={t('suggest.exhibitor.empty')}>
        {(s) =>
          s.kind === 'buyers' && (
            <ul className="suggestions__list">
              {s.items.map((b) => (
                <li key={b.userId} className="suggestion" data-testid="suggestion">
                  <Link to={at(`/exhibitor/buyers/${b.userId}`)} className="suggestion__name">
                    {b.name}
                  </Link>
                  <span className="muted">
                    {' '}
                    · {b.company} · {countryName(b.country)}
                  </span>
                  {b.reasons.length > 0 && (
                    <p className="suggestion__reason" data-testid="suggestion-reason">
                      {reasonText(b.reasons)}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
    </section>
  );
}
