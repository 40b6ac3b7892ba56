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
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { MAX_UPLOAD_BYTES } from '../uploads/image-pipeline';
import type { UploadedBlob } from '../uploads/image-file.interceptor';
import { BoothAccessService } from './booth-access.service';
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
  constructor(
    private readonly access: BoothAccessService,
    private readonly products: ProductsService,
  ) {}

  /** The import template (CSV with the header and one example row). */
  @Get('products/import-template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="produk-template.csv"')
  @ApiProduces('text/csv')
  template() {
    return productTemplateCsv();
  }

  @Get('booths/:boothId/products')
  @ApiOkResponse({ type: BackofficeProductListDto })
  async list(@CurrentUser() c: Caller, @Param('boothId', ParseUUIDPipe) boothId: Id) {
    return this.products.list(await this.access.forBooth(c, boothId, 'read'));
  }

  @Post('booths/:boothId/products')
  @ApiOkResponse({ type: BackofficeProductDto })
  async create(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Body() dto: ProductCreateDto,
  ) {
    return this.products.create(await this.access.forBooth(c, boothId, 'edit'), dto);
  }

  /** The booth's products in their new order (every product exactly once). */
  @Post('booths/:boothId/products/order')
  @HttpCode(200)
  @ApiOkResponse({ type: BackofficeProductListDto })
  async reorder(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Body() dto: ProductOrderDto,
  ) {
    return this.products.reorder(await this.access.forBooth(c, boothId, 'edit'), dto.ids);
  }

  /** CSV or XLSX; `dryRun=true` (the default) only reports, `false` imports all rows or none. */
  @Post('booths/:boothId/products/import')
  @HttpCode(200)
  @FileBody(MAX_IMPORT_BYTES, 'CSV (UTF-8) or XLSX')
  @ApiOkResponse({ type: ImportReportDto })
  async import(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    const access = await this.access.forBooth(c, boothId, 'edit');
    return this.products.import(access, file?.buffer, query.dryRun === 'true');
  }

  @Patch('products/:productId')
  @ApiOkResponse({ type: BackofficeProductDto })
  async update(
    @CurrentUser() c: Caller,
    @Param('productId', ParseUUIDPipe) productId: Id,
    @Body() dto: ProductUpdateDto,
  ) {
    return this.products.update(await this.access.forProduct(c, productId, 'edit'), productId, dto);
  }

  @Delete('products/:productId')
  @HttpCode(204)
  async remove(@CurrentUser() c: Caller, @Param('productId', ParseUUIDPipe) productId: Id) {
    await this.products.remove(await this.access.forProduct(c, productId, 'edit'), productId);
  }

  @Post('products/:productId/photo')
  @HttpCode(200)
  @FileBody(MAX_UPLOAD_BYTES, 'JPEG, PNG, WebP or AVIF')
  @ApiOkResponse({ type: UploadedImageDto })
  async photo(
    @CurrentUser() c: Caller,
    @Param('productId', ParseUUIDPipe) productId: Id,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    const access = await this.access.forProduct(c, productId, 'edit');
    return this.products.setPhoto(access, productId, file?.buffer);
  }

  @Delete('products/:productId/photo')
  @HttpCode(204)
  async removePhoto(@CurrentUser() c: Caller, @Param('productId', ParseUUIDPipe) productId: Id) {
    await this.products.removePhoto(await this.access.forProduct(c, productId, 'edit'), productId);
  }
}
