import { PasswordResetRequest, type PasswordResetAnswer } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { authApi } from '../../lib/endpoints';

interface ForgotValues {
  email: string;
}

const { Input } = fieldsFor<ForgotValues>();

/**
 * `/forgot-password`: ask for a reset link. The server answers alike for every e-mail, so the page says
 * "if it is registered" rather than whether it is; without mail it sends the user to the help desk.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState<(PasswordResetAnswer & { email: string }) | null>(null);
  const kit = useContractForm<ForgotValues, typeof PasswordResetRequest>({
    schema: PasswordResetRequest,
    defaultValues: { email: '' },
    send: async (data) => setSent({ ...(await authApi.requestReset(data)), email: data.email }),
  });

  return (
    <div className="narrow">
      <Form kit={kit} className="card form" aria-labelledby="forgot-title">
        <h1 id="forgot-title">{t('auth.forgotTitle')}</h1>
        {sent ? (
          <p role="status" data-testid="forgot-sent">
            {sent.mailed ? t('auth.forgotSent', { email: sent.email }) : t('auth.forgotNoMail')}
          </p>
        ) : (
          <>
            <p className="muted">{t('auth.forgotIntro')}</p>
            <Input
              name="email"
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              testId="forgot-email"
            />
            <FormError />
            <SubmitButton testId="forgot-submit">{t('auth.forgotSend')}</SubmitButton>
          </>
        )}
        <p className="muted">
          <Link to="/login">{t('auth.backToSignIn')}</Link>
        </p>
      </Form>
    </div>
  );
}
