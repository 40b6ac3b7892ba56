import { Controller, Get, Header, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { BadgesService } from './badges.service';
import { BadgeDto, BoothSheetQueryDto, TableSheetQueryDto, VenueTableDto } from './dto/onsite.dto';
import { QrSheetsService } from './qr-sheets.service';
import { InEvent } from '../memberships';

const pdf = (bytes: Buffer, name: string) =>
  new StreamableFile(bytes, { type: 'application/pdf', disposition: `inline; filename="${name}"` });

/** On site, by QR: the visitor's badge, the page a table's code opens, the organiser's printable sheets. */
@ApiTags('fair')
@Controller()
export class OnsiteController {
  constructor(
    private readonly badges: BadgesService,
    private readonly sheets: QrSheetsService,
  ) {}

  /** The caller's badge for the fair (registered accounts only). */
  @Get('events/:slug/badge')
  @ApiBearerAuth()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: BadgeDto })
  badge(@CurrentUser() caller: Caller, @Param('slug') slug: string) {
    return this.badges.badgeFor(caller, slug);
  }

  /** A venue table and the times booked at it on a day: what its printed code opens. */
  @Public()
  @Get('events/:slug/tables/:tableId')
  @ApiOkResponse({ type: VenueTableDto })
  table(
    @Param('slug') slug: string,
    @Param('tableId', ParseUUIDPipe) tableId: string,
    @Query() q: TableSheetQueryDto,
  ) {
    return this.sheets.table(slug, tableId, q.day);
  }

  /** One zone's booths as a printable PDF of QR codes. */
  @InEvent.slug()
  @Get('admin/events/:slug/qr/booths.pdf')
  @Roles('organiser')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  async boothSheet(@Param('slug') slug: string, @Query() q: BoothSheetQueryDto) {
    return pdf(await this.sheets.booths(slug, q.zone), `booths-${q.zone}.pdf`);
  }

  /** One fair day's venue tables as a printable PDF of QR codes. */
  @InEvent.slug()
  @Get('admin/events/:slug/qr/tables.pdf')
  @Roles('organiser')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  async tableSheet(@Param('slug') slug: string, @Query() q: TableSheetQueryDto) {
    return pdf(await this.sheets.tables(slug, q.day), `tables-${q.day}.pdf`);
  }
}
