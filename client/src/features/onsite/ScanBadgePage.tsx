import type { LeadItem } from '@pameran/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors';
import '../../styles/onsite.css';
import { backofficeKeys } from '../exhibitor/backofficeQueries';
import { RequireBooth } from '../exhibitor/RequireBooth';
import { groupedCode } from './BadgePage';
import { onsiteApi } from './onsiteApi';
import { useQrCamera } from './useQrCamera';
import { useFairPath } from '../fair/useFairSlug';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Scan (or type) a badge, add a note and a score, save it as the booth's lead. */
function ScanBadge({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const [score, setScore] = useState<number | undefined>();
  const [read, setRead] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<LeadItem | null>(null);
  const onCode = useCallback((value: string) => {
    setCode(groupedCode(value));
    setRead(true);
    setError(null);
  }, []);
  // Destructured, so the render reads the ref only as the video's `ref` (react-hooks/refs).
  const { videoRef, state: cameraState, start: startCamera, stop: stopCamera } = useQrCamera(onCode);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const lead = await onsiteApi.scan(boothId, { code, note: note || undefined, score });
      setSaved(lead);
      await queryClient.invalidateQueries({ queryKey: backofficeKeys.booth(boothId) });
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setSaving(false);
    }
  };
  const next = () => {
    setSaved(null);
    setCode('');
    setNote('');
    setScore(undefined);
    setRead(false);
    void startCamera();
  };

  if (saved)
    return (
      <section className="card form" data-testid="scan-saved" aria-live="polite">
        <p className="notice">
          {saved.visitor
            ? t('onsite.scan.saved', { name: saved.visitor.name })
            : t('onsite.scan.savedAnonymous')}
        </p>
        <button type="button" className="button button--primary" onClick={next} data-testid="scan-next">
          {t('onsite.scan.next')}
        </button>
        <Link to={at('/exhibitor/leads')}>{t('onsite.scan.leads')}</Link>
      </section>
    );
  return (
    <form className="card form" onSubmit={(e) => void save(e)} data-testid="scan-form">
      <p className="muted">{t('onsite.scan.intro')}</p>
      <div className="onsite-camera">
        <video
          ref={videoRef}
          className="onsite-camera__video"
          hidden={cameraState !== 'scanning'}
          muted
          playsInline
          aria-label={t('onsite.scan.video')}
          data-testid="scan-video"
        />
        {cameraState === 'scanning' || cameraState === 'starting' ? (
          <button type="button" className="button" onClick={stopCamera}>
            {t('onsite.scan.stop')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void startCamera()}
            data-testid="scan-start"
          >
            {t('onsite.scan.start')}
          </button>
        )}
        <p className="muted" aria-live="polite" data-testid="scan-status">
          {cameraState === 'starting' && t('onsite.scan.loadingDecoder')}
          {cameraState === 'unavailable' && t('onsite.scan.noCamera')}
          {read && t('onsite.scan.read')}
        </p>
      </div>
      <label className="field">
        <span>{t('onsite.scan.code')}</span>
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          required
          minLength={10}
          maxLength={120}
          aria-describedby="scan-code-hint"
          data-testid="scan-code"
        />
        <span id="scan-code-hint" className="field__hint">
          {t('onsite.scan.codeHint')}
        </span>
      </label>
      <label className="field">
        <span>{t('onsite.scan.note')}</span>
        <textarea
          value={note}
          maxLength={1000}
          rows={3}
          placeholder={t('onsite.scan.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
          data-testid="scan-note"
        />
      </label>
      <fieldset className="form__group">
        <legend>{t('onsite.scan.score')}</legend>
        <div className="onsite-score">
          {SCORES.map((s) => (
            <label key={s} className="onsite-score__option">
              <input
                type="radio"
                name="score"
                value={s}
                checked={score === s}
                onChange={() => setScore(s)}
                aria-label={t('onsite.scan.scoreValue', { score: s })}
                data-testid={`scan-score-${s}`}
              />
              <span aria-hidden="true">{s}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p className="form__error" role="alert" data-testid="scan-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={saving} data-testid="scan-save">
        {t('onsite.scan.save')}
      </button>
    </form>
  );
}

/** Staff at the booth scan visitors' badges with the phone camera (docs/decisions/0021-on-site-qr.md). */
export function ScanBadgePage() {
  const { t } = useTranslation();
  return (
    <RequireBooth title={t('onsite.scan.title')}>{(me) => <ScanBadge boothId={me.boothId} />}</RequireBooth>
  );
}
