import { BUYER_TYPES, type BuyerType } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { fieldsFor } from '../../components/form/FormField';
import { useLanguage } from '../../i18n';
import { countries } from '../../lib/countries';

export interface BuyerValues {
  type: BuyerType;
  company: string;
  country: string;
}

const { Field, Input } = fieldsFor<{ buyerProfile: BuyerValues }>();

/** Company, country and kind of buyer (fields of the surrounding form's `buyerProfile`). */
export function BuyerFields() {
  const { t } = useTranslation();
  const { lang } = useLanguage();

  return (
    <fieldset className="form__group">
      <legend>{t('auth.buyer.title')}</legend>
      <Field name="buyerProfile.type" label={t('auth.buyer.type')}>
        {(input) => (
          <select {...input} data-testid="buyer-type">
            {BUYER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`buyerType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Input
        name="buyerProfile.company"
        label={t('auth.buyer.company')}
        autoComplete="organization"
        testId="buyer-company"
      />
      <Field name="buyerProfile.country" label={t('auth.buyer.country')}>
        {(input) => (
          <select {...input} data-testid="buyer-country">
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
