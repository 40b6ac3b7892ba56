import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiFieldErrors, errorMessage, zodFieldErrors, type FieldErrors } from '../../lib/errors';

type Failure = { kind: 'invalid'; error: z.ZodError } | { kind: 'refused'; error: unknown };

/**
 * Validate a form with its contracts schema, then send it. Failures are kept raw and turned into
 * messages at render time, so switching language re-translates them.
 */
export function useFormSubmit<S extends z.ZodType>(schema: S, send: (data: z.output<S>) => Promise<void>) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: z.input<S>): Promise<void> {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setFailure({ kind: 'invalid', error: parsed.error });
      return;
    }
    setFailure(null);
    setSubmitting(true);
    try {
      await send(parsed.data);
    } catch (error) {
      setFailure({ kind: 'refused', error });
    } finally {
      setSubmitting(false);
    }
  }

  let errors: FieldErrors = {};
  let formError: string | null = null;
  if (failure?.kind === 'invalid') errors = zodFieldErrors(failure.error, t);
  if (failure?.kind === 'refused') {
    errors = apiFieldErrors(failure.error, t);
    formError = errorMessage(failure.error, t);
  }
  return { errors, formError, submitting, submit };
}
