import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { publicOriginOf } from '../../common/origin';
import { AppConfig } from '../../config/app-config';
import { BoothAccessService } from './booth-access.service';
import {
  InviteAcceptedDto,
  InvitePreviewDto,
  InviteTokenDto,
  StaffInviteCreatedDto,
  StaffInviteRequestDto,
  StaffListDto,
} from './dto/backoffice.dto';
import { StaffService } from './staff.service';

type Id = string;

/** Booth staff: invite by one-time link, list, revoke, remove; accepting is open to any account. */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice')
export class StaffController {
  constructor(
    private readonly access: BoothAccessService,
    private readonly staff: StaffService,
    private readonly config: AppConfig,
  ) {}

  @Get('booths/:boothId/staff')
  @Roles('exhibitor', 'organiser')
  @ApiOkResponse({ type: StaffListDto })
  async list(@CurrentUser() c: Caller, @Param('boothId', ParseUUIDPipe) boothId: Id) {
    return this.staff.list(await this.access.forBooth(c, boothId, 'read'));
  }

  /** A one-time link (valid 7 days), shown once: only its hash is kept. */
  @Post('booths/:boothId/staff/invites')
  @Roles('exhibitor', 'organiser')
  @ApiOkResponse({ type: StaffInviteCreatedDto })
  async invite(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Body() dto: StaffInviteRequestDto,
    @Req() req: Request,
  ) {
    const access = await this.access.forBooth(c, boothId, 'edit');
    return this.staff.invite(c, access, dto.note, publicOriginOf(req, this.config));
  }

  @Delete('booths/:boothId/staff/invites/:inviteId')
  @Roles('exhibitor', 'organiser')
  @HttpCode(204)
  async revoke(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Param('inviteId', ParseUUIDPipe) inviteId: Id,
  ) {
    await this.staff.revoke(await this.access.forBooth(c, boothId, 'edit'), inviteId);
  }

  @Delete('booths/:boothId/staff/:userId')
  @Roles('exhibitor', 'organiser')
  @HttpCode(204)
  async remove(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Param('userId', ParseUUIDPipe) userId: Id,
  ) {
    await this.staff.remove(c, await this.access.forBooth(c, boothId, 'edit'), userId);
  }

  /** Whose invitation this is, for the accept page (the token travels in the body, not the URL). */
  @Public()
  @Post('invites/preview')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitePreviewDto })
  preview(@Body() dto: InviteTokenDto) {
    return this.staff.preview(dto.token);
  }

  /** The signed-in caller becomes staff (refresh the session afterwards to carry it in the token). */
  @Post('invites/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: InviteAcceptedDto })
  accept(@CurrentUser() c: Caller, @Body() dto: InviteTokenDto) {
    return this.staff.accept(c, dto.token);
  }
}
