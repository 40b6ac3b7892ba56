import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { isApiError } from '../../lib/api';
import { useLiveSchedule } from '../schedule/useLiveSchedule';
import { useFairSlug } from './useFairSlug';

/** An address naming no fair (`/e/no-such-fair`): say so and lead to the list of fairs. */
export function FairNotFound() {
  const { t } = useTranslation();
  return (
    <div className="narrow card" data-testid="fair-not-found">
      <h1>{t('fairsite.notFound.title')}</h1>
      <p>{t('fairsite.notFound.body')}</p>
      <Link className="button button--primary" to="/">
        {t('fairsite.notFound.back')}
      </Link>
    </div>
  );
}

/**
 * Every page of a fair (`/e/:slug/…`): the fair is read once from the address and kept live (its schedule
 * pushed over the hall socket), and its pages show only once it is known, so each can format times in the
 * fair's own zone. Moving to another fair remounts the pages, so nothing of the last fair stays on screen.
 */
export function FairLayout() {
  const slug = useFairSlug();
  const fair = useLiveSchedule();
  if (isApiError(fair.error) && fair.error.statusCode === 404) return <FairNotFound />;
  return (
    <AsyncContent result={fair}>
      {() => (
        <Fragment key={slug}>
          <Outlet />
        </Fragment>
      )}
    </AsyncContent>
  );
}
