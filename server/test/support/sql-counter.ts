import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * Every SQL statement this process sends while `work` runs, whatever made it (repositories, query
 * builders, raw queries), except the timed-effect runner's polling, which runs on its own clock.
 */
export async function sqlDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = PostgresQueryRunner.prototype.query;
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (
    this: PostgresQueryRunner,
    ...args: Parameters<PostgresQueryRunner['query']>
  ) {
    if (!/timed_effect|pg_locks/.test(args[0])) seen.push(args[0]);
    return original.apply(this, args);
  } as PostgresQueryRunner['query']);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return seen;
}
