import type { AutoSchedulePreview, MatchingSettings } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { matchingAdminApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { DealsHeadline } from './DealsPage';
import { SlotLabel } from './SlotLabel';
import { ActionError, useAction } from './useAction';
import { OrganisersOnly } from '../fair/OrganisersOnly';
import { useFairSlug } from '../fair/useFairSlug';

const SETTINGS: (keyof MatchingSettings)[] = [
  'slotMinutes',
  'bufferMinutes',
  'requestTtlHours',
  'dailyLimit',
];

/** The organiser's business-matching desk: slot settings, meeting tables, and auto-scheduling with a preview. */
export function OrganiserMatchingPage() {
  const { t } = useTranslation();
  return (
    <OrganisersOnly next="/console/matching">
      <div className="matching" data-testid="organiser-matching">
        <header className="matching__header">
          <h1>{t('matching.admin.title')}</h1>
          <DealsHeadline />
        </header>
        <AutoSchedule />
        <div className="matching__columns">
          <SettingsForm />
          <Tables />
        </div>
      </div>
    </OrganisersOnly>
  );
}

function AutoSchedule() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const [includePending, setIncludePending] = useState(false);
  const [preview, setPreview] = useState<AutoSchedulePreview | null>(null);
  const [booked, setBooked] = useState<number | null>(null);
  const { busy, error, run } = useAction<void>(() => {});
  return (
    <section className="card" data-testid="auto-schedule">
      <h2>{t('matching.admin.auto')}</h2>
      <p className="muted">{t('matching.admin.autoHint')}</p>
      <label>
        <input
          type="checkbox"
          checked={includePending}
          onChange={(e) => setIncludePending(e.target.checked)}
        />{' '}
        {t('matching.admin.includePending')}
      </label>
      <div className="request-actions__buttons">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          data-testid="auto-preview"
          onClick={() =>
            void run(async () => {
              setBooked(null);
              setPreview(await matchingAdminApi.preview(slug, includePending));
            })
          }
        >
          {t('matching.admin.preview')}
        </button>
        {preview && preview.placements.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            data-testid="auto-commit"
            onClick={() =>
              void run(async () => {
                const result = await matchingAdminApi.commit(
                  slug,
                  preview.placements.map(({ requestId, start }) => ({ requestId, start })),
                );
                setBooked(result.total);
                setPreview(null);
              })
            }
          >
            {t('matching.admin.commit', { count: preview.placements.length })}
          </button>
        )}
      </div>
      {booked !== null && (
        <p className="notice" role="status">
          {t('matching.admin.booked', { count: booked })}
        </p>
      )}
      {preview && (
        <>
          <p data-testid="auto-stats">
            {t('matching.admin.stats', {
              placed: preview.stats.placed,
              requests: preview.stats.requests,
              bound: preview.stats.upperBound,
              greedy: preview.stats.greedy,
              ms: preview.stats.ms,
            })}
          </p>
          <ol className="placements">
            {preview.placements.slice(0, 200).map((p) => (
              <li key={p.requestId}>
                <SlotLabel start={p.start} end={p.end} />
                {p.table && ` · ${t('matching.meeting.onsite', { table: p.table })}`}
              </li>
            ))}
          </ol>
          {preview.unplaced.length > 0 && (
            <details>
              <summary>{t('matching.admin.unplaced', { count: preview.unplaced.length })}</summary>
              <ul>
                {preview.unplaced.map((u) => (
                  <li key={u.requestId}>{t(`matching.admin.reason.${u.reason}`)}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <ActionError error={error} />
    </section>
  );
}

function SettingsForm() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const current = useAsync(`matching-settings:${slug}`, (signal) => matchingAdminApi.settings(slug, signal));
  const [draft, setDraft] = useState<Partial<MatchingSettings>>({});
  const { busy, error, run } = useAction<MatchingSettings>(() => {
    setDraft({});
    current.reload();
  });
  return (
    <section className="card">
      <h2>{t('matching.admin.settings')}</h2>
      <AsyncContent result={current}>
        {(s) => (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => matchingAdminApi.updateSettings(slug, draft));
            }}
          >
            {SETTINGS.map((k) => (
              <label key={k} className="field">
                {t(`matching.admin.setting.${k}`)}
                <input
                  type="number"
                  min={0}
                  value={draft[k] ?? s[k]}
                  onChange={(e) => setDraft({ ...draft, [k]: Number(e.target.value) })}
                />
              </label>
            ))}
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || Object.keys(draft).length === 0}
            >
              {t('matching.admin.saveSettings')}
            </button>
          </form>
        )}
      </AsyncContent>
      <ActionError error={error} />
    </section>
  );
}

function Tables() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const tables = useAsync(`matching-tables:${slug}`, (signal) => matchingAdminApi.tables(slug, signal));
  const [label, setLabel] = useState('');
  const { busy, error, run } = useAction(() => tables.reload());
  return (
    <section className="card">
      <h2>{t('matching.admin.tables')}</h2>
      <AsyncContent result={tables} isEmpty={(l) => l.length === 0} empty={t('matching.admin.noTables')}>
        {(list) => (
          <ul className="tables">
            {list.map((tb) => (
              <li key={tb.id} className={tb.active ? '' : 'muted'}>
                {tb.label}
                {tb.active && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy}
                    onClick={() => void run(() => matchingAdminApi.removeTable(slug, tb.id))}
                  >
                    {t('matching.admin.removeTable')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
      <form
        className="form__row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await matchingAdminApi.addTable(slug, label);
            setLabel('');
          });
        }}
      >
        <label>
          {t('matching.admin.tableLabel')}
          <input value={label} maxLength={20} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" className="button button--secondary" disabled={busy || !label.trim()}>
          {t('matching.admin.addTable')}
        </button>
      </form>
      <ActionError error={error} />
    </section>
  );
}
