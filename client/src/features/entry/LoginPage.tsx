import { LoginRequest } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Field } from '../../components/Field';
import { useSessionActions } from '../../stores/session';
import { useFormSubmit } from './useFormSubmit';

/** Where to go after signing in: back where the user was sent from, else the catalogue. */
export function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') ? from : '/catalogue';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnTo = useReturnPath();
  const { login } = useSessionActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, formError, submitting, submit } = useFormSubmit(LoginRequest, async (data) => {
    await login(data.email, data.password);
    void navigate(returnTo, { replace: true });
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({ email, password });
  };

  return (
    <div className="narrow">
      <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <h1 id="login-title">{t('auth.signIn')}</h1>
        <Field label={t('auth.email')} error={errors.email}>
          {(input) => (
            <input
              {...input}
              data-testid="login-email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('auth.password')} error={errors.password}>
          {(input) => (
            <input
              {...input}
              data-testid="login-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {formError && (
          <p className="form__error" role="alert">
            {formError}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary button--wide"
          data-testid="login-submit"
          disabled={submitting}
        >
          {submitting ? t('common.wait') : t('auth.signIn')}
        </button>
        <p className="muted">
          {t('auth.noAccount')} <Link to="/register">{t('auth.register')}</Link> ·{' '}
          <Link to="/">{t('auth.asGuest')}</Link>
        </p>
      </form>
    </div>
  );
}
