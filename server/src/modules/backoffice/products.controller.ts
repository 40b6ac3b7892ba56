import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import { MAX_UPLOAD_BYTES } from '../uploads/image-pipeline';
import type { UploadedBlob } from '../uploads/image-file.interceptor';
import { InEvent } from '../memberships';
import { Booth, ForBooth, ForProduct } from './booth-access.guard';
import type { BoothAccess } from './booth-access.service';
import {
  BackofficeProductDto,
  BackofficeProductListDto,
  ImportQueryDto,
  ImportReportDto,
  ProductCreateDto,
  ProductOrderDto,
  ProductUpdateDto,
  UploadedImageDto,
} from './dto/backoffice.dto';
import { productTemplateCsv } from '../catalogue/product-import';
import { ProductsService } from './products.service';
import { FileBody } from '../uploads/upload-body';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
type Id = string;

/** A booth's products as its owner manages them; staff may read, organisers may do everything. */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice')
@Roles('exhibitor', 'organiser')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  /** The import template (CSV with the header and one example row), for the exhibitors of one fair. */
  @Get('products/import-template.csv')
  @InEvent.query()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="produk-template.csv"')
  @ApiProduces('text/csv')
  template() {
    return productTemplateCsv();
  }

  @Get('booths/:boothId/products')
  @ForBooth('read')
  @ApiOkResponse({ type: BackofficeProductListDto })
  list(@Booth() booth: BoothAccess) {
    return this.products.list(booth);
  }

  @Post('booths/:boothId/products')
  @ForBooth('edit')
  @ApiOkResponse({ type: BackofficeProductDto })
  create(@Booth() booth: BoothAccess, @Body() dto: ProductCreateDto) {
    return this.products.create(booth, dto);
  }

  /** The booth's products in their new order (every product exactly once). */
  @Post('booths/:boothId/products/order')
  @HttpCode(200)
  @ForBooth('edit')
  @ApiOkResponse({ type: BackofficeProductListDto })
  reorder(@Booth() booth: BoothAccess, @Body() dto: ProductOrderDto) {
    return this.products.reorder(booth, dto.ids);
  }

  /** CSV or XLSX; `dryRun=true` (the default) only reports, `false` imports all rows or none. */
  @Post('booths/:boothId/products/import')
  @RateLimited('import')
  @HttpCode(200)
  @ForBooth('edit')
  @FileBody(MAX_IMPORT_BYTES, 'CSV (UTF-8) or XLSX')
  @ApiOkResponse({ type: ImportReportDto })
  import(
    @Booth() booth: BoothAccess,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    return this.products.import(booth, file?.buffer, query.dryRun === 'true');
  }

  @Patch('products/:productId')
  @ForProduct('edit')
  @ApiOkResponse({ type: BackofficeProductDto })
  update(
    @Booth() booth: BoothAccess,
    @Param('productId', ParseUUIDPipe) productId: Id,
    @Body() dto: ProductUpdateDto,
  ) {
    return this.products.update(booth, productId, dto);
  }

  @Delete('products/:productId')
  @HttpCode(204)
  @ForProduct('edit')
  remove(@Booth() booth: BoothAccess, @Param('productId', ParseUUIDPipe) productId: Id) {
    return this.products.remove(booth, productId);
  }

  @Post('products/:productId/photo')
  @RateLimited('upload')
  @HttpCode(200)
  @ForProduct('edit')
  @FileBody(MAX_UPLOAD_BYTES, 'JPEG, PNG, WebP or AVIF')
  @ApiOkResponse({ type: UploadedImageDto })
  photo(
    @Booth() booth: BoothAccess,
    @Param('productId', ParseUUIDPipe) productId: Id,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    return this.products.setPhoto(booth, productId, file?.buffer);
  }

  @Delete('products/:productId/photo')
  @HttpCode(204)
  @ForProduct('edit')
  removePhoto(@Booth() booth: BoothAccess, @Param('productId', ParseUUIDPipe) productId: Id) {
    return this.products.removePhoto(booth, productId);
  }
}
