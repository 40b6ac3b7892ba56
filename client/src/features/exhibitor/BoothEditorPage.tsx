import {
  BOOTH_COLOURS,
  BOOTH_THEMES,
  BoothProfileUpdate,
  type BoothProfile,
  type BoothTheme,
} from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useSaveBooth, useUploadLogo } from './backofficeMutations';
import { backofficeQueries } from './backofficeQueries';
import { BoothPreview } from './BoothPreview';
import { PhotoPicker } from './PhotoPicker';
import { RequireBooth } from './RequireBooth';
import { useFairTime } from '../fair/useFairTime';

interface BoothValues {
  description: { id: string; en: string };
  contactName: string;
  whatsappNumber: string;
  colour: string;
  theme: BoothTheme;
  /** Staffed hours are kept while switched off, so switching them back on restores them. */
  hoursOn: boolean;
  staffHours: { from: string; to: string };
}

const { Field, Input } = fieldsFor<BoothValues>();

function BoothForm({ profile }: { profile: BoothProfile }) {
  const { t } = useTranslation();
  const { zone: fairZone } = useFairTime();
  const save = useSaveBooth(profile.boothId);
  const uploadLogo = useUploadLogo(profile.boothId);
  const [logoUrl, setLogoUrl] = useState(profile.logoUrl);
  const kit = useContractForm<BoothValues, typeof BoothProfileUpdate>({
    schema: BoothProfileUpdate,
    defaultValues: {
      description: { id: profile.description.id, en: profile.description.en },
      contactName: profile.contactName,
      whatsappNumber: profile.whatsappNumber,
      colour: profile.colour,
      theme: profile.theme,
      hoursOn: profile.staffHours !== null,
      staffHours: profile.staffHours ?? { from: '08:00', to: '16:00' },
    },
    toRequest: ({ hoursOn, staffHours, ...v }) => ({
      ...v,
      whatsappNumber: v.whatsappNumber.replace(/[\s-]/g, ''),
      staffHours: hoursOn ? staffHours : null,
    }),
    send: async (data) => {
      await save.mutateAsync(data);
    },
  });
  const { register, control } = kit.form;
  const [description, colour, theme, hoursOn, staffHours] = useWatch({
    control,
    name: ['description', 'colour', 'theme', 'hoursOn', 'staffHours'],
  });
  const readOnly = profile.role === 'staff';

  return (
    <div className="bo-editor">
      <BoothPreview
        profile={profile}
        draft={{ colour, theme, description, staffHours: hoursOn ? staffHours : null }}
        logoUrl={logoUrl}
      />
      <Form kit={kit} className="card form" data-testid="booth-form">
        <fieldset disabled={readOnly} className="bo-fieldset">
          <PhotoPicker
            label={t('backoffice.booth.logo')}
            imageUrl={logoUrl}
            testId="logo-input"
            square
            onFile={async (file) => setLogoUrl((await uploadLogo.mutateAsync(file)).url)}
          />
          <Field name="description.id" label={t('backoffice.descriptionId')}>
            {(input) => <textarea {...input} rows={4} data-testid="booth-description-id" />}
          </Field>
          <Field name="description.en" label={t('backoffice.descriptionEn')}>
            {(input) => <textarea {...input} rows={3} data-testid="booth-description-en" />}
          </Field>
          <fieldset className="form__group">
            <legend>{t('backoffice.booth.colour')}</legend>
            <div className="swatches">
              {BOOTH_COLOURS.map((c) => (
                <label key={c} className="swatch" style={{ background: c }}>
                  <input
                    type="radio"
                    value={c}
                    aria-label={c}
                    data-testid={`colour-${c.slice(1)}`}
                    {...register('colour')}
                  />
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="form__group">
            <legend>{t('backoffice.booth.theme')}</legend>
            <div className="choice-list choice-list--row">
              {BOOTH_THEMES.map((th) => (
                <label key={th} className="choice">
                  <input type="radio" value={th} data-testid={`theme-${th}`} {...register('theme')} />
                  <span>{t(`backoffice.themes.${th}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Input name="contactName" label={t('backoffice.apply.contactName')} />
          <Input
            name="whatsappNumber"
            label={t('backoffice.whatsapp')}
            hint={t('backoffice.whatsappHint')}
            type="tel"
            inputMode="tel"
          />
          <fieldset className="form__group">
            <legend>{t('backoffice.booth.hours')}</legend>
            <label className="check">
              <input type="checkbox" {...register('hoursOn')} />
              <span>{t('backoffice.booth.hoursOn', { zone: fairZone })}</span>
            </label>
            {hoursOn && (
              <div className="bo-row">
                <Input name="staffHours.from" label={t('backoffice.booth.from')} type="time" />
                <Input name="staffHours.to" label={t('backoffice.booth.to')} type="time" />
              </div>
            )}
          </fieldset>
          <FormError />
          {kit.sent && (
            <p className="notice" role="status" data-testid="booth-saved">
              {t('backoffice.saved')}
            </p>
          )}
          <SubmitButton testId="booth-save">{t('backoffice.save')}</SubmitButton>
        </fieldset>
      </Form>
    </div>
  );
}

function BoothEditor({ boothId }: { boothId: string }) {
  const profile = useQuery(backofficeQueries.profile(boothId));
  return <AsyncContent result={profile}>{(p) => <BoothForm profile={p} />}</AsyncContent>;
}

/** The booth editor: logo, texts in both languages, colour and style, WhatsApp and staffed hours. */
export function BoothEditorPage() {
  const { t } = useTranslation();
  return (
    <RequireBooth title={t('backoffice.booth.title')}>
      {(me) => <BoothEditor boothId={me.boothId} />}
    </RequireBooth>
  );
}
