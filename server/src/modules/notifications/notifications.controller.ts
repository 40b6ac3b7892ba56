import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { NotificationsService } from './notifications.service';

class NotificationQuery extends createZodDto(
  z.strictObject({
    before: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
  }),
) {}
class MarkReadDto extends createZodDto(z.strictObject({ ids: z.array(z.uuid()).max(200).optional() })) {}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() q: NotificationQuery) {
    return this.notifications.list(caller.sub, q);
  }

  @Post('read')
  @HttpCode(200)
  read(@CurrentUser() caller: Caller, @Body() dto: MarkReadDto) {
    return this.notifications.markRead(caller.sub, dto.ids);
  }
}
