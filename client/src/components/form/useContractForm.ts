import { toNestErrors } from '@hookform/resolvers';
import type { TFunction } from 'i18next';
import { useEffect, useEffectEvent, useState, type BaseSyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiFieldErrors, zodFieldErrors } from '../../lib/errors';

/**
 * A resolver checking the request a form makes with its contracts schema, the one the server checks it
 * with. Not @hookform/resolvers' zodResolver: that keeps only each issue's code and message, and zod's
 * messages (and those the contracts write for API clients) are English; here each field's message is
 * written from the issue itself (its minimum, its format) in the reader's language.
 */
export function contractResolver<F extends FieldValues, S extends z.ZodType>(
  schema: S,
  toRequest: (values: F) => unknown,
  t: TFunction,
  fieldOf: (path: string) => string | undefined,
): Resolver<F, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(toRequest(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const [path, message] of Object.entries(zodFieldErrors(parsed.error, t))) {
      // An issue with the request as a whole, or with a key no field stands for (one the form fills in
      // itself), goes to the form, not to nowhere.
      flat[fieldOf(path) ?? 'root'] ??= { type: 'contract', message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/** Every leaf path of the form's values ("email", "buyerProfile.country"): the fields an error can name. */
function leafPaths(values: unknown, prefix = ''): string[] {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return prefix ? [prefix] : [];
  return Object.entries(values).flatMap(([key, value]) =>
    leafPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * The field an error's path names: the field itself, or the field holding it (a list typed as one field,
 * like colleagues' e-mails split from text: "attendeeEmails.1" is on "attendeeEmails").
 */
function fieldFinder(fields: Set<string>) {
  return (path: string) => [...fields].find((field) => path === field || path.startsWith(`${field}.`));
}

export interface ContractFormOptions<F extends FieldValues, S extends z.ZodType> {
  /** The contracts schema the server checks the request with. */
  schema: S;
  defaultValues: DefaultValues<F>;
  /**
   * The request these values make (numbers from text, fields that apply only sometimes); the values
   * themselves when left out. Field names follow the request's paths, so errors land on their fields.
   */
  toRequest?: (values: F) => z.input<S>;
  /**
   * Send the checked request (the values as typed come along, for a form that sends only what changed).
   * A rejection is shown on the form, and on each field its `fields[].path` names.
   */
  send: (request: z.output<S>, values: F) => Promise<void>;
}

export interface ContractForm<F extends FieldValues, Out> {
  form: UseFormReturn<F, unknown, Out>;
  /** The form's `onSubmit`: check, send, show what went wrong. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** The last refusal, kept raw: its message is written at render time, in the current language. */
  failure: unknown;
  /** The last submit was sent and accepted (for a "saved" notice). */
  sent: boolean;
}

/**
 * A form checked with a contracts schema before anything is sent (react-hook-form), whose server refusal
 * lands on the form and on the fields it names. Switching language rewrites the messages on screen.
 */
export function useContractForm<F extends FieldValues, S extends z.ZodType>({
  schema,
  defaultValues,
  toRequest = (values) => values as z.input<S>,
  send,
}: ContractFormOptions<F, S>): ContractForm<F, z.output<S>> {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const fields = new Set(leafPaths(defaultValues));
  const fieldOf = fieldFinder(fields);
  const form = useForm<F, unknown, z.output<S>>({
    defaultValues,
    resolver: contractResolver(schema, toRequest, t, fieldOf),
  });

  /** Put the server's per-field messages on the fields they name (all of them, or only `names`). */
  const showServerErrors = (error: unknown, names?: Set<string>) => {
    let focus = !names;
    const shown = new Set<string>();
    for (const [path, message] of Object.entries(apiFieldErrors(error, t))) {
      const field = fieldOf(path);
      if (!field || shown.has(field) || (names && !names.has(field))) continue;
      shown.add(field);
      form.setError(field as Path<F>, { type: 'server', message }, { shouldFocus: focus });
      focus = false;
    }
  };

  const onSubmit = (event?: BaseSyntheticEvent) => {
    setFailure(null);
    setSent(false);
    return form.handleSubmit(async (request) => {
      try {
        await send(request, form.getValues());
        setSent(true);
      } catch (error) {
        setFailure(error);
        showServerErrors(error);
      }
    })(event);
  };

  // Messages were written in the language of the moment: after a switch, check again to rewrite them.
  const rewrite = useEffectEvent(() => {
    const { isSubmitted, errors } = form.formState;
    if (!isSubmitted || Object.keys(errors).length === 0) return;
    const fromServer = new Set(
      [...fields].filter((path) => form.getFieldState(path as Path<F>).error?.type === 'server'),
    );
    void form.trigger().then(() => showServerErrors(failure, fromServer));
  });
  useEffect(() => rewrite(), [i18n.language]);

  return { form, onSubmit, failure, sent };
}
