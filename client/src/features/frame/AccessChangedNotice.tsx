import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConnection } from '../../stores/connection';
import { useSession } from '../../stores/session';
import { useHomePath } from '../fair/useFairSlug';

/**
 * Shown after the server closed the hall connection because our access changed (a ban, a removal from a
 * booth's staff, a role change, a password reset, "sign out everywhere"; `session:revoked`). The socket
 * has already refreshed the token and come back when it could; when it could not, the way in is offered.
 */
export function AccessChangedNotice() {
  const { t } = useTranslation();
  const home = useHomePath();
  const reason = useConnection((s) => s.revoked);
  const { setRevoked } = useConnection((s) => s.actions);
  const signedIn = useSession((s) => s.user !== null);
  if (!reason) return null;
  return (
    <span className="badge badge--connection badge--offline" role="alert" data-testid="access-changed">
      {t(`connection.revoked.${reason}`)}
      {!signedIn && (
        <>
          {' '}
          <Link to={home()} onClick={() => setRevoked(null)} data-testid="access-changed-sign-in">
            {t('connection.signInAgain')}
          </Link>
        </>
      )}
      <button
        type="button"
        className="button--link"
        aria-label={t('connection.dismiss')}
        onClick={() => setRevoked(null)}
      >
        ×
      </button>
    </span>
  );
}
