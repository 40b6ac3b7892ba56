import { PasswordResetConfirm } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { authApi } from '../../lib/endpoints';

/** The server's request, plus the password typed twice (checked here only). */
const ResetForm = PasswordResetConfirm.extend({ passwordAgain: z.string() }).refine(
  (v) => v.password === v.passwordAgain,
  { path: ['passwordAgain'] },
);

interface ResetValues {
  password: string;
  passwordAgain: string;
}

const { Input } = fieldsFor<ResetValues>();

/** `/reset-password?token=…`: the page a mailed or handed-over reset link opens. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const [done, setDone] = useState(false);
  const kit = useContractForm<ResetValues, typeof ResetForm>({
    schema: ResetForm,
    defaultValues: { password: '', passwordAgain: '' },
    toRequest: (v) => ({ ...v, token }),
    send: async ({ token: sentToken, password }) => {
      await authApi.confirmReset({ token: sentToken, password });
      setDone(true);
    },
  });

  return (
    <div className="narrow">
      <Form kit={kit} className="card form" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('auth.resetTitle')}</h1>
        {done ? (
          <p role="status" data-testid="reset-done">
            {t('auth.resetDone')}
          </p>
        ) : !token ? (
          <p className="form__error" role="alert" data-testid="reset-no-token">
            {t('auth.resetNoToken')}
          </p>
        ) : (
          <>
            <Input
              name="password"
              label={t('auth.newPassword')}
              hint={t('auth.passwordHint')}
              type="password"
              autoComplete="new-password"
              testId="reset-password"
            />
            <Input
              name="passwordAgain"
              label={t('auth.newPasswordAgain')}
              type="password"
              autoComplete="new-password"
              testId="reset-password-again"
            />
            <FormError testId="reset-error" />
            <SubmitButton testId="reset-submit">{t('auth.resetSave')}</SubmitButton>
          </>
        )}
        <p className="muted">
          {done || !token ? (
            <Link to={done ? '/login' : '/forgot-password'}>
              {done ? t('auth.signIn') : t('auth.forgot')}
            </Link>
          ) : null}
        </p>
      </Form>
    </div>
  );
}
