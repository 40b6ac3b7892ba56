import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { useSessionActions, useUser } from '../../stores/session';
import { backofficeApi } from './backofficeApi';
import { backofficeQueries } from './backofficeQueries';
import { useFairPath } from '../fair/useFairSlug';

/**
 * Accept a staff invitation: see whose booth it is, sign in or sign up right here, and become staff.
 * The session is refreshed afterwards, so the hall knows this person staffs the booth.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const at = useFairPath();
  const token = useSearchParams()[0].get('token') ?? '';
  const user = useUser();
  const { login, register, refresh, reloadUser } = useSessionActions();
  const preview = useQuery({ ...backofficeQueries.invite(token), enabled: token !== '' });
  const [mode, setMode] = useState<'login' | 'register'>('register');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const signedIn = user && !user.isGuest;

  const accept = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (!signedIn) {
        if (mode === 'login') await login(email, password);
        else await register({ email, password, displayName: name, role: 'exhibitor' });
      }
      await backofficeApi.acceptInvite(token);
      await refresh();
      await reloadUser();
      void navigate(at('/exhibitor'), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!token) return <p className="notice notice--error narrow">{t('backoffice.join.noToken')}</p>;
  return (
    <div className="narrow">
      <AsyncContent result={preview}>
        {(invite) => (
          <form className="card form" onSubmit={(e) => void accept(e)} noValidate data-testid="join-form">
            <h1>{t('backoffice.join.title', { name: invite.exhibitorName })}</h1>
            <p className="muted">{t('backoffice.join.text')}</p>
            {signedIn ? (
              <p>{t('backoffice.join.as', { name: user.displayName })}</p>
            ) : (
              <>
                <div className="choice-list choice-list--row">
                  {(['register', 'login'] as const).map((m) => (
                    <label key={m} className="choice">
                      <input type="radio" checked={mode === m} onChange={() => setMode(m)} />
                      <span>{t(`backoffice.join.${m}`)}</span>
                    </label>
                  ))}
                </div>
                {mode === 'register' && (
                  <label className="field">
                    <span>{t('auth.displayName')}</span>
                    <input
                      value={name}
                      autoComplete="name"
                      onChange={(e) => setName(e.target.value)}
                      data-testid="join-name"
                    />
                  </label>
                )}
                <label className="field">
                  <span>{t('auth.email')}</span>
                  <input
                    type="email"
                    value={email}
                    autoComplete="email"
                    onChange={(e) => setEmail(e.target.value)}
                    data-testid="join-email"
                  />
                </label>
                <label className="field">
                  <span>{t('auth.password')}</span>
                  <input
                    type="password"
                    value={password}
                    autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
                    onChange={(e) => setPassword(e.target.value)}
                    data-testid="join-password"
                  />
                </label>
              </>
            )}
            {error !== null && (
              <p className="form__error" role="alert">
                {errorMessage(error, t)}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary button--wide"
              disabled={busy}
              data-testid="join-accept"
            >
              {busy ? t('common.wait') : t('backoffice.join.accept')}
            </button>
          </form>
        )}
      </AsyncContent>
    </div>
  );
}
