import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CATEGORY_COLOURS, ZONE_CAPACITY, type ImportIssue, type ImportReport } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { productColumns } from '../backoffice/product-rows';
import { ProductEntity } from '../catalogue/product.entity';
import type { EventEntity } from '../events/event.entity';
import { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import { BoothsService } from '../booths/booths.service';
import { ExhibitorsService } from '../exhibitors/exhibitors.service';
import { validateSheet } from '../imports/import-engine';
import { readSheet } from '../imports/sheet-reader';
import { EXHIBITOR_IMPORT, groupRows, type ExhibitorGroup } from './exhibitor-import';
import { ImportException } from '../imports/imports.exception';

/**
 * The organiser's import of pesantren that passed the audition, with their products (CSV or XLSX, one row
 * per product). Parsing and row checks are the shared import engine's; on top come the checks across rows
 * (a pesantren's fields agree, it is not in the event yet, its zone has room). A dry run only reports;
 * an import writes every pesantren approved with its booth placed and its products, or nothing.
 */
@Injectable()
export class ExhibitorImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exhibitors: ExhibitorsService,
    private readonly booths: BoothsService,
    private readonly audit: AuditService,
  ) {}

  async run(
    actor: Caller,
    event: EventEntity,
    file: Buffer | undefined,
    dryRun: boolean,
  ): Promise<ImportReport> {
    if (!file?.length)
      throw new ImportException('import_missing', 'Choose a CSV or XLSX file', [
        { path: 'file', message: 'Choose a CSV or XLSX file' },
      ]);
    const sheet = await readSheet(file);
    const checked = validateSheet(sheet, EXHIBITOR_IMPORT);
    const { groups, errors: groupErrors } = groupRows(checked.valid);
    const crossErrors = [...groupErrors, ...(await this.against(event.id, groups))];
    const errors = [...checked.errors, ...crossErrors].sort((a, b) => a.line - b.line);
    const report: ImportReport = {
      dryRun,
      format: sheet.format,
      rows: checked.rows,
      valid: checked.valid.length - new Set(crossErrors.map((e) => e.line)).size,
      imported: 0,
      errors,
    };
    if (dryRun) return report;
    if (errors.length)
      throw new ImportException(
        'import_invalid',
        `${errors.length} problem(s) in the file; nothing was imported`,
        errors.slice(0, 100).map((e) => ({ path: `line ${e.line}.${e.field}`, message: e.reason })),
      );
    const booths = await this.db.transaction((m) => this.commit(m, actor, event, groups));
    for (const boothId of booths) await this.booths.publishChanged(event.id, boothId);
    return { ...report, imported: groups.reduce((s, g) => s + 1 + g.products.length, 0) };
  }

  /** Checks against the database: names already in the event, zones without room. */
  private async against(eventId: string, groups: ExhibitorGroup[]): Promise<ImportIssue[]> {
    if (!groups.length) return [];
    const errors: ImportIssue[] = [];
    const taken = await this.db.query<{ name: string }[]>(
      'SELECT lower(name) AS name FROM exhibitor WHERE event_id = $1 AND lower(name) = ANY($2)',
      [eventId, groups.map((g) => g.exhibitor.name.toLowerCase())],
    );
    const names = new Set(taken.map((t) => t.name));
    const used = await this.db.query<{ zone: string; count: string }[]>(
      'SELECT zone, count(*) AS count FROM booth WHERE event_id = $1 GROUP BY zone',
      [eventId],
    );
    const free = new Map(used.map((u) => [u.zone, ZONE_CAPACITY - Number(u.count)]));
    for (const g of groups) {
      if (names.has(g.exhibitor.name.toLowerCase())) {
        errors.push({
          line: g.line,
          field: 'exhibitor_name',
          reason: 'this pesantren is already in the event',
        });
        continue;
      }
      const room = free.get(g.exhibitor.category) ?? ZONE_CAPACITY;
      if (room <= 0)
        errors.push({
          line: g.line,
          field: 'exhibitor_category',
          reason: `the ${g.exhibitor.category} zone is full`,
        });
      free.set(g.exhibitor.category, room - 1);
    }
    return errors;
  }

  private async commit(m: EntityManager, actor: Caller, event: EventEntity, groups: ExhibitorGroup[]) {
    const booths: string[] = [];
    for (const g of groups) {
      const x = g.exhibitor;
      const exhibitor = await m.save(
        m.create(ExhibitorEntity, {
          eventId: event.id,
          ownerUserId: null,
          name: x.name,
          region: x.region,
          contactName: x.contactName,
          whatsappNumber: x.whatsappNumber,
          category: x.category,
          descriptionId: x.descriptionId,
          descriptionEn: x.descriptionEn,
          colour: CATEGORY_COLOURS[x.category],
          status: 'approved',
        }),
      );
      const booth = await this.exhibitors.placeBooth(m, exhibitor);
      booths.push(booth.id);
      await m.insert(
        ProductEntity,
        g.products.map(({ value }, i) => ({ ...productColumns(value), boothId: booth.id, sortOrder: i })),
      );
    }
    await this.audit.record(
      actor,
      {
        action: 'exhibitor.import',
        entityType: 'event',
        entityId: event.id,
        after: { exhibitors: groups.length, products: groups.reduce((s, g) => s + g.products.length, 0) },
      },
      m,
    );
    return booths;
  }
}
