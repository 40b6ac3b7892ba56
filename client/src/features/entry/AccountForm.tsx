import { RegisterRequest, UpgradeRequest } from '@pameran/contracts';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useSessionActions } from '../../stores/session';
import { BuyerFields, type BuyerValues } from './BuyerFields';
import { useHomePath } from '../fair/useFairSlug';

const SELF_SERVICE_ROLES = RegisterRequest.shape.role.unwrap().options;
type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

interface AccountValues {
  email: string;
  password: string;
  displayName: string;
  role: SelfServiceRole;
  buyerProfile: BuyerValues;
  leadConsent: boolean;
}

const { Input } = fieldsFor<AccountValues>();

interface AccountFormProps {
  /** `register` makes a new account; `upgrade` turns the current guest into one, keeping its history. */
  mode: 'register' | 'upgrade';
  initialName?: string;
}

/** Email, password, name, role (and the buyer's company) for a new account. */
export function AccountForm({ mode, initialName = '' }: AccountFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const home = useHomePath();
  const { register, upgrade } = useSessionActions();
  const kit = useContractForm<AccountValues, typeof RegisterRequest | typeof UpgradeRequest>({
    schema: mode === 'register' ? RegisterRequest : UpgradeRequest,
    defaultValues: {
      email: '',
      password: '',
      displayName: initialName,
      role: 'visitor',
      buyerProfile: { type: 'buyer', company: '', country: '' },
      leadConsent: false,
    },
    toRequest: (v) => ({
      ...v,
      // A guest upgrading may keep the name they entered with.
      displayName: mode === 'upgrade' && !v.displayName.trim() ? undefined : v.displayName,
      buyerProfile: v.role === 'buyer' ? v.buyerProfile : undefined,
    }),
    send: async (data) => {
      await (mode === 'register' ? register(data as RegisterRequest) : upgrade(data));
      void navigate(home('/catalogue'), { replace: true });
    },
  });
  const role = useWatch({ control: kit.form.control, name: 'role' });
  const { register: field } = kit.form;

  const title = mode === 'register' ? t('auth.registerTitle') : t('auth.upgradeTitle');
  return (
    <Form kit={kit} className="card form" aria-labelledby="account-title">
      <h1 id="account-title">{title}</h1>
      {mode === 'upgrade' && <p className="muted">{t('auth.upgradeIntro')}</p>}

      <fieldset className="form__group">
        <legend>{t('auth.role.title')}</legend>
        <div className="choice-list">
          {SELF_SERVICE_ROLES.map((option) => (
            <label key={option} className="choice">
              <input type="radio" value={option} data-testid={`role-${option}`} {...field('role')} />
              <span>
                <strong>{t(`role.${option}`)}</strong>
                <small>{t(`auth.role.${option}`)}</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <Input name="displayName" label={t('auth.displayName')} autoComplete="name" testId="account-name" />
      <Input name="email" label={t('auth.email')} type="email" autoComplete="email" testId="account-email" />
      <Input
        name="password"
        label={t('auth.password')}
        hint={t('auth.passwordHint')}
        type="password"
        autoComplete="new-password"
        testId="account-password"
      />

      {role === 'buyer' && <BuyerFields />}

      <label className="check">
        <input type="checkbox" data-testid="account-consent" {...field('leadConsent')} />
        <span>{t('privacy.consent')}</span>
      </label>

      <FormError />
      <SubmitButton testId="account-submit">{title}</SubmitButton>
      {mode === 'register' && (
        <p className="muted">
          {t('auth.haveAccount')} <Link to="/login">{t('auth.signIn')}</Link>
        </p>
      )}
    </Form>
  );
}
