import {
  ApplicationUpdate,
  CATEGORIES,
  REGION_CODES,
  regionLabel,
  type BackofficeMe,
  type Category,
} from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useSessionActions } from '../../stores/session';
import { useFormSubmit } from '../entry/useFormSubmit';
import { backofficeApi } from './backofficeApi';

interface ApplicationFormProps {
  /** The application to correct, or null to apply for the first time. */
  current: BackofficeMe | null;
  onDone(): void;
}

/** Apply for a booth, or correct and resubmit the application (same fields, same checks as the server). */
export function ApplicationForm({ current, onDone }: ApplicationFormProps) {
  const { t } = useTranslation();
  const { refresh, reloadUser } = useSessionActions();
  const [v, setV] = useState({
    name: current?.name ?? '',
    region: current?.region ?? '',
    contactName: current?.contactName ?? '',
    whatsappNumber: current?.whatsappNumber ?? '+62',
    category: (current?.category ?? '') as Category | '',
    descriptionId: current?.description.id ?? '',
    descriptionEn: current?.description.en ?? '',
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });

  const { errors, formError, submitting, submit } = useFormSubmit(ApplicationUpdate, async (data) => {
    if (current) await backofficeApi.resubmit(data);
    else {
      await backofficeApi.apply(data);
      // The session's token and user now carry the exhibitor.
      await refresh();
      await reloadUser();
    }
    onDone();
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({
      name: v.name,
      region: v.region,
      contactName: v.contactName,
      whatsappNumber: v.whatsappNumber.replace(/[\s-]/g, ''),
      category: v.category as Category,
      description: { id: v.descriptionId, en: v.descriptionEn },
    });
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="application-form">
      <Field label={t('backoffice.apply.name')} error={errors.name} hint={t('backoffice.apply.nameHint')}>
        {(input) => <input {...input} data-testid="apply-name" value={v.name} onChange={set('name')} />}
      </Field>
      <Field label={t('backoffice.apply.region')} error={errors.region}>
        {(input) => (
          <select {...input} data-testid="apply-region" value={v.region} onChange={set('region')}>
            <option value="">{t('backoffice.choose')}</option>
            {REGION_CODES.map((code) => (
              <option key={code} value={code}>
                {regionLabel(code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('backoffice.apply.category')}
        error={errors.category}
        hint={t('backoffice.apply.categoryHint')}
      >
        {(input) => (
          <select {...input} data-testid="apply-category" value={v.category} onChange={set('category')}>
            <option value="">{t('backoffice.choose')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('backoffice.apply.contactName')} error={errors.contactName}>
        {(input) => (
          <input
            {...input}
            data-testid="apply-contact"
            autoComplete="name"
            value={v.contactName}
            onChange={set('contactName')}
          />
        )}
      </Field>
      <Field
        label={t('backoffice.whatsapp')}
        error={errors.whatsappNumber}
        hint={t('backoffice.whatsappHint')}
      >
        {(input) => (
          <input
            {...input}
            data-testid="apply-whatsapp"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={v.whatsappNumber}
            onChange={set('whatsappNumber')}
          />
        )}
      </Field>
      <Field label={t('backoffice.descriptionId')} error={errors['description.id']}>
        {(input) => (
          <textarea
            {...input}
            data-testid="apply-description"
            rows={4}
            value={v.descriptionId}
            onChange={set('descriptionId')}
          />
        )}
      </Field>
      <Field
        label={t('backoffice.descriptionEn')}
        error={errors['description.en']}
        hint={t('backoffice.optional')}
      >
        {(input) => <textarea {...input} rows={3} value={v.descriptionEn} onChange={set('descriptionEn')} />}
      </Field>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--wide"
        disabled={submitting}
        data-testid="apply-submit"
      >
        {submitting ? t('common.wait') : t(current ? 'backoffice.apply.resubmit' : 'backoffice.apply.submit')}
      </button>
    </form>
  );
}
