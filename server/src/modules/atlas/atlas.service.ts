import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ATLAS_LEVELS,
  CATEGORIES,
  type AtlasManifest,
  type AtlasPage,
  type Category,
} from '@pameran/contracts';
import { Repository } from 'typeorm';
import { UnitOfWork } from '../../domain';
import { EventsService } from '../events/events.service';
import { Semaphore } from '../uploads/semaphore';
import { uploadUrl } from '../uploads/upload-urls';
import { UploadsService } from '../uploads/uploads.service';
import { drawAtlasPage, sourceHash } from './atlas-page-drawing';
import { AtlasPageEntity } from './atlas-page.entity';
import { AtlasSourcesReadModel } from './read-models/atlas-sources.read-model';

/** Picture changes to one zone within this long are drawn once (an exhibitor uploading four photos in a row). */
export const ATLAS_DEBOUNCE_MS = 1500;

const toPage = (e: AtlasPageEntity): AtlasPage => ({
  eventId: e.eventId,
  zone: e.zone,
  version: e.version,
  urls: {
    '2048': `${uploadUrl(e.keys['2048'], 2048)}.jpg`,
    '1024': `${uploadUrl(e.keys['1024'], 1024)}.jpg`,
  },
  cells: e.cells,
});

/**
 * The hall's picture atlas pages (docs/decisions/0018-booth-picture-atlas.md): drawn on first demand and
 * again, debounced, after a booth's pictures change; a new version is announced with `atlas.page_built`.
 * Drawing is one page at a time per node, as it is the heaviest image work the server does.
 */
@Injectable()
export class AtlasService implements OnModuleDestroy {
  private readonly logger = new Logger(AtlasService.name);
  private readonly jobs = new Semaphore(1);
  private readonly inFlight = new Map<string, Promise<AtlasPageEntity | null>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closing = false;

  constructor(
    @InjectRepository(AtlasPageEntity) private readonly pages: Repository<AtlasPageEntity>,
    private readonly sources: AtlasSourcesReadModel,
    private readonly uploads: UploadsService,
    private readonly events: EventsService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Every drawn zone page of an event. Zones never drawn yet are drawn now, in the background: the hall
   * starts with plain walls and each page arrives as `atlas.page_built` (drawing all zones of a large fair
   * takes seconds, and nobody should wait for it to enter).
   */
  async manifest(slug: string): Promise<AtlasManifest> {
    const event = await this.events.findEntity(slug);
    const [zones, stored] = await Promise.all([
      this.sources.zones(event.id),
      this.pages.findBy({ eventId: event.id }),
    ]);
    const have = new Set(stored.map((p) => p.zone));
    // Front zones (nearest the entrance) first.
    const missing = zones
      .filter((z) => !have.has(z))
      .sort((a, b) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b));
    for (const zone of missing) this.buildLogged(event.id, zone);
    return { pages: stored.filter((p) => zones.includes(p.zone)).map(toPage) };
  }

  /**
   * Draw a zone's page again after its pictures changed, once the changes have settled. A zone whose page
   * was never drawn is left alone: nobody has opened that hall yet, and its first visit draws it.
   */
  schedule(eventId: string, zone: Category): void {
    const id = `${eventId}:${zone}`;
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.pages
          .existsBy({ eventId, zone })
          .then((drawn) => drawn && this.buildLogged(eventId, zone))
          .catch((err: Error) =>
            this.logger.error({ err: err.message, eventId, zone }, 'atlas page not checked'),
          );
      }, ATLAS_DEBOUNCE_MS),
    );
  }

  /** Draw a zone's page unless its sources are unchanged (one drawing per zone at a time). */
  build(eventId: string, zone: Category): Promise<AtlasPageEntity | null> {
    const id = `${eventId}:${zone}`;
    let job = this.inFlight.get(id);
    if (!job) {
      job = this.jobs.run(() => this.draw(eventId, zone)).finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, job);
    }
    return job;
  }

  private buildLogged(eventId: string, zone: Category): void {
    this.build(eventId, zone).catch((err: Error) =>
      this.logger.error({ err: err.message, eventId, zone }, 'atlas page not drawn'),
    );
  }

  /** Pending redraws are dropped and queued ones skipped; a drawing under way finishes first. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private async draw(eventId: string, zone: Category): Promise<AtlasPageEntity | null> {
    if (this.closing) return null;
    const booths = await this.sources.zone(eventId, zone);
    if (booths.length === 0) return null;
    const hash = sourceHash(booths);
    const current = await this.pages.findOneBy({ eventId, zone });
    if (current?.sourceHash === hash) return current;
    const started = Date.now();
    const drawn = await drawAtlasPage(booths, (key, width) => this.uploads.jpeg(key, width));
    for (const f of drawn.files) await this.uploads.putJpeg(f.key, f.level, f.body);
    const keys = Object.fromEntries(drawn.files.map((f) => [String(f.level), f.key]));
    const same = !!current && ATLAS_LEVELS.every((l) => current.keys[String(l)] === keys[String(l)]);
    const page = await this.pages.save(
      this.pages.create({
        eventId,
        zone,
        sourceHash: hash,
        keys,
        cells: drawn.cells,
        version: !current ? 1 : same ? current.version : current.version + 1,
      }),
    );
    this.logger.log(
      { eventId, zone, version: page.version, booths: booths.length, ms: Date.now() - started },
      'atlas page drawn',
    );
    if (!same) await this.uow.publish('atlas.page_built', { page: toPage(page) });
    return page;
  }
}
