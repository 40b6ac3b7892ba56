import { Injectable } from '@nestjs/common';
import type { BoothQuery } from '@pameran/contracts';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { TtlCache } from '../../common/ttl-cache';
import { OnDomainEvent } from '../../domain';
import { BoothsService } from './booths.service';

/**
 * How long one encoding of a booth list is shared. Live visitor counts in it may be this old; the hall
 * corrects them from its first `occupancy` frame, and a booth's own change clears the cache at once.
 */
export const BOOTH_LIST_TTL_MS = 2_000;

/** A booth list as it goes on the wire: its JSON and the same gzipped. */
export interface EncodedBoothList {
  json: Buffer;
  gzip: Buffer;
}

const gzipAsync = promisify(gzip);

/**
 * The hall's booth list, read, serialised and compressed once per `BOOTH_LIST_TTL_MS` for every request
 * that asks the same (at the opening bell every arrival loads the same 500 booths). Before, each request
 * paid two queries, 500 rows mapped, ~150 KB of JSON and its gzip: the largest cost of a 5,000-arrival rush
 * after the HTTP writes themselves (docs/benchmarks.md, "Arrivals").
 */
@Injectable()
export class BoothListCache {
  private readonly lists = new TtlCache<EncodedBoothList>(BOOTH_LIST_TTL_MS, 64);

  constructor(private readonly booths: BoothsService) {}

  get(slug: string, query: BoothQuery): Promise<EncodedBoothList> {
    const key = JSON.stringify([slug, query.category ?? '', query.q ?? '', query.cursor ?? '', query.limit]);
    return this.lists.get(key, async () => {
      const json = Buffer.from(JSON.stringify(await this.booths.list(slug, query)));
      return { json, gzip: await gzipAsync(json) };
    });
  }

  /** A booth changed (name, pictures, status): the next request reads the list again. */
  @OnDomainEvent('booth.changed')
  forget(): void {
    this.lists.clear();
  }
}
