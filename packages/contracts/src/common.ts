import { z } from 'zod';

export const Uuid = z.uuid();

/** E.164 phone number, e.g. +6281234567890. */
export const E164 = z
  .string()
  .regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 phone number such as +6281234567890');

/** Whole rupiah, safe as a JSON number. */
export const Rupiah = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const ErrorField = z.object({ path: z.string(), message: z.string() });
export type ErrorField = z.infer<typeof ErrorField>;
export const ErrorBody = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  /** One of `ErrorCode` (errors.ts); read as any string so an older client still takes a newer server's codes. */
  code: z.string().optional(),
  fields: z.array(ErrorField).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  });
}
export interface List<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/** Query booleans arrive as strings. */
export const QueryBool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PageQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
