import { ValueTransformer } from 'typeorm';

/** Postgres `bigint` arrives as a string; money stays below 2^53, so a JSON number is exact. */
export const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
