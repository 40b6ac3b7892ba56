import { CATEGORIES, type Category } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { saveBlob } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useFair } from '../../stores/fair';
import '../../styles/onsite.css';
import { onsiteApi } from './onsiteApi';
import { OrganisersOnly } from '../fair/OrganisersOnly';
import { useFairSlug } from '../fair/useFairSlug';

/** Every date of the fair, first to last. */
function fairDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    days.push(d.toISOString().slice(0, 10));
  return days;
}

/** The organiser downloads the printable QR sheets: a zone's booths, a day's venue tables. */
export function QrSheetsPage() {
  return (
    <OrganisersOnly next="/console/qr">
      <QrSheets />
    </OrganisersOnly>
  );
}

function QrSheets() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const event = useFair((s) => s.event);
  const [zone, setZone] = useState<Category>(CATEGORIES[0]);
  const [day, setDay] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const days = event ? fairDays(event.startsOn, event.endsOn) : [];
  const chosenDay = day ?? days[0];
  const download = (blob: Promise<Blob>, name: string) => {
    setError(null);
    blob.then((b) => saveBlob(b, name)).catch((err: unknown) => setError(errorMessage(err, t)));
  };
  return (
    <div className="onsite" data-testid="qr-sheets">
      <h1>{t('onsite.sheets.title')}</h1>
      <p className="muted">{t('onsite.sheets.intro')}</p>
      <section className="card form">
        <label className="field">
          <span>{t('onsite.sheets.zone')}</span>
          <select
            value={zone}
            onChange={(e) => setZone(e.target.value as Category)}
            data-testid="sheets-zone"
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--primary"
          onClick={() => download(onsiteApi.boothSheet(slug, zone), `booths-${zone}.pdf`)}
          data-testid="sheets-booths"
        >
          {t('onsite.sheets.booths')}
        </button>
      </section>
      {chosenDay && (
        <section className="card form">
          <label className="field">
            <span>{t('onsite.sheets.day')}</span>
            <select value={chosenDay} onChange={(e) => setDay(e.target.value)} data-testid="sheets-day">
              {days.map((d) => (
                <option key={d} value={d}>
                  {formatDate(d, lang)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--primary"
            onClick={() => download(onsiteApi.tableSheet(slug, chosenDay), `tables-${chosenDay}.pdf`)}
            data-testid="sheets-tables"
          >
            {t('onsite.sheets.tables')}
          </button>
        </section>
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
