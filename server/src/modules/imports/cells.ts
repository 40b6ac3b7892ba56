import { z } from 'zod';

/** Text of a cell; a missing required cell says so plainly. */
const cell = () => z.string({ error: 'is required' });

/**
 * Cell parsers for import rows: spreadsheets hold text, so numbers, yes/no and phone numbers are read
 * the way people type them in Indonesia ("15.000", "Rp 15.000", "ya", "0812…").
 */

/** Whole number: "15000", "15.000", "15,000", "Rp 15.000". */
export const integerCell = cell()
  .transform((s) => s.replace(/^rp\.?\s*/i, '').replace(/\s/g, ''))
  .refine((s) => /^\d{1,3}([.,]\d{3})*$|^\d+$/.test(s), 'must be a whole number such as 15000')
  .transform((s) => Number(s.replace(/[.,]/g, '')))
  .refine((n) => Number.isSafeInteger(n), 'is too large');

const YES = ['ya', 'y', 'yes', 'true', '1', 'benar'];
const NO = ['tidak', 't', 'no', 'n', 'false', '0', 'salah'];
export const booleanCell = cell()
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => YES.includes(s) || NO.includes(s), 'must be ya/tidak (yes/no)')
  .transform((s) => YES.includes(s));

/** Phone numbers as typed: "+62 812-3456-7890", "0812…", or a number Excel stripped the "+" from. */
export const phoneCell = cell()
  .transform((s) => s.replace(/[\s\-().]/g, ''))
  .transform((s) => (s.startsWith('0') ? `+62${s.slice(1)}` : s.startsWith('+') ? s : `+${s}`))
  .refine((s) => /^\+[1-9]\d{7,14}$/.test(s), 'must be a phone number such as +6281234567890');

/** A label from a fixed list, matched loosely ("Pertanian Perkebunan" → pertanian_perkebunan). */
export function choiceCell<T extends string>(values: readonly T[]) {
  return cell()
    .transform((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/[\s/-]+/g, '_'),
    )
    .refine((s): s is T => (values as readonly string[]).includes(s), `must be one of: ${values.join(', ')}`);
}
