import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';
import { videoApi } from '../../lib/videoApi';

/** The organiser sets how many hidden viewers a stage session admits (empty: the server's default). */
export function StageCapacityEditor({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const current = useAsync(`capacity:${sessionId}`, (signal) => videoApi.capacity(sessionId, signal));
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<{ saving: boolean; error: unknown }>({ saving: false, error: null });
  const value = draft ?? (current.data?.custom ? String(current.data.capacity) : '');

  const save = async () => {
    setState({ saving: true, error: null });
    try {
      await videoApi.setCapacity(sessionId, value.trim() === '' ? null : Number(value));
      setDraft(null);
      current.reload();
      setState({ saving: false, error: null });
    } catch (error) {
      setState({ saving: false, error });
    }
  };
  const hint = current.data
    ? t('stage.capacity.hint', { capacity: current.data.capacity, viewers: current.data.viewers })
    : undefined;
  return (
    <div className="stage-speakers" data-testid="stage-capacity">
      <Field
        label={t('stage.capacity.label')}
        hint={hint}
        error={state.error ? errorMessage(state.error, t) : undefined}
      >
        {(a) => (
          <input
            {...a}
            type="number"
            min={1}
            inputMode="numeric"
            value={value}
            onChange={(e) => setDraft(e.target.value)}
          />
        )}
      </Field>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={state.saving}
        onClick={() => void save()}
      >
        {t('stage.capacity.save')}
      </button>
    </div>
  );
}
