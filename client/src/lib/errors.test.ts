import type { ErrorBody } from '@pameran/contracts';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ApiError } from './api';
import { ackErrorMessage, apiFieldErrors, codeMessage, errorMessage } from './errors';

const id = i18n.getFixedT('id');
const en = i18n.getFixedT('en');
const refused = (body: Partial<ErrorBody>) =>
  new ApiError({ statusCode: 409, error: 'Conflict', message: 'Server words', ...body });

describe('error messages', () => {
  it("translate a code the server named, in the reader's language", () => {
    const taken = refused({
      code: 'slot_taken',
      message: 'The exhibitor already has a meeting in that slot',
    });
    expect(errorMessage(taken, id)).toBe('Slot itu sudah terisi; pilih slot lain.');
    expect(errorMessage(taken, en)).toBe('That slot is already taken; choose another.');
    const wrong = refused({ statusCode: 401, code: 'invalid_credentials' });
    expect(errorMessage(wrong, id)).toBe('Email atau kata sandi salah.');
  });

  it("quote the server's reason where only it can explain the refusal", () => {
    const control = refused({ code: 'illegal_control', message: 'Only a live session can end now' });
    expect(errorMessage(control, id)).toBe('Ditolak server: Only a live session can end now');
  });

  it("show the server's own message for a code this client does not know", () => {
    expect(errorMessage(refused({ code: 'newer_code', message: 'Something new' }), id)).toBe('Something new');
    expect(codeMessage('newer_code', id)).toBeNull();
  });

  it('fall back to what the status means when there is no code', () => {
    expect(errorMessage(refused({ statusCode: 403, error: 'Forbidden' }), en)).toBe(
      'You do not have access to this.',
    );
    expect(errorMessage(refused({ statusCode: 500, error: 'Internal Server Error' }), en)).toBe(
      'The server is having trouble. Please try again shortly.',
    );
  });

  it('put a taken email under the email field', () => {
    const taken = refused({
      code: 'email_taken',
      fields: [{ path: 'email', message: 'already registered' }],
    });
    expect(apiFieldErrors(taken, en)).toEqual({ email: 'This email is already registered.' });
  });

  it("name an unknown organiser e-mail on its field in the reader's language", () => {
    const unknown = refused({
      statusCode: 400,
      code: 'unknown_account',
      fields: [{ path: 'organisers.1', message: 'no account uses this e-mail address' }],
    });
    expect(apiFieldErrors(unknown, id)).toEqual({
      'organisers.1': 'Belum ada akun dengan alamat e-mail itu. Minta mereka mendaftar dulu.',
    });
  });

  it("translate a refused socket ack, or show the server's words", () => {
    expect(ackErrorMessage({ code: 'muted', message: 'An organiser has muted you' }, en)).toBe(
      'An organiser has limited your chat for now.',
    );
    expect(ackErrorMessage({ code: 'later_code', message: 'Not now' }, en)).toBe('Not now');
  });
});
