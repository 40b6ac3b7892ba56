import { createContext, use, type FormHTMLAttributes, type ReactNode } from 'react';
import { FormProvider, useFormState, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { ContractForm } from './useContractForm';

const FailureContext = createContext<unknown>(null);

interface FormProps<F extends FieldValues, Out> extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'noValidate'
> {
  kit: ContractForm<F, Out>;
  children: ReactNode;
}

/** A `<form>` run by `useContractForm`: the schema checks it (not the browser), its fields find their errors. */
export function Form<F extends FieldValues, Out>({ kit, children, ...attributes }: FormProps<F, Out>) {
  return (
    <FormProvider {...kit.form}>
      <FailureContext value={kit.failure}>
        <form {...attributes} noValidate onSubmit={(e) => void kit.onSubmit(e)}>
          {children}
        </form>
      </FailureContext>
    </FormProvider>
  );
}

/** Why the server refused the last submit, in the reader's language (or what is wrong with the whole request). */
export function FormError({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  const failure = use(FailureContext);
  const { errors } = useFormState();
  const message = failure !== null ? errorMessage(failure, t) : errors.root?.message;
  if (!message) return null;
  return (
    <p className="form__error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

interface SubmitButtonProps {
  children: ReactNode;
  testId?: string;
  className?: string;
}

/** The form's submit button, disabled and saying "wait" while the form is checked and sent. */
export function SubmitButton({
  children,
  testId,
  className = 'button button--primary button--wide',
}: SubmitButtonProps) {
  const { t } = useTranslation();
  const { isSubmitting } = useFormState();
  return (
    <button type="submit" className={className} disabled={isSubmitting} data-testid={testId}>
      {isSubmitting ? t('common.wait') : children}
    </button>
  );
}
