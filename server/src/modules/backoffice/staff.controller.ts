import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { Booth, ForBooth } from './booth-access.guard';
import type { BoothAccess } from './booth-access.service';
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
  constructor(private readonly staff: StaffService) {}

  @Get('booths/:boothId/staff')
  @Roles('exhibitor', 'organiser')
  @ForBooth('read')
  @ApiOkResponse({ type: StaffListDto })
  list(@Booth() booth: BoothAccess) {
    return this.staff.list(booth);
  }

  /** A one-time link (valid 7 days), shown once: only its hash is kept. */
  @Post('booths/:boothId/staff/invites')
  @Roles('exhibitor', 'organiser')
  @ForBooth('edit')
  @ApiOkResponse({ type: StaffInviteCreatedDto })
  invite(@CurrentUser() c: Caller, @Booth() booth: BoothAccess, @Body() dto: StaffInviteRequestDto) {
    return this.staff.invite(c, booth, dto.note);
  }

  @Delete('booths/:boothId/staff/invites/:inviteId')
  @Roles('exhibitor', 'organiser')
  @HttpCode(204)
  @ForBooth('edit')
  revoke(@Booth() booth: BoothAccess, @Param('inviteId', ParseUUIDPipe) inviteId: Id) {
    return this.staff.revoke(booth, inviteId);
  }

  @Delete('booths/:boothId/staff/:userId')
  @Roles('exhibitor', 'organiser')
  @HttpCode(204)
  @ForBooth('edit')
  remove(@CurrentUser() c: Caller, @Booth() booth: BoothAccess, @Param('userId', ParseUUIDPipe) userId: Id) {
    return this.staff.remove(c, booth, userId);
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
