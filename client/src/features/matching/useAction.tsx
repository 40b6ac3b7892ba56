import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';

/** One server action at a time from a card: busy while it runs, its error kept to show under the card. */
export function useAction<T>(onDone: (result: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run(action: () => Promise<T>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      onDone(await action());
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run, setError };
}

/** A refused action's message, in the reader's language. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null) return null;
  return (
    <p className="field__error" role="alert">
      {errorMessage(error, t)}
    </p>
  );
}
