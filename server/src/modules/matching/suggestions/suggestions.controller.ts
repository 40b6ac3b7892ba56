import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SuggestionsQuery } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser } from '../../../common/auth.decorators';
import { InEvent } from '../../memberships';
import { SuggestionsService } from './suggestions.service';

class SuggestionsQueryDto extends createZodDto(SuggestionsQuery) {}

@ApiTags('matching')
@ApiBearerAuth()
@Controller('matching')
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  /** Exhibitors for a buyer, listed buyers for an exhibitor's staff; each with reason codes. */
  @Get('suggestions')
  @InEvent.query('event', { optional: true })
  list(@CurrentUser() caller: Caller, @Query() q: SuggestionsQueryDto) {
    return this.suggestions.list(caller, q as SuggestionsQuery);
  }
}
