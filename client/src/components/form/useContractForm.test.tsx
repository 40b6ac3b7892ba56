import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import i18n from '../../i18n';
import { ApiError } from '../../lib/api';
import { Form, FormError, SubmitButton } from './Form';
import { fieldsFor } from './FormField';
import { useContractForm } from './useContractForm';

/** A request like the contracts' ones: a nested object, and a message hard-coded for API clients. */
const Request = z.strictObject({
  name: z.string().trim().min(2),
  company: z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO country code') }),
});

interface Values {
  name: string;
  company: { country: string };
}

const { Input } = fieldsFor<Values>();

interface TestFormProps {
  send: (request: z.output<typeof Request>) => Promise<void>;
  toRequest?: (values: Values) => z.input<typeof Request>;
}

function TestForm({
  send,
  toRequest = (v) => ({ ...v, company: { country: v.company.country.toUpperCase() } }),
}: TestFormProps) {
  const kit = useContractForm<Values, typeof Request>({
    schema: Request,
    defaultValues: { name: '', company: { country: '' } },
    toRequest,
    send,
  });
  return (
    <Form kit={kit}>
      <Input name="name" label="Nama" testId="name" />
      <Input name="company.country" label="Negara" testId="country" />
      <FormError />
      <SubmitButton testId="submit">Kirim</SubmitButton>
    </Form>
  );
}

const field = (testId: string) => screen.getByTestId(testId);
/** The message the field's aria-describedby points at (its error, not its hint). */
const errorOf = (testId: string) => {
  const ids = field(testId).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className === 'field__error')
    ?.textContent;
};
const type = (testId: string, value: string) => fireEvent.change(field(testId), { target: { value } });

describe('contract form kit', () => {
  it('names each invalid field with its message, in the reader’s language, and sends nothing', async () => {
    const send = vi.fn(() => Promise.resolve());
    render(<TestForm send={send} />);
    type('name', ' A ');
    type('country', 'indonesia');
    fireEvent.click(field('submit'));

    await waitFor(() => expect(errorOf('name')).toBe('Minimal 2 karakter'));
    // The schema's own English message is not shown: the issue is described in Indonesian.
    expect(errorOf('country')).toBe('Pilih negara');
    expect(field('country').getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();

    // Switching language rewrites the messages on screen.
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(errorOf('name')).toBe('At least 2 characters'));
  });

  it('sends the checked request, and says "wait" until the server answers', async () => {
    let answer!: () => void;
    const send = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    render(<TestForm send={send} />);
    type('name', '  Siti ');
    type('country', 'id');
    fireEvent.click(field('submit'));

    // The checked request, and the values as typed (for a form that sends only what changed).
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(
        { name: 'Siti', company: { country: 'ID' } },
        { name: '  Siti ', company: { country: 'id' } },
      ),
    );
    expect(field('submit').textContent).toBe('Sebentar…');
    expect(field('submit').hasAttribute('disabled')).toBe(true);
    await act(async () => answer());
    expect(field('submit').textContent).toBe('Kirim');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("puts the server's field error on the field its path names, and the refusal on the form", async () => {
    const refusal = new ApiError({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [
        { path: 'company.country', message: 'negara ini belum bisa ikut' },
        { path: 'locale', message: 'not a field of this form' },
      ],
    });
    const send = vi.fn<() => Promise<void>>(() => Promise.reject(refusal));
    render(<TestForm send={send} />);
    type('name', 'Siti');
    type('country', 'KP');
    fireEvent.click(field('submit'));

    await waitFor(() => expect(errorOf('country')).toBe('negara ini belum bisa ikut'));
    expect(field('country').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('country'));
    expect(errorOf('name')).toBeUndefined();
    expect(screen.getByText('Periksa kembali isian Anda.')).toBeTruthy();
    expect(screen.queryByText('not a field of this form')).toBeNull();

    // Correcting the field clears the server's message; the next submit clears the form's.
    send.mockImplementation(() => Promise.resolve());
    type('country', 'MY');
    await waitFor(() => expect(errorOf('country')).toBeUndefined());
    fireEvent.click(field('submit'));
    await waitFor(() => expect(screen.queryByText('Periksa kembali isian Anda.')).toBeNull());
  });

  it('says on the form when the request as a whole is wrong, rather than failing silently', async () => {
    const send = vi.fn(() => Promise.resolve());
    // A form that sends a key its schema does not know (a mistake in toRequest).
    const toRequest = (v: Values) => ({ ...v, extra: true }) as z.input<typeof Request>;
    render(<TestForm send={send} toRequest={toRequest} />);
    type('name', 'Siti');
    type('country', 'ID');
    fireEvent.click(field('submit'));

    expect((await screen.findByRole('alert')).textContent).toBe('Isian tidak valid');
    expect(send).not.toHaveBeenCalled();
  });

  it('says on the form what is wrong with a value no field stands for (one the form fills in itself)', async () => {
    const Owned = z.strictObject({ ownerId: z.uuid(), name: z.string().min(2) });
    const send = vi.fn(() => Promise.resolve());
    function OwnedForm() {
      const kit = useContractForm<{ name: string }, typeof Owned>({
        schema: Owned,
        defaultValues: { name: '' },
        toRequest: (v) => ({ ...v, ownerId: 'not-an-id' }),
        send,
      });
      return (
        <Form kit={kit}>
          <Input name="name" label="Nama" testId="name" />
          <FormError />
          <SubmitButton testId="submit">Kirim</SubmitButton>
        </Form>
      );
    }
    render(<OwnedForm />);
    type('name', 'Siti');
    fireEvent.click(field('submit'));

    expect((await screen.findByRole('alert')).textContent).toBe('Formatnya tidak sesuai');
    expect(errorOf('name')).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });
});
