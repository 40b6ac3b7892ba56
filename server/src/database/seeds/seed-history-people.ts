import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from './bulk-insert';
import type { HistoryPlan } from './history';
import { HISTORY_EMAIL_DOMAIN } from './seed-history-input';

/** What writing the history's people needs from the rest of the history's writer (seed-history.ts). */
export interface PeopleTargets {
  eventId: string;
  /** A person of the plan's account id (the demo accounts' own for the existing ones). */
  person: (i: number) => string;
  exhibitorOf: (booth: number) => string;
  /** When their accounts were made (a week before the fair). */
  firstDay: string;
  log: Logger;
}

/**
 * The history's invented people: accounts (no password), buyer profiles, and the staff's membership of
 * their exhibitor in this fair (docs/decisions/0025-many-fairs.md), so the rights they act with in the
 * fair are theirs there. The demo accounts exist already and are left as they are.
 */
export async function seedHistoryPeople(
  m: EntityManager,
  plan: HistoryPlan,
  to: PeopleTargets,
): Promise<void> {
  const { person, firstDay } = to;
  const fresh = plan.people.map((p, i) => ({ p, i })).filter(({ p }) => !p.existing);
  await bulkInsert(
    m,
    'app_user',
    {
      id: 'uuid',
      email: 'text',
      display_name: 'text',
      role: 'text',
      is_guest: 'boolean',
      locale: 'text',
      time_zone: 'text',
      lead_consent: 'boolean',
      lead_consent_at: 'timestamptz',
      directory_listed: 'boolean',
      directory_listed_at: 'timestamptz',
      created_at: 'timestamptz',
    },
    fresh.map(({ p, i }) => ({
      id: person(i),
      email: `${p.role}-${String(i).padStart(4, '0')}@${HISTORY_EMAIL_DOMAIN}`,
      display_name: p.name,
      role: p.role,
      is_guest: false,
      locale: p.locale,
      time_zone: p.timeZone,
      lead_consent: p.leadConsent,
      lead_consent_at: p.leadConsent ? firstDay : null,
      directory_listed: p.directoryListed ?? false,
      directory_listed_at: p.directoryListed ? firstDay : null,
      created_at: firstDay,
    })),
  );
  await bulkInsert(
    m,
    'buyer_profile',
    {
      user_id: 'uuid',
      type: 'text',
      company: 'text',
      country: 'text',
      job_title: 'text',
      interests: 'text[]',
      categories: 'text[]',
    },
    fresh
      .filter(({ p }) => p.buyer)
      .map(({ p, i }) => ({
        user_id: person(i),
        ...p.buyer!,
        job_title: 'Procurement (demo)',
        interests: p.buyer!.categories,
      })),
  );
  const staff = fresh.filter(({ p }) => p.booth !== undefined);
  await bulkInsert(
    m,
    'membership',
    { user_id: 'uuid', event_id: 'uuid', role: 'text', exhibitor_id: 'uuid' },
    staff.map(({ p, i }) => ({
      user_id: person(i),
      event_id: to.eventId,
      role: 'exhibitor',
      exhibitor_id: to.exhibitorOf(p.booth!),
    })),
  );
  to.log.log(`seeding history: ${fresh.length} people, ${staff.length} of them staff`);
}
