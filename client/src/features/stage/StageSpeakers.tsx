import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { apiFieldErrors, errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';
import { videoApi } from '../../lib/videoApi';
import { StageCapacityEditor } from './StageCapacityEditor';

/** The organiser picks who speaks on a stage session (by email; everyone else watches hidden) and its capacity. */
export function StageSpeakers({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
        {t('video.speakers.title')}
      </button>
    );
  }
  return (
    <>
      <SpeakersEditor sessionId={sessionId} />
      <StageCapacityEditor sessionId={sessionId} />
    </>
  );
}

function SpeakersEditor({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const current = useAsync(`speakers:${sessionId}`, (signal) => videoApi.speakers(sessionId, signal));
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<{ saving: boolean; saved: boolean; error: unknown }>({
    saving: false,
    saved: false,
    error: null,
  });
  const value =
    draft ??
    (current.data ?? [])
      .map((s) => s.email ?? '')
      .filter(Boolean)
      .join(', ');
  // Never rejects: a refusal is kept in the state and shown on the field.
  const save = async () => {
    setState({ saving: true, saved: false, error: null });
    try {
      await videoApi.setSpeakers(sessionId, value.split(/[\s,;]+/).filter(Boolean));
      setDraft(null);
      current.reload();
      setState({ saving: false, saved: true, error: null });
    } catch (error) {
      setState({ saving: false, saved: false, error });
    }
  };
  const fieldError = state.error ? Object.values(apiFieldErrors(state.error, t))[0] : undefined;
  return (
    <div className="stage-speakers" data-testid="stage-speakers">
      <Field
        label={t('video.speakers.title')}
        hint={current.data?.length ? current.data.map((s) => s.name).join(', ') : t('video.speakers.none')}
        error={fieldError ?? (state.error ? errorMessage(state.error, t) : undefined)}
      >
        {(a) => (
          <input
            {...a}
            value={value}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('video.speakers.hint')}
          />
        )}
      </Field>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={state.saving}
        onClick={() => void save()}
      >
        {state.saved && draft === null ? t('video.speakers.saved') : t('video.speakers.save')}
      </button>
    </div>
  );
}
