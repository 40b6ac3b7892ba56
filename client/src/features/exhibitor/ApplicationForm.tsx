import {
  ApplicationUpdate,
  CATEGORIES,
  REGION_CODES,
  regionLabel,
  type BackofficeMe,
  type Category,
} from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useSessionActions } from '../../stores/session';
import { useSubmitApplication } from './backofficeMutations';

interface ApplicationValues {
  name: string;
  region: string;
  contactName: string;
  whatsappNumber: string;
  category: Category | '';
  description: { id: string; en: string };
}

const { Field, Input } = fieldsFor<ApplicationValues>();

interface ApplicationFormProps {
  /** The application to correct, or null to apply for the first time. */
  current: BackofficeMe | null;
  onDone?(): void;
}

/** Apply for a booth, or correct and resubmit the application (same fields, same checks as the server). */
export function ApplicationForm({ current, onDone }: ApplicationFormProps) {
  const { t } = useTranslation();
  const { refresh, reloadUser } = useSessionActions();
  const submit = useSubmitApplication(current !== null);
  const kit = useContractForm<ApplicationValues, typeof ApplicationUpdate>({
    schema: ApplicationUpdate,
    defaultValues: {
      name: current?.name ?? '',
      region: current?.region ?? '',
      contactName: current?.contactName ?? '',
      whatsappNumber: current?.whatsappNumber ?? '+62',
      category: current?.category ?? '',
      description: { id: current?.description.id ?? '', en: current?.description.en ?? '' },
    },
    toRequest: (v) => ({
      ...v,
      whatsappNumber: v.whatsappNumber.replace(/[\s-]/g, ''),
      category: v.category as Category,
    }),
    send: async (data) => {
      await submit.mutateAsync(data);
      if (!current) {
        // The session's token and user now carry the exhibitor.
        await refresh();
        await reloadUser();
      }
      onDone?.();
    },
  });

  return (
    <Form kit={kit} className="card form" data-testid="application-form">
      <Input
        name="name"
        label={t('backoffice.apply.name')}
        hint={t('backoffice.apply.nameHint')}
        testId="apply-name"
      />
      <Field name="region" label={t('backoffice.apply.region')}>
        {(input) => (
          <select {...input} data-testid="apply-region">
            <option value="">{t('backoffice.choose')}</option>
            {REGION_CODES.map((code) => (
              <option key={code} value={code}>
                {regionLabel(code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="category" label={t('backoffice.apply.category')} hint={t('backoffice.apply.categoryHint')}>
        {(input) => (
          <select {...input} data-testid="apply-category">
            <option value="">{t('backoffice.choose')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Input
        name="contactName"
        label={t('backoffice.apply.contactName')}
        autoComplete="name"
        testId="apply-contact"
      />
      <Input
        name="whatsappNumber"
        label={t('backoffice.whatsapp')}
        hint={t('backoffice.whatsappHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        testId="apply-whatsapp"
      />
      <Field name="description.id" label={t('backoffice.descriptionId')}>
        {(input) => <textarea {...input} data-testid="apply-description" rows={4} />}
      </Field>
      <Field name="description.en" label={t('backoffice.descriptionEn')} hint={t('backoffice.optional')}>
        {(input) => <textarea {...input} rows={3} />}
      </Field>
      <FormError />
      <SubmitButton testId="apply-submit">
        {t(current ? 'backoffice.apply.resubmit' : 'backoffice.apply.submit')}
      </SubmitButton>
    </Form>
  );
}
