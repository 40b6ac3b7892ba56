import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { BuyerRequestsService } from './buyer-requests.service';
import { BuyerDirectoryQueryDto, CreateBuyerMeetingRequestDto } from './dto/matching.dto';
import { IdempotencyService } from './idempotency.service';
import { InEvent } from '../memberships';

const Id = new ParseUUIDPipe({ version: '4' });

/** The buyer directory for approved exhibitors' staff (and organisers), and requests sent from it. */
@ApiTags('matching')
@ApiBearerAuth()
// Staff browse and ask as the staff of their exhibitor in the fair `?event=` names (docs/decisions/0025).
@Controller('matching/buyers')
export class BuyerDirectoryController {
  constructor(
    private readonly buyers: BuyerRequestsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @InEvent.query()
  list(@CurrentUser() caller: Caller, @Query() q: BuyerDirectoryQueryDto) {
    return this.buyers.list(caller, q);
  }

  @Get(':userId')
  @InEvent.query()
  get(@CurrentUser() caller: Caller, @Param('userId', Id) userId: string) {
    return this.buyers.get(caller, userId);
  }

  @Post(':userId/requests')
  @InEvent.query()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Same key + same body → the same answer',
  })
  request(
    @CurrentUser() caller: Caller,
    @Param('userId', Id) userId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateBuyerMeetingRequestDto,
  ) {
    return this.idempotency.run(caller.sub, key, { buyerId: userId, ...dto }, () =>
      this.buyers.create(caller, userId, dto as Required<CreateBuyerMeetingRequestDto>),
    );
  }
}
