import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import { MAX_UPLOAD_BYTES } from '../uploads/image-pipeline';
import type { UploadedBlob } from '../uploads/image-file.interceptor';
import type { BoothAccess } from './booth-access.service';
import { Booth, ForBooth } from './booth-access.guard';
import { BoothProfileService } from './booth-profile.service';
import { BoothProfileDto, BoothProfileUpdateDto, UploadedImageDto } from './dto/backoffice.dto';
import { FileBody } from '../uploads/upload-body';

/** The booth editor (owner edits, staff read, organisers do all); the application is `ApplicationsController`. */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice')
@Roles('exhibitor', 'organiser')
export class BackofficeController {
  constructor(private readonly profile: BoothProfileService) {}

  @Get('booths/:boothId')
  @ForBooth('read')
  @ApiOkResponse({ type: BoothProfileDto })
  booth(@Booth() booth: BoothAccess) {
    return this.profile.get(booth);
  }

  @Patch('booths/:boothId')
  @ForBooth('edit')
  @ApiOkResponse({ type: BoothProfileDto })
  update(@Booth() booth: BoothAccess, @Body() dto: BoothProfileUpdateDto) {
    return this.profile.update(booth, dto);
  }

  @Post('booths/:boothId/logo')
  @RateLimited('upload')
  @HttpCode(200)
  @ForBooth('edit')
  @FileBody(MAX_UPLOAD_BYTES, 'JPEG, PNG, WebP or AVIF')
  @ApiOkResponse({ type: UploadedImageDto })
  logo(@Booth() booth: BoothAccess, @UploadedFile() file: UploadedBlob | undefined) {
    return this.profile.setLogo(booth, file?.buffer);
  }

  @Delete('booths/:boothId/logo')
  @HttpCode(204)
  @ForBooth('edit')
  removeLogo(@Booth() booth: BoothAccess) {
    return this.profile.removeLogo(booth);
  }
}
