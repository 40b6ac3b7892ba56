import { RegisterRequest, UpgradeRequest } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Field } from '../../components/Field';
import { useSessionActions } from '../../stores/session';
import { BuyerFields, type BuyerValues } from './BuyerFields';
import { useFormSubmit } from './useFormSubmit';

const SELF_SERVICE_ROLES = RegisterRequest.shape.role.unwrap().options;
type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

interface AccountFormProps {
  /** `register` makes a new account; `upgrade` turns the current guest into one, keeping its history. */
  mode: 'register' | 'upgrade';
  initialName?: string;
}

/** Email, password, name, role (and the buyer's company) for a new account. */
export function AccountForm({ mode, initialName = '' }: AccountFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, upgrade } = useSessionActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState(initialName);
  const [role, setRole] = useState<SelfServiceRole>('visitor');
  const [buyer, setBuyer] = useState<BuyerValues>({ type: 'buyer', company: '', country: '' });
  const [leadConsent, setLeadConsent] = useState(false);

  const schema = mode === 'register' ? RegisterRequest : UpgradeRequest;
  const { errors, formError, submitting, submit } = useFormSubmit(schema, async (data) => {
    await (mode === 'register' ? register(data as RegisterRequest) : upgrade(data));
    void navigate('/catalogue', { replace: true });
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({
      email,
      password,
      displayName: mode === 'upgrade' && !displayName.trim() ? undefined : displayName,
      role,
      buyerProfile: role === 'buyer' ? buyer : undefined,
      leadConsent,
    });
  };

  const title = mode === 'register' ? t('auth.registerTitle') : t('auth.upgradeTitle');
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="account-title">
      <h1 id="account-title">{title}</h1>
      {mode === 'upgrade' && <p className="muted">{t('auth.upgradeIntro')}</p>}

      <fieldset className="form__group">
        <legend>{t('auth.role.title')}</legend>
        <div className="choice-list">
          {SELF_SERVICE_ROLES.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="role"
                value={option}
                data-testid={`role-${option}`}
                checked={role === option}
                onChange={() => setRole(option)}
              />
              <span>
                <strong>{t(`role.${option}`)}</strong>
                <small>{t(`auth.role.${option}`)}</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <Field label={t('auth.displayName')} error={errors.displayName}>
        {(input) => (
          <input
            {...input}
            data-testid="account-name"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('auth.email')} error={errors.email}>
        {(input) => (
          <input
            {...input}
            data-testid="account-email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('auth.password')} error={errors.password} hint={t('auth.passwordHint')}>
        {(input) => (
          <input
            {...input}
            data-testid="account-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>

      {role === 'buyer' && <BuyerFields value={buyer} onChange={setBuyer} errors={errors} />}

      <label className="check">
        <input
          type="checkbox"
          data-testid="account-consent"
          checked={leadConsent}
          onChange={(e) => setLeadConsent(e.target.checked)}
        />
        <span>{t('privacy.consent')}</span>
      </label>

      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--wide"
        data-testid="account-submit"
        disabled={submitting}
      >
        {submitting ? t('common.wait') : title}
      </button>
      {mode === 'register' && (
        <p className="muted">
          {t('auth.haveAccount')} <Link to="/login">{t('auth.signIn')}</Link>
        </p>
      )}
    </form>
  );
}
