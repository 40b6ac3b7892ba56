import { GuestRequest } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { currentLanguage } from '../../i18n';
import { useSessionActions } from '../../stores/session';
import { useFairPath } from '../fair/useFairSlug';

interface GuestValues {
  displayName: string;
}

const { Input } = fieldsFor<GuestValues>();

/** "Enter as guest": a display name is all a visitor needs. */
export function GuestForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const at = useFairPath();
  const { enterAsGuest } = useSessionActions();
  const kit = useContractForm<GuestValues, typeof GuestRequest>({
    schema: GuestRequest,
    defaultValues: { displayName: '' },
    toRequest: (values) => ({ ...values, locale: currentLanguage() }),
    send: async (data) => {
      await enterAsGuest(data.displayName);
      void navigate(at('/hall'));
    },
  });

  return (
    <Form kit={kit} className="card form" aria-labelledby="guest-title">
      <h2 id="guest-title">{t('entry.guest.title')}</h2>
      <p className="muted">{t('entry.guest.intro')}</p>
      <Input
        name="displayName"
        label={t('entry.guest.name')}
        hint={t('entry.guest.nameHint')}
        autoComplete="nickname"
        maxLength={60}
        testId="guest-name"
      />
      <FormError />
      <SubmitButton testId="enter-guest">{t('entry.guest.submit')}</SubmitButton>
    </Form>
  );
}
