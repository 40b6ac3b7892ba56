import { z } from 'zod';
import { BuyerType, Category } from './domain';

/**
 * Why a partner is suggested, as codes with parameters the client words in either language
 * (docs/decisions/0015-suggested-partners.md).
 */
export const SUGGESTION_REASONS = [
  'sought', // one of the buyer's sought products: params.term
  'category', // the category the buyer sources: params.category
  'halal',
  'bpom',
  'pirt',
  'export_ready',
  'capacity_fits', // monthly capacity covers the buyer's monthly volume
  'shortlisted', // the buyer shortlisted products of this exhibitor
  'visited', // the buyer visited the booth
  'talked', // the buyer chatted with the booth or opened its WhatsApp
] as const;
export const SuggestionReasonCode = z.enum(SUGGESTION_REASONS);
export type SuggestionReasonCode = z.infer<typeof SuggestionReasonCode>;
export const SuggestionReason = z.object({
  code: SuggestionReasonCode,
  params: z.record(z.string(), z.string()),
});
export type SuggestionReason = z.infer<typeof SuggestionReason>;

export const SuggestedProduct = z.object({
  id: z.uuid(),
  nameId: z.string(),
  nameEn: z.string(),
  category: Category,
});
export type SuggestedProduct = z.infer<typeof SuggestedProduct>;

/** An exhibitor suggested to a buyer, with its best-fitting products. */
export const ExhibitorSuggestion = z.object({
  exhibitorId: z.uuid(),
  boothId: z.uuid(),
  name: z.string(),
  category: Category,
  region: z.string(),
  reasons: z.array(SuggestionReason),
  products: z.array(SuggestedProduct),
});
export type ExhibitorSuggestion = z.infer<typeof ExhibitorSuggestion>;

/** A listed buyer suggested to an exhibitor's staff. */
export const BuyerSuggestion = z.object({
  userId: z.uuid(),
  name: z.string(),
  company: z.string(),
  country: z.string(),
  type: BuyerType,
  reasons: z.array(SuggestionReason),
});
export type BuyerSuggestion = z.infer<typeof BuyerSuggestion>;

export const Suggestions = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exhibitors'), items: z.array(ExhibitorSuggestion) }),
  z.object({ kind: z.literal('buyers'), items: z.array(BuyerSuggestion) }),
]);
export type Suggestions = z.infer<typeof Suggestions>;

export const SuggestionsQuery = z.strictObject({
  /** The fair (slug); defaults to the exhibitor's own fair, or the latest fair for a buyer. */
  event: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SuggestionsQuery = z.infer<typeof SuggestionsQuery>;
