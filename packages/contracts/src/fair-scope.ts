import { z } from 'zod';

/**
 * `?event=<slug>`: the fair a list that names no record acts in (docs/decisions/0025-many-fairs.md).
 * Required: no route guesses a default fair.
 */
export const FairSlugQuery = z.string().trim().min(1).max(64).describe('The fair (its slug)');

/** The query of a list whose only parameter is its fair. */
export const FairQuery = z.strictObject({ event: FairSlugQuery });
export type FairQuery = z.infer<typeof FairQuery>;
