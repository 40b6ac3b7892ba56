import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHomePath } from '../fair/useFairSlug';

export function NotFoundPage() {
  const { t } = useTranslation();
  const home = useHomePath();
  return (
    <div className="narrow card">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button button--primary" to={home('/catalogue')}>
        {t('notFound.back')}
      </Link>
    </div>
  );
}
