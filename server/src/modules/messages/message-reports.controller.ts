import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { MessageReportListDto, MessageReportsQueryDto } from './dto/messages.dto';
import { MessageReportsService } from './message-reports.service';
import { fairOf, InEvent } from '../memberships';

/** The organisers' queue of reported messages. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/message-reports')
@Roles('organiser')
export class MessageReportsController {
  constructor(private readonly reports: MessageReportsService) {}

  /** The fair's reports (`?event=`). */
  @Get()
  @InEvent.query()
  @ApiOkResponse({ type: MessageReportListDto })
  queue(@CurrentUser() caller: Caller, @Query() query: MessageReportsQueryDto) {
    return this.reports.queue(fairOf(caller), query.status);
  }

  /** Hide the message from everyone but its sender (who is told); settles every open report of it. */
  @Post(':id/hide')
  @InEvent.of('message_report')
  @HttpCode(204)
  hide(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.hide(caller, id);
  }

  @Post(':id/dismiss')
  @InEvent.of('message_report')
  @HttpCode(204)
  dismiss(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.dismiss(caller, id);
  }
}
