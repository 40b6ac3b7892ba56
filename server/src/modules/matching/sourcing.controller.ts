import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { SourcingDto, SourcingQuery, SourcingResponseDto } from './dto/matching.dto';
import { SourcingService } from './sourcing.service';
import { InEvent } from '../memberships';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class SourcingController {
  constructor(private readonly sourcing: SourcingService) {}

  @Post('events/:slug/sourcing')
  @InEvent.slug()
  post(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: SourcingDto) {
    return this.sourcing.post(caller, slug, dto as Required<SourcingDto>);
  }

  @Get('events/:slug/sourcing')
  @InEvent.slug()
  list(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Query() q: SourcingQuery) {
    return this.sourcing.list(caller, slug, { mine: q.mine === 'true', status: q.status });
  }

  @Post('sourcing/:id/responses')
  @InEvent.of('sourcing_request')
  respond(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SourcingResponseDto,
  ) {
    return this.sourcing.respond(caller, id, { message: dto.message, productIds: dto.productIds ?? [] });
  }

  @Post('sourcing/:id/close')
  @InEvent.of('sourcing_request')
  @HttpCode(200)
  close(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.sourcing.close(caller, id);
  }

  @Get('me/shortlist')
  shortlist(@CurrentUser() caller: Caller) {
    return this.sourcing.shortlist(caller.sub);
  }

  @Put('me/shortlist/:productId')
  add(@CurrentUser() caller: Caller, @Param('productId', ParseUUIDPipe) productId: string) {
    return this.sourcing.addToShortlist(caller.sub, productId);
  }

  @Delete('me/shortlist/:productId')
  @HttpCode(200)
  remove(@CurrentUser() caller: Caller, @Param('productId', ParseUUIDPipe) productId: string) {
    return this.sourcing.removeFromShortlist(caller.sub, productId);
  }
}
