import { Injectable } from '@nestjs/common';
import { ZONE_CAPACITY, type ImportIssue, type ImportReport } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { BoothsService } from '../booths/booths.service';
import { BoothProductsService, MAX_PRODUCTS } from '../catalogue/booth-products.service';
import { EventsService } from '../events/events.service';
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
    private readonly events: EventsService,
    private readonly exhibitors: ExhibitorsService,
    private readonly booths: BoothsService,
    private readonly products: BoothProductsService,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  async run(actor: Caller, slug: string, file: Buffer | undefined, dryRun: boolean): Promise<ImportReport> {
    const event = await this.events.findEntity(slug);
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
    const booths = await this.uow.run((tx) => this.commit(tx, actor, event.id, groups));
    for (const boothId of booths) await this.booths.publishChanged(event.id, boothId);
    return { ...report, imported: groups.reduce((s, g) => s + 1 + g.products.length, 0) };
  }

  /**
   * Checks against the database and the catalogue's rules: names already in the event, zones without
   * room, more products for one pesantren than a booth holds.
   */
  private async against(eventId: string, groups: ExhibitorGroup[]): Promise<ImportIssue[]> {
    if (!groups.length) return [];
    const errors: ImportIssue[] = [];
    const names = await this.exhibitors.namesTaken(
      eventId,
      groups.map((g) => g.exhibitor.name),
    );
    const used = await this.booths.perZone(eventId);
    const free = new Map([...used].map(([zone, count]) => [zone, ZONE_CAPACITY - count]));
    for (const g of groups) {
      if (names.has(g.exhibitor.name.toLowerCase())) {
        errors.push({
          line: g.line,
          field: 'exhibitor_name',
          reason: 'this pesantren is already in the event',
        });
        continue;
      }
      if (g.products.length > MAX_PRODUCTS)
        errors.push({
          line: g.products[MAX_PRODUCTS].line,
          field: 'exhibitor_name',
          reason: `a booth holds at most ${MAX_PRODUCTS} products`,
        });
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

  private async commit(tx: Tx, actor: Caller, eventId: string, groups: ExhibitorGroup[]) {
    const booths: string[] = [];
    for (const g of groups) {
      const exhibitor = await this.exhibitors.create(
        { ...g.exhibitor, eventId, ownerUserId: null, status: 'approved' },
        tx,
      );
      const booth = await this.booths.place(exhibitor, tx);
      booths.push(booth.id);
      await this.products.add(
        booth.id,
        g.products.map((p) => p.value),
        tx,
      );
    }
    await this.audit.record(
      actor,
      {
        action: 'exhibitor.import',
        entityType: 'event',
        entityId: eventId,
        after: { exhibitors: groups.length, products: groups.reduce((s, g) => s + g.products.length, 0) },
      },
      tx.manager,
    );
    return booths;
  }
}
