import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useUser } from '../../stores/session';
import { useFairRights } from './fairRights';
import { useFairPath } from './useFairSlug';

/** Waiting for what the person is in this fair. */
export function RightsLoading() {
  const { t } = useTranslation();
  return (
    <div
      className="notice notice--loading"
      role="status"
      aria-live="polite"
      data-testid="fair-rights-loading"
    >
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}

/**
 * A page of a fair for its organisers (the console and its desks): nobody signed in is sent to sign in and
 * back; anyone who is not an organiser of this fair — an organiser of another fair included — is told so
 * (the server refuses their requests anyway: this only spares them a broken page).
 */
export function OrganisersOnly({ next, children }: { next: string; children: ReactNode }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const user = useUser();
  const { ready, organiser } = useFairRights();
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(at(next))}`} replace />;
  if (!ready) return <RightsLoading />;
  if (!organiser) {
    return (
      <div className="narrow card" role="alert" data-testid="fair-organisers-only">
        <h1>{t('fairRights.organisersOnly.title')}</h1>
        <p>{t('fairRights.organisersOnly.body')}</p>
        <Link className="button button--secondary" to={at()}>
          {t('fairRights.organisersOnly.back')}
        </Link>
      </div>
    );
  }
  return <>{children}</>;
}
