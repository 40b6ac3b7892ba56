import { z } from 'zod';
import { Rupiah, Uuid } from './common';
import { AuditionDecision, AuditionStage, Category } from './domain';
import { Exhibitor, LocalizedText } from './fair';

/**
 * The audition in stages and returning pesantren (docs/decisions/0028-audition-stages.md): each stage's
 * decisions with the organisers' notes, and applications copied from an exhibitor of an earlier fair.
 */

const Iso = z.iso.datetime({ offset: true });

/**
 * A copied product measured against the earlier fair: `new` if it was added after that fair's last day,
 * `changed` if it was edited since, `same` if it is as that fair's visitors saw it.
 */
export const PRODUCT_CHANGES = ['same', 'changed', 'new'] as const;
export const ProductChange = z.enum(PRODUCT_CHANGES);
export type ProductChange = z.infer<typeof ProductChange>;

/** One decision at one stage; the latest per stage is the one that counts. */
export const AuditionReview = z.object({
  stage: AuditionStage,
  decision: AuditionDecision,
  note: z.string(),
  byName: z.string().nullable(),
  at: Iso,
});
export type AuditionReview = z.infer<typeof AuditionReview>;

/** The organisers decide one application at the stage it is at. */
export const ReviewRequest = z
  .strictObject({
    stage: AuditionStage,
    decision: z.enum(['pass', 'reject']),
    /** The organisers' note for this stage (never shown to the applicant). */
    note: z.string().trim().max(2000).default(''),
    /** Required to reject: the applicant reads it. */
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .refine((d) => d.decision === 'pass' || d.reason !== undefined, {
    path: ['reason'],
    message: 'a reason is required to reject',
  });
export type ReviewRequest = z.output<typeof ReviewRequest>;
/** What a client sends (the note may be left out). */
export type ReviewRequestInput = z.input<typeof ReviewRequest>;

/** Where a returning pesantren comes from, and how its copied products compare with that fair's. */
export const ReturningFrom = z.object({
  /** Null once that exhibitor has been erased. */
  exhibitorId: Uuid.nullable(),
  eventSlug: z.string(),
  eventName: LocalizedText,
  products: z.object({
    total: z.number().int().nonnegative(),
    new: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
    needsReview: z.number().int().nonnegative(),
  }),
});
export type ReturningFrom = z.infer<typeof ReturningFrom>;

/** An application as the audition shows it: the stage it is at (or was decided at), notes, returning. */
export const AuditionApplication = Exhibitor.extend({
  stage: AuditionStage,
  reviews: z.array(AuditionReview),
  returning: ReturningFrom.nullable(),
});
export type AuditionApplication = z.infer<typeof AuditionApplication>;

/** A product a returning application brings, flagged for the organisers to audit again. */
export const ApplicationProduct = z.object({
  id: Uuid,
  sourceProductId: Uuid.nullable(),
  category: Category,
  name: LocalizedText,
  priceRupiah: Rupiah,
  unit: z.string(),
  change: ProductChange,
  needsReview: z.boolean(),
});
export type ApplicationProduct = z.infer<typeof ApplicationProduct>;
export const ApplicationProductList = z.object({ items: z.array(ApplicationProduct) });

/** A returning pesantren applies to a new fair with the profile and products of its exhibitor in an earlier one. */
export const ReuseApplication = z.strictObject({
  /** The new fair's slug. */
  event: z.string().min(1).max(64),
  /** The caller's exhibitor (as owner or staff) in the earlier fair. */
  fromExhibitorId: Uuid,
});
export type ReuseApplication = z.infer<typeof ReuseApplication>;
export const ReturningApplication = Exhibitor.extend({
  returningFrom: Uuid,
  /** How many products were copied (all flagged for review). */
  products: z.number().int().nonnegative(),
});
export type ReturningApplication = z.infer<typeof ReturningApplication>;

/** One stage of a fair's audition, in its order (docs/decisions/0035-fair-gaps.md). */
const StageName = z.string().trim().min(1).max(80);
export const AuditionStageDef = z.strictObject({
  key: AuditionStage,
  name: z.strictObject({ id: StageName, en: StageName }),
});
export type AuditionStageDef = z.infer<typeof AuditionStageDef>;
/** The names the default stages have in a fair whose organisers wrote none. */
export const DEFAULT_AUDITION_STAGES: AuditionStageDef[] = [
  { key: 'documents', name: { id: 'I · Dokumen', en: 'I · Documents' } },
  { key: 'curation', name: { id: 'II · Kurasi', en: 'II · Curation' } },
];
/** A fair's stages in order; an update replaces them all (keys unique). */
export const AuditionStageList = z.strictObject({
  items: z
    .array(AuditionStageDef)
    .min(1)
    .max(6)
    .refine((items) => new Set(items.map((s) => s.key)).size === items.length, 'stage keys must differ'),
});
export type AuditionStageList = z.infer<typeof AuditionStageList>;

/**
 * An exhibitor of an earlier fair the caller owns or is staff of, which they may apply again with: its
 * profile and its booth's products, each marked against that fair (`ProductChange`).
 */
export const ReturningCandidate = z.object({
  exhibitorId: Uuid,
  event: z.object({ slug: z.string(), name: LocalizedText }),
  name: z.string(),
  region: z.string(),
  category: Category,
  description: LocalizedText,
  products: z.array(
    z.object({ id: Uuid, name: LocalizedText, priceRupiah: Rupiah, unit: z.string(), change: ProductChange }),
  ),
});
export type ReturningCandidate = z.infer<typeof ReturningCandidate>;
export const ReturningCandidateList = z.object({ items: z.array(ReturningCandidate) });
export type ReturningCandidateList = z.infer<typeof ReturningCandidateList>;
