import { LoginRequest } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useSessionActions } from '../../stores/session';
import { useHomePath } from '../fair/useFairSlug';

/** Where to go after signing in: back where the user was sent from, else the catalogue of their fair. */
export function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const home = useHomePath();
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') ? from : home('/catalogue');
}

interface LoginValues {
  email: string;
  password: string;
}

const { Input } = fieldsFor<LoginValues>();

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnTo = useReturnPath();
  const home = useHomePath();
  const { login } = useSessionActions();
  const kit = useContractForm<LoginValues, typeof LoginRequest>({
    schema: LoginRequest,
    defaultValues: { email: '', password: '' },
    send: async (data) => {
      await login(data.email, data.password);
      void navigate(returnTo, { replace: true });
    },
  });

  return (
    <div className="narrow">
      <Form kit={kit} className="card form" aria-labelledby="login-title">
        <h1 id="login-title">{t('auth.signIn')}</h1>
        <Input name="email" label={t('auth.email')} type="email" autoComplete="email" testId="login-email" />
        <Input
          name="password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          testId="login-password"
        />
        <p className="muted">
          <Link to="/forgot-password" data-testid="login-forgot">
            {t('auth.forgot')}
          </Link>
        </p>
        <FormError />
        <SubmitButton testId="login-submit">{t('auth.signIn')}</SubmitButton>
        <p className="muted">
          {t('auth.noAccount')} <Link to="/register">{t('auth.register')}</Link> ·{' '}
          <Link to={home()}>{t('auth.asGuest')}</Link>
        </p>
      </Form>
    </div>
  );
}
