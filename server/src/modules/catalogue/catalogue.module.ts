import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoothsModule } from '../booths/booths.module';
import { BoothProductsService } from './booth-products.service';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { ProductEntity } from './product.entity';
import { BoothProductsReadModel } from './read-models/booth-products.read-model';
import { ProductSearchReadModel } from './read-models/product-search.read-model';
import { RateLimitModule } from '../rate-limit';

/** Products: the fair's searchable catalogue and each booth's own list. */
@Module({
  imports: [TypeOrmModule.forFeature([ProductEntity]), BoothsModule, RateLimitModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, ProductSearchReadModel, BoothProductsService, BoothProductsReadModel],
  exports: [CatalogueService, BoothProductsService],
})
export class CatalogueModule {}
