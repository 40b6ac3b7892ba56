import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import { CatalogueService } from './catalogue.service';
import { ProductListDto, ProductQueryDto } from './dto/catalogue.dto';

@ApiTags('fair')
@Controller('products')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Get()
  @RateLimited('product_search')
  @ApiOkResponse({ type: ProductListDto })
  search(@Query() query: ProductQueryDto) {
    return this.catalogue.search(query);
  }
}
