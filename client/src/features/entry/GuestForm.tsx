import { GuestRequest } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '../../components/Field';
import { currentLanguage } from '../../i18n';
import { useSessionActions } from '../../stores/session';
import { useFormSubmit } from './useFormSubmit';

/** "Enter as guest": a display name is all a visitor needs. */
export function GuestForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { enterAsGuest } = useSessionActions();
  const [displayName, setDisplayName] = useState('');
  const { errors, formError, submitting, submit } = useFormSubmit(GuestRequest, async (data) => {
    await enterAsGuest(data.displayName);
    void navigate('/hall');
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({ displayName, locale: currentLanguage() });
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="guest-title">
      <h2 id="guest-title">{t('entry.guest.title')}</h2>
      <p className="muted">{t('entry.guest.intro')}</p>
      <Field label={t('entry.guest.name')} error={errors.displayName} hint={t('entry.guest.nameHint')}>
        {(input) => (
          <input
            {...input}
            data-testid="guest-name"
            name="displayName"
            autoComplete="nickname"
            maxLength={60}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
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
        data-testid="enter-guest"
        disabled={submitting}
      >
        {submitting ? t('common.wait') : t('entry.guest.submit')}
      </button>
    </form>
  );
}
