import type { InputHTMLAttributes, ReactNode } from 'react';
import {
  get,
  useFormContext,
  useFormState,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { Field } from '../Field';

/** What a control needs: its id and aria attributes (label, hint, error) and its registration. */
export type FieldInput = UseFormRegisterReturn & {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
};

interface FormFieldProps<F extends FieldValues> {
  name: Path<F>;
  label: ReactNode;
  hint?: ReactNode;
  children: (input: FieldInput) => ReactNode;
}

/** The message a field of the surrounding `Form` shows (from the schema or the server), if any. */
export function useFieldError<F extends FieldValues>(name: Path<F>): string | undefined {
  const { errors } = useFormState<F>({ name });
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

/** A labelled control of the surrounding `Form`, showing the error its name has (from the schema or the server). */
export function FormField<F extends FieldValues>({ name, label, hint, children }: FormFieldProps<F>) {
  const { register } = useFormContext<F>();
  const error = useFieldError<F>(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(aria) => children({ ...aria, ...register(name) })}
    </Field>
  );
}

type InputFieldProps<F extends FieldValues> = Omit<FormFieldProps<F>, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'children'> & { testId?: string };

/** The common case: a text input. */
export function InputField<F extends FieldValues>({
  name,
  label,
  hint,
  testId,
  ...input
}: InputFieldProps<F>) {
  return (
    <FormField<F> name={name} label={label} hint={hint}>
      {(field) => <input {...input} {...field} data-testid={testId} />}
    </FormField>
  );
}

/**
 * The field components with `name` checked against a form's values. Call once per form, outside the
 * component: `const { Field, Input } = fieldsFor<LoginValues>()`. Nothing is created; only the types narrow.
 */
export function fieldsFor<F extends FieldValues>() {
  return {
    Field: FormField as (props: FormFieldProps<F>) => ReactNode,
    Input: InputField as (props: InputFieldProps<F>) => ReactNode,
  };
}
