import { listOf, ProductQuery, ProductWithBooth } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class ProductQueryDto extends createZodDto(ProductQuery) {}
export class ProductListDto extends createZodDto(listOf(ProductWithBooth)) {}
