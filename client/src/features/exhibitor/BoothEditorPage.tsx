import {
  BOOTH_COLOURS,
  BOOTH_THEMES,
  BoothProfileUpdate,
  type BoothProfile,
  type BoothTheme,
} from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { Field } from '../../components/Field';
import { useAsync } from '../../lib/useAsync';
import { useFormSubmit } from '../entry/useFormSubmit';
import { backofficeApi } from './backofficeApi';
import { BoothPreview } from './BoothPreview';
import { PhotoPicker } from './PhotoPicker';
import { RequireBooth } from './RequireBooth';

function BoothForm({ profile }: { profile: BoothProfile }) {
  const { t } = useTranslation();
  const [descriptionId, setDescriptionId] = useState(profile.description.id);
  const [descriptionEn, setDescriptionEn] = useState(profile.description.en);
  const [contactName, setContactName] = useState(profile.contactName);
  const [whatsappNumber, setWhatsapp] = useState(profile.whatsappNumber);
  const [colour, setColour] = useState(profile.colour);
  const [theme, setTheme] = useState<BoothTheme>(profile.theme);
  const [hoursOn, setHoursOn] = useState(profile.staffHours !== null);
  const [hours, setHours] = useState(profile.staffHours ?? { from: '08:00', to: '16:00' });
  const [logoUrl, setLogoUrl] = useState(profile.logoUrl);
  const [saved, setSaved] = useState(false);
  const staffHours = hoursOn ? hours : null;

  const { errors, formError, submitting, submit } = useFormSubmit(BoothProfileUpdate, async (data) => {
    await backofficeApi.updateBooth(profile.boothId, data);
    setSaved(true);
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void submit({
      description: { id: descriptionId, en: descriptionEn },
      contactName,
      whatsappNumber: whatsappNumber.replace(/[\s-]/g, ''),
      colour,
      theme,
      staffHours,
    });
  };
  const readOnly = profile.role === 'staff';

  return (
    <div className="bo-editor">
      <BoothPreview
        profile={profile}
        draft={{ colour, theme, description: { id: descriptionId, en: descriptionEn }, staffHours }}
        logoUrl={logoUrl}
      />
      <form className="card form" onSubmit={onSubmit} noValidate data-testid="booth-form">
        <fieldset disabled={readOnly} className="bo-fieldset">
          <PhotoPicker
            label={t('backoffice.booth.logo')}
            imageUrl={logoUrl}
            testId="logo-input"
            square
            onFile={async (file) => setLogoUrl((await backofficeApi.uploadLogo(profile.boothId, file)).url)}
          />
          <Field label={t('backoffice.descriptionId')} error={errors['description.id']}>
            {(input) => (
              <textarea
                {...input}
                rows={4}
                data-testid="booth-description-id"
                value={descriptionId}
                onChange={(e) => setDescriptionId(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('backoffice.descriptionEn')} error={errors['description.en']}>
            {(input) => (
              <textarea
                {...input}
                rows={3}
                data-testid="booth-description-en"
                value={descriptionEn}
                onChange={(e) => setDescriptionEn(e.target.value)}
              />
            )}
          </Field>
          <fieldset className="form__group">
            <legend>{t('backoffice.booth.colour')}</legend>
            <div className="swatches">
              {BOOTH_COLOURS.map((c) => (
                <label key={c} className="swatch" style={{ background: c }}>
                  <input
                    type="radio"
                    name="colour"
                    value={c}
                    checked={colour === c}
                    onChange={() => setColour(c)}
                    aria-label={c}
                    data-testid={`colour-${c.slice(1)}`}
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
                  <input
                    type="radio"
                    name="theme"
                    checked={theme === th}
                    onChange={() => setTheme(th)}
                    data-testid={`theme-${th}`}
                  />
                  <span>{t(`backoffice.themes.${th}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={t('backoffice.apply.contactName')} error={errors.contactName}>
            {(input) => (
              <input {...input} value={contactName} onChange={(e) => setContactName(e.target.value)} />
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
                type="tel"
                inputMode="tel"
                value={whatsappNumber}
                onChange={(e) => setWhatsapp(e.target.value)}
              />
            )}
          </Field>
          <fieldset className="form__group">
            <legend>{t('backoffice.booth.hours')}</legend>
            <label className="check">
              <input type="checkbox" checked={hoursOn} onChange={(e) => setHoursOn(e.target.checked)} />
              <span>{t('backoffice.booth.hoursOn')}</span>
            </label>
            {hoursOn && (
              <div className="bo-row">
                <Field label={t('backoffice.booth.from')} error={errors['staffHours.from']}>
                  {(input) => (
                    <input
                      {...input}
                      type="time"
                      value={hours.from}
                      onChange={(e) => setHours({ ...hours, from: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('backoffice.booth.to')} error={errors['staffHours.to']}>
                  {(input) => (
                    <input
                      {...input}
                      type="time"
                      value={hours.to}
                      onChange={(e) => setHours({ ...hours, to: e.target.value })}
                    />
                  )}
                </Field>
              </div>
            )}
          </fieldset>
          {formError && (
            <p className="form__error" role="alert">
              {formError}
            </p>
          )}
          {saved && (
            <p className="notice" role="status" data-testid="booth-saved">
              {t('backoffice.saved')}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary button--wide"
            disabled={submitting}
            data-testid="booth-save"
          >
            {submitting ? t('common.wait') : t('backoffice.save')}
          </button>
        </fieldset>
      </form>
    </div>
  );
}

function BoothEditor({ boothId }: { boothId: string }) {
  const profile = useAsync(`booth-profile:${boothId}`, (signal) => backofficeApi.booth(boothId, signal));
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
