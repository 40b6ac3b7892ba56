import { Injectable } from '@nestjs/common';
import type { BuyerSuggestion, ExhibitorSuggestion, Suggestions, SuggestionsQuery } from '@pameran/contracts';
import type { Caller } from '../../../common/auth.decorators';
import { forbidden, notFound } from '../../../common/common.exception';
import { TtlCache } from '../../../common/ttl-cache';
import { MatchingCalendar, type MatchingCalendarView } from '../matching-calendar.service';
import { MatchingPeople } from '../read-models/matching-people.read-model';
import { SuggestionsReadModel, type CatalogueExhibitor } from '../read-models/suggestions.read-model';
import { fullExhibitors } from './fullness';
import { rank, scoreCandidate, type BuyerNeeds } from './scoring';

const NO_NEEDS: BuyerNeeds = { categories: [], terms: [], certifications: [], monthlyVolume: null };
/**
 * The fair's catalogue (exhibitors, products, popularity order) is the same for every caller and changes
 * slowly, so each node keeps it this long; what is personal (needs, behaviour, who declined or met whom,
 * who is full) is read on every call (docs/decisions/0015-suggested-partners.md).
 */
const CATALOGUE_TTL_MS = 30_000;

/** Suggested partners: exhibitors for a buyer, listed buyers for an exhibitor's staff. */
@Injectable()
export class SuggestionsService {
  private readonly catalogues = new TtlCache<CatalogueExhibitor[]>(CATALOGUE_TTL_MS, 8);
  /** Which fair a slug names, and its slot grid and limits: as slow-changing as the catalogue. */
  private readonly eventIds = new TtlCache<string | null>(CATALOGUE_TTL_MS, 64);
  private readonly views = new TtlCache<MatchingCalendarView>(CATALOGUE_TTL_MS, 8);

  constructor(
    private readonly read: SuggestionsReadModel,
    private readonly people: MatchingPeople,
    private readonly calendar: MatchingCalendar,
  ) {}

  /** Staff naming no fair see their exhibitor's in the latest of their fairs (docs/decisions/0031). */
  async list(caller: Caller, q: SuggestionsQuery): Promise<Suggestions> {
    if (caller.role === 'buyer') return this.forBuyer(caller.sub, q);
    const exhibitorId = caller.eventId
      ? caller.exhibitorId
      : await this.read.latestStaffExhibitor(caller.sub);
    if (exhibitorId) return this.forExhibitor(exhibitorId, q.limit);
    throw forbidden('Suggestions are for buyers and exhibitors’ staff');
  }

  private catalogue(eventId: string): Promise<CatalogueExhibitor[]> {
    return this.catalogues.get(eventId, () => this.read.catalogue(eventId));
  }

  private async forBuyer(buyerId: string, q: SuggestionsQuery): Promise<Suggestions> {
    const eventId = await this.eventIds.get(q.event ?? '', () => this.read.eventId(q.event));
    if (!eventId) throw notFound('Event');
    const [catalogue, { needs, behaviour, settled }, full] = await Promise.all([
      this.catalogue(eventId),
      this.read.buyerSide(buyerId),
      this.full(eventId),
    ]);
    const open = catalogue.filter(
      (e) => !settled.has(`${buyerId}:${e.exhibitorId}`) && !full.has(e.exhibitorId),
    );
    const ranked = rank(
      open,
      (e) => scoreCandidate(needs ?? NO_NEEDS, e, behaviour.get(e.exhibitorId)),
      q.limit,
    );
    const items: ExhibitorSuggestion[] = ranked.map(({ item: e, scored }) => {
      const byId = new Map(e.products.map((p) => [p.id, p]));
      return {
        exhibitorId: e.exhibitorId,
        boothId: e.boothId,
        name: e.name,
        category: e.category,
        region: e.region,
        reasons: scored.reasons,
        products: scored.productIds.flatMap((id) => {
          const p = byId.get(id);
          return p ? [{ id: p.id, nameId: p.nameId, nameEn: p.nameEn, category: p.category }] : [];
        }),
      };
    });
    return { kind: 'exhibitors', items };
  }

  /** Exhibitors of the fair with no bookable slot left. */
  private async full(eventId: string): Promise<Set<string>> {
    const [view, { timeZone, ...bookings }] = await Promise.all([
      this.views.get(eventId, () => this.calendar.view(eventId)),
      this.read.bookings(eventId),
    ]);
    return fullExhibitors(
      view.grid,
      this.calendar.now(),
      view.settings.dailyLimit,
      timeZone ?? view.timeZone,
      bookings,
    );
  }

  private async forExhibitor(exhibitorId: string, limit: number): Promise<Suggestions> {
    const exhibitor = await this.people.exhibitor(exhibitorId);
    if (!exhibitor?.approved) throw forbidden('Only approved exhibitors see buyers');
    const [catalogue, buyers, { behaviour, settled }] = await Promise.all([
      this.catalogue(exhibitor.eventId),
      this.read.listedBuyers(),
      this.read.exhibitorSide(exhibitorId),
    ]);
    const me = catalogue.find((e) => e.exhibitorId === exhibitorId) ?? {
      category: exhibitor.category,
      products: [],
    };
    const open = buyers.filter((b) => !settled.has(`${b.userId}:${exhibitorId}`));
    const ranked = rank(open, (b) => scoreCandidate(b.needs, me, behaviour.get(b.userId)), limit);
    const items: BuyerSuggestion[] = ranked.map(({ item: b, scored }) => ({
      userId: b.userId,
      name: b.name,
      company: b.company,
      country: b.country,
      type: b.type,
      reasons: scored.reasons,
    }));
    return { kind: 'buyers', items };
  }
}
