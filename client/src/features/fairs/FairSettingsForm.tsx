import {
  CATEGORIES,
  UpdateFairRequest,
  ZONE_CAPACITY,
  type Category,
  type FairSettings,
  type FairTimeZone,
} from '@pameran/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor, useFieldError } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { fairsApi, fairsKeys } from './fairsApi';
import { ZONE_OPTIONS } from './zones';

const MATCHING = ['slotMinutes', 'bufferMinutes', 'requestTtlHours', 'dailyLimit'] as const;
type MatchingKey = (typeof MATCHING)[number];

/** The fair's fields as typed (numbers as the inputs give them: text). */
interface SettingsValues {
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  startsOn: string;
  endsOn: string;
  timeZone: FairTimeZone;
  categories: Category[];
  zoneCapacity: string;
  matchingSettings: Record<MatchingKey, string>;
}
const { Field, Input } = fieldsFor<SettingsValues>();

/** Names, descriptions, dates, zone, categories offered, hall size and matching settings of one fair. */
export function FairSettingsForm({ fair }: { fair: FairSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const archived = fair.status === 'archived';
  const kit = useContractForm<SettingsValues, typeof UpdateFairRequest>({
    schema: UpdateFairRequest,
    defaultValues: {
      nameId: fair.name.id,
      nameEn: fair.name.en,
      descriptionId: fair.description.id,
      descriptionEn: fair.description.en,
      startsOn: fair.startsOn,
      endsOn: fair.endsOn,
      timeZone: fair.timeZone as FairTimeZone,
      categories: fair.categories,
      zoneCapacity: String(fair.zoneCapacity),
      matchingSettings: Object.fromEntries(
        MATCHING.map((k) => [k, String(fair.matchingSettings[k])]),
      ) as Record<MatchingKey, string>,
    },
    toRequest: (v) => ({
      ...v,
      zoneCapacity: Number(v.zoneCapacity),
      matchingSettings: Object.fromEntries(MATCHING.map((k) => [k, Number(v.matchingSettings[k])])),
    }),
    send: async (request) => {
      client.setQueryData(fairsKeys.settings(fair.slug), await fairsApi.update(fair.slug, request));
    },
  });
  return (
    <Form kit={kit} className="card form" aria-labelledby="fair-fields" data-testid="fair-settings-form">
      <h2 id="fair-fields">{t('fairs.settings.title')}</h2>
      <fieldset disabled={archived} className="fairs__plain">
        <div className="form__row">
          <Input name="nameId" label={t('fairs.field.nameId')} testId="fair-name-id" />
          <Input name="nameEn" label={t('fairs.field.nameEn')} testId="fair-name-en" />
        </div>
        <Field name="descriptionId" label={t('fairs.field.descriptionId')}>
          {(input) => <textarea {...input} rows={3} />}
        </Field>
        <Field name="descriptionEn" label={t('fairs.field.descriptionEn')}>
          {(input) => <textarea {...input} rows={3} />}
        </Field>
        <div className="form__row">
          <Input name="startsOn" type="date" label={t('fairs.field.startsOn')} testId="fair-starts" />
          <Input name="endsOn" type="date" label={t('fairs.field.endsOn')} testId="fair-ends" />
          <Field name="timeZone" label={t('fairs.field.timeZone')}>
            {(input) => (
              <select {...input} data-testid="fair-zone">
                {ZONE_OPTIONS.map((z) => (
                  <option key={z.zone} value={z.zone}>
                    {z.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <CategoryChoices />
        <Input
          name="zoneCapacity"
          type="number"
          min={1}
          max={ZONE_CAPACITY}
          label={t('fairs.field.zoneCapacity')}
          hint={t('fairs.field.zoneCapacityHint', { max: ZONE_CAPACITY })}
          testId="fair-zone-capacity"
        />
        <div className="form__row">
          {MATCHING.map((k) => (
            <Input
              key={k}
              name={`matchingSettings.${k}`}
              type="number"
              min={0}
              label={t(`fairs.field.${k}`)}
            />
          ))}
        </div>
        <FormError />
        {kit.sent && <p role="status">{t('fairs.settings.saved')}</p>}
        {!archived && <SubmitButton testId="fair-save">{t('fairs.settings.save')}</SubmitButton>}
      </fieldset>
    </Form>
  );
}

/** The categories (hall zones) the fair offers, ticked on or off. */
function CategoryChoices() {
  const { t } = useTranslation();
  const { field } = useController<SettingsValues, 'categories'>({ name: 'categories' });
  const error = useFieldError<SettingsValues>('categories');
  const toggle = (c: Category) =>
    field.onChange(field.value.includes(c) ? field.value.filter((x) => x !== c) : [...field.value, c]);
  return (
    <fieldset className="form__choices">
      <legend>{t('fairs.field.categories')}</legend>
      {CATEGORIES.map((c) => (
        <label key={c}>
          <input
            type="checkbox"
            checked={field.value.includes(c)}
            onChange={() => toggle(c)}
            data-testid={`fair-category-${c}`}
          />{' '}
          {t(`categories.${c}`)}
        </label>
      ))}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
