import { useCallback, useEffect, useEffectEvent, useState } from 'react';

interface Settled<T> {
  key: string | null;
  attempt: number;
  data?: T;
  error?: unknown;
  /** The last good answer, kept through a failed reload. */
  last?: T;
}

export interface AsyncResult<T> {
  /** The answer for the current key, once it has arrived. */
  data: T | undefined;
  /** The last answer for any key, to keep showing while the next one loads. */
  previous: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Load something whenever `key` changes (null = nothing to load); the previous request is aborted.
 * Loading is derived from "no answer for this key yet", so nothing is set synchronously in an effect.
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): AsyncResult<T> {
  const [settled, setSettled] = useState<Settled<T>>({ key: null, attempt: -1 });
  const [attempt, setAttempt] = useState(0);
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => setSettled({ key, attempt, data, last: data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled((s) => ({ key, attempt, error, last: s.data ?? s.last }));
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  // Stable, so a caller's callbacks built on it (and effects depending on those) do not change every render.
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const current = settled.key === key && settled.attempt === attempt;
  return {
    data: current ? settled.data : undefined,
    previous: settled.data ?? settled.last,
    error: current ? settled.error : undefined,
    loading: key !== null && !current,
    reload,
  };
}
