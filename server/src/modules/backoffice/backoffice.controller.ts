import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { MAX_UPLOAD_BYTES } from '../uploads/image-pipeline';
import type { UploadedBlob } from '../uploads/image-file.interceptor';
import { ApplicationService } from './application.service';
import { BoothAccessService } from './booth-access.service';
import { BoothProfileService } from './booth-profile.service';
import {
  ApplicationUpdateDto,
  BackofficeMeDto,
  BoothProfileDto,
  BoothProfileUpdateDto,
  UploadedImageDto,
} from './dto/backoffice.dto';
import { FileBody } from '../uploads/upload-body';

/** The exhibitor's own application and the booth editor (owner edits, staff read, organisers do all). */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice')
@Roles('exhibitor', 'organiser')
export class BackofficeController {
  constructor(
    private readonly access: BoothAccessService,
    private readonly application: ApplicationService,
    private readonly profile: BoothProfileService,
  ) {}

  @Get('me')
  @Roles('exhibitor')
  @ApiOkResponse({ type: BackofficeMeDto })
  me(@CurrentUser() caller: Caller) {
    return this.application.me(caller);
  }

  /** Correct a rejected (or pending) application and send it for review again. */
  @Post('application')
  @HttpCode(200)
  @Roles('exhibitor')
  @ApiOkResponse({ type: BackofficeMeDto })
  resubmit(@CurrentUser() caller: Caller, @Body() dto: ApplicationUpdateDto) {
    return this.application.resubmit(caller, dto);
  }

  @Get('booths/:boothId')
  @ApiOkResponse({ type: BoothProfileDto })
  async booth(@CurrentUser() caller: Caller, @Param('boothId', ParseUUIDPipe) boothId: string) {
    return this.profile.get(await this.access.forBooth(caller, boothId, 'read'));
  }

  @Patch('booths/:boothId')
  @ApiOkResponse({ type: BoothProfileDto })
  async update(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Body() dto: BoothProfileUpdateDto,
  ) {
    return this.profile.update(await this.access.forBooth(caller, boothId, 'edit'), dto);
  }

  @Post('booths/:boothId/logo')
  @HttpCode(200)
  @FileBody(MAX_UPLOAD_BYTES, 'JPEG, PNG, WebP or AVIF')
  @ApiOkResponse({ type: UploadedImageDto })
  async logo(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    return this.profile.setLogo(await this.access.forBooth(caller, boothId, 'edit'), file?.buffer);
  }

  @Delete('booths/:boothId/logo')
  @HttpCode(204)
  async removeLogo(@CurrentUser() caller: Caller, @Param('boothId', ParseUUIDPipe) boothId: string) {
    await this.profile.removeLogo(await this.access.forBooth(caller, boothId, 'edit'));
  }
}
