import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import { IdempotencyKeyEntity } from './matching.entities';
import { MatchingException } from './matching.exception';
import { invalid } from '../../common/common.exception';

/** A call that died mid-way leaves its key; after this long a retry may take it over. */
const STALE_MS = 60_000;
const KEY = /^[\w.:-]{8,100}$/;

/** JSON with sorted keys, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const invalidKey = () =>
  invalid('Idempotency-Key', 'must be 8–100 letters, digits or . _ : -', {
    status: HttpStatus.BAD_REQUEST,
    summary: 'Idempotency-Key header is required: 8–100 letters, digits or . _ : -',
  });

/**
 * Idempotent creates (`Idempotency-Key`): the first call claims the key and stores its answer; the same
 * key with the same body gets that answer again, with another body 422, and while the first call is
 * still running 409. A call that fails releases its key so the client can retry.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    @InjectRepository(IdempotencyKeyEntity) private readonly repo: Repository<IdempotencyKeyEntity>,
  ) {}

  async run<T extends object>(
    userId: string,
    key: string | undefined,
    body: unknown,
    work: () => Promise<T>,
  ): Promise<T> {
    if (!key || !KEY.test(key)) throw invalidKey();
    const bodyHash = createHash('sha256').update(canonical(body)).digest('hex');
    const repo = this.repo;
    const claimed = await repo
      .createQueryBuilder()
      .insert()
      .values({ userId, key, bodyHash, response: null })
      .orIgnore()
      .returning(['key'])
      .execute();
    if (claimed.raw.length === 0) {
      const existing = await repo.findOneByOrFail({ userId, key });
      if (existing.bodyHash !== bodyHash) {
        throw new MatchingException(
          'idempotency_mismatch',
          'This Idempotency-Key was already used with a different request body',
        );
      }
      if (existing.response) return existing.response as T;
      const stale = Date.now() - existing.createdAt.getTime() > STALE_MS;
      const takenOver =
        stale &&
        (await repo.update({ userId, key, createdAt: existing.createdAt }, { createdAt: new Date() }))
          .affected === 1;
      if (!takenOver) {
        throw new MatchingException(
          'idempotency_in_progress',
          'A request with this Idempotency-Key is still being processed; retry in a moment',
        );
      }
    }
    try {
      const response = await work();
      await repo.update({ userId, key }, { response });
      return response;
    } catch (error) {
      await repo.delete({ userId, key });
      throw error;
    }
  }
}
