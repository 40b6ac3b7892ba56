import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useUser } from '../../stores/session';
import { AccountForm } from './AccountForm';
import { useHomePath } from '../fair/useFairSlug';

/** A guest keeps their history (shortlist, chats, leads) by turning into an account here. */
export function UpgradePage() {
  const { t } = useTranslation();
  const user = useUser();
  const home = useHomePath();
  if (!user) return <Navigate to="/register" replace />;
  return (
    <div className="narrow">
      {user.isGuest ? (
        <AccountForm mode="upgrade" initialName={user.displayName} />
      ) : (
        <div className="card">
          <p>{t('auth.alreadyRegistered')}</p>
          <Link className="button button--primary" to={home('/catalogue')}>
            {t('entry.continue')}
          </Link>
        </div>
      )}
    </div>
  );
}
