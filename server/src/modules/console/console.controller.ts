import { Controller, Get, HttpCode, Param, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { FileBody } from '../uploads/upload-body';
import { EventsService } from '../events/events.service';
import type { UploadedBlob } from '../uploads/image-file.interceptor';
import { DashboardService } from './dashboard.service';
import {
  AuditListDto,
  AuditQueryDto,
  FairQueryDto,
  BoothRankingDto,
  BoothRankingQueryDto,
  ChatFeedDto,
  ChatFeedQueryDto,
  ConsoleSettingsDto,
  DashboardDto,
  DashboardSeriesDto,
  ImportQueryDto,
  ImportReportDto,
  SanctionListDto,
  SeriesQueryDto,
} from './dto/console.dto';
import { ExhibitorImportService } from './exhibitor-import.service';
import { AuditLogReadModel } from './read-models/audit-log.read-model';
import { ModerationFeedService } from './moderation-feed.service';
import { RateLimited } from '../rate-limit';
import { fairOf, InEvent } from '../memberships';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The organiser's console over one event: live figures, charts, moderation feed, exhibitor import. */
@ApiTags('console')
@ApiBearerAuth()
@InEvent.slug()
@Controller('admin/console/:slug')
@Roles('organiser')
export class ConsoleController {
  constructor(
    private readonly events: EventsService,
    private readonly dashboards: DashboardService,
    private readonly moderation: ModerationFeedService,
    private readonly imports: ExhibitorImportService,
  ) {}

  /** The same figures the `dashboard` socket event pushes. */
  @Get('dashboard')
  @ApiOkResponse({ type: DashboardDto })
  dashboard(@Param('slug') slug: string) {
    return this.dashboards.dashboard(slug);
  }

  @Get('dashboard/series')
  @ApiOkResponse({ type: DashboardSeriesDto })
  series(@Param('slug') slug: string, @Query() query: SeriesQueryDto) {
    return this.dashboards.series(slug, query);
  }

  /** Every booth with its figures (heat map and ranked list). */
  @Get('dashboard/booths')
  @ApiOkResponse({ type: BoothRankingDto })
  booths(@Param('slug') slug: string, @Query() query: BoothRankingQueryDto) {
    return this.dashboards.ranking(slug, query);
  }

  /** Recent chat across every booth, newest first, searchable. */
  @Get('chat')
  @ApiOkResponse({ type: ChatFeedDto })
  chat(@Param('slug') slug: string, @Query() query: ChatFeedQueryDto) {
    return this.moderation.chat(slug, query);
  }

  /** Active mutes and bans. */
  @Get('sanctions')
  @ApiOkResponse({ type: SanctionListDto })
  sanctions(@CurrentUser() caller: Caller) {
    return this.moderation.sanctions(fairOf(caller));
  }

  @Get('settings')
  @ApiOkResponse({ type: ConsoleSettingsDto })
  settings(@Param('slug') slug: string) {
    return this.events.settings(slug);
  }

  /** Pesantren with their products from CSV/XLSX; `dryRun=true` (default) only reports. */
  @Post('exhibitors/import')
  @RateLimited('import')
  @HttpCode(200)
  @FileBody(MAX_IMPORT_BYTES, 'CSV (UTF-8) or XLSX, one row per product')
  @ApiOkResponse({ type: ImportReportDto })
  import(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    return this.imports.run(caller, slug, file?.buffer, query.dryRun === 'true');
  }
}

/** Who did what and when in one fair (`?event=`): its organisers' actions and the money-related ones. */
@ApiTags('console')
@ApiBearerAuth()
@Controller('admin/audit')
@Roles('organiser')
export class AuditController {
  constructor(private readonly audit: AuditLogReadModel) {}

  @Get()
  @InEvent.query()
  @ApiOkResponse({ type: AuditListDto })
  list(@CurrentUser() caller: Caller, @Query() query: AuditQueryDto) {
    return this.audit.list(fairOf(caller), query);
  }

  @Get('actions')
  @InEvent.query()
  actions(@CurrentUser() caller: Caller, @Query() _query: FairQueryDto) {
    return this.audit.actions(fairOf(caller));
  }
}
