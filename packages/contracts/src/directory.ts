import { z } from 'zod';
import { BuyerCertification } from './auth';
import { Uuid } from './common';
import { BuyerType, Category } from './domain';
import { CreateMeetingRequest } from './matching';

/**
 * The buyer directory: buyers who agreed to be listed, browsed by approved exhibitors' staff (and
 * organisers), who may ask them for a meeting. Contact details (e-mail, phone) are never part of a card.
 */

const Country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as ID or MY');

export const BuyerDirectoryQuery = z.strictObject({
  /** The fair the caller browses as its exhibitor's staff (the directory itself spans every fair). */
  event: z.string().max(64).optional(),
  country: Country.optional(),
  /** A product category the buyer sources. */
  category: Category.optional(),
  /** The buyer's company type. */
  type: BuyerType.optional(),
  /** A language the buyer does business in (ISO 639-1). */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as id or en')
    .optional(),
  /** Free text on the company name. */
  q: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type BuyerDirectoryQuery = z.input<typeof BuyerDirectoryQuery>;
export type BuyerDirectoryFilter = z.output<typeof BuyerDirectoryQuery>;

export const BuyerCard = z.object({
  id: Uuid,
  name: z.string(),
  company: z.string(),
  country: z.string(),
  type: BuyerType,
  categories: z.array(Category),
  productsSought: z.array(z.string()),
  languages: z.array(z.string()),
  certifications: z.array(BuyerCertification),
  monthlyVolume: z.number().nullable(),
});
export type BuyerCard = z.infer<typeof BuyerCard>;

export const BuyerDirectoryPage = z.object({
  items: z.array(BuyerCard),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type BuyerDirectoryPage = z.infer<typeof BuyerDirectoryPage>;

/** An exhibitor's staff ask a listed buyer for a meeting (same rules as a buyer's request, other way round). */
export const CreateBuyerMeetingRequest = CreateMeetingRequest.omit({
  exhibitorId: true,
  attendeeEmails: true,
});
export type CreateBuyerMeetingRequest = z.input<typeof CreateBuyerMeetingRequest>;
