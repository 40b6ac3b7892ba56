import { Injectable } from '@nestjs/common';
import type { List, ProductQuery, ProductWithBooth } from '@pameran/contracts';
import { TtlCache } from '../../common/ttl-cache';
import { AppConfig } from '../../config/app-config';
import { ProductSearchReadModel } from './read-models/product-search.read-model';

@Injectable()
export class CatalogueService {
  private readonly cache: TtlCache<List<ProductWithBooth>>;

  constructor(
    private readonly products: ProductSearchReadModel,
    config: AppConfig,
  ) {
    this.cache = new TtlCache(config.get('CATALOGUE_CACHE_SECONDS') * 1000, 2000);
  }

  /** Cached by the whole query for CATALOGUE_CACHE_SECONDS: the catalogue changes rarely, searches repeat. */
  search(query: ProductQuery): Promise<List<ProductWithBooth>> {
    return this.cache.get(JSON.stringify(query), () => this.products.find(query));
  }

  /** Forget cached answers after the catalogue changed. */
  invalidate(): void {
    this.cache.clear();
  }
}
