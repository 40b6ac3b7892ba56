import {
  AuditEntry,
  AuditQuery,
  FairQuery,
  BoothRanking,
  BoothRankingQuery,
  ChatFeed,
  ChatFeedQuery,
  ConsoleSettings,
  Dashboard,
  DashboardSeries,
  ImportQuery,
  ImportReport,
  listOf,
  MyReportKind,
  ReportKind,
  ReportSummary,
  SanctionList,
  SeriesQuery,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class DashboardDto extends createZodDto(Dashboard) {}
export class SeriesQueryDto extends createZodDto(SeriesQuery) {}
export class DashboardSeriesDto extends createZodDto(DashboardSeries) {}
export class BoothRankingQueryDto extends createZodDto(BoothRankingQuery) {}
export class BoothRankingDto extends createZodDto(BoothRanking) {}
export class ChatFeedQueryDto extends createZodDto(ChatFeedQuery) {}
export class ChatFeedDto extends createZodDto(ChatFeed) {}
export class SanctionListDto extends createZodDto(SanctionList) {}
export class ConsoleSettingsDto extends createZodDto(ConsoleSettings) {}
export class AuditQueryDto extends createZodDto(AuditQuery) {}
export class FairQueryDto extends createZodDto(FairQuery) {}
export class AuditListDto extends createZodDto(listOf(AuditEntry)) {}
export class ReportSummaryDto extends createZodDto(ReportSummary) {}
export class ImportQueryDto extends createZodDto(ImportQuery) {}
export class ImportReportDto extends createZodDto(ImportReport) {}
export class ReportParamsDto extends createZodDto(
  z.strictObject({ slug: z.string().max(64), kind: ReportKind }),
) {}
export class MyReportParamsDto extends createZodDto(
  z.strictObject({ slug: z.string().max(64), kind: MyReportKind }),
) {}
