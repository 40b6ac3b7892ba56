import { BUYER_TYPES, type BuyerType } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useLanguage } from '../../i18n';
import { countries } from '../../lib/countries';
import type { FieldErrors } from '../../lib/errors';

export interface BuyerValues {
  type: BuyerType;
  company: string;
  country: string;
}

interface BuyerFieldsProps {
  value: BuyerValues;
  onChange(value: BuyerValues): void;
  errors: FieldErrors;
}

/** Company, country and kind of buyer: what exhibitors and the organiser need to know about a buyer. */
export function BuyerFields({ value, onChange, errors }: BuyerFieldsProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const set = (patch: Partial<BuyerValues>) => onChange({ ...value, ...patch });

  return (
    <fieldset className="form__group">
      <legend>{t('auth.buyer.title')}</legend>
      <Field label={t('auth.buyer.type')} error={errors['buyerProfile.type']}>
        {(input) => (
          <select
            {...input}
            data-testid="buyer-type"
            value={value.type}
            onChange={(e) => set({ type: e.target.value as BuyerType })}
          >
            {BUYER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`buyerType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('auth.buyer.company')} error={errors['buyerProfile.company']}>
        {(input) => (
          <input
            {...input}
            data-testid="buyer-company"
            autoComplete="organization"
            value={value.company}
            onChange={(e) => set({ company: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('auth.buyer.country')} error={errors['buyerProfile.country']}>
        {(input) => (
          <select
            {...input}
            data-testid="buyer-country"
            value={value.country}
            onChange={(e) => set({ country: e.target.value })}
          >
            <option value="">{t('auth.buyer.chooseCountry')}</option>
            {countries(lang).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
