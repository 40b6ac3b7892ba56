import { z } from 'zod';
import { Category } from './domain';
import { LeadItem } from './backoffice';

/** On site, by QR (docs/decisions/0021-on-site-qr.md): badges, badge scans and the printable sheets. */

/**
 * A registered visitor's badge for one fair: `code` is the signed token the QR carries and the text staff
 * type when there is no camera (Crockford base32, case and O/0, I/L/1 forgiven, dashes ignored).
 */
export const Badge = z.object({
  code: z.string(),
  /** The QR as an SVG document (black on white, with its quiet zone). */
  svg: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  /** The end of the fair's last day in its zone: the badge is refused after it. */
  expiresAt: z.iso.datetime(),
});
export type Badge = z.infer<typeof Badge>;

export const BadgeScanRequest = z.strictObject({
  code: z.string().trim().min(10).max(120),
  note: z.string().trim().max(1000).optional(),
  score: z.number().int().min(1).max(5).optional(),
});
export type BadgeScanRequest = z.infer<typeof BadgeScanRequest>;

/** The lead the scan recorded, with the visitor named (they handed over their badge). */
export const BadgeScanResult = LeadItem;
export type BadgeScanResult = z.infer<typeof BadgeScanResult>;

export const BoothSheetQuery = z.strictObject({ zone: Category });
export type BoothSheetQuery = z.infer<typeof BoothSheetQuery>;
export const TableSheetQuery = z.strictObject({ day: z.iso.date() });
export type TableSheetQuery = z.infer<typeof TableSheetQuery>;

/** What a venue table's QR opens: the table and the times booked at it that day (no names: it is public). */
export const VenueTable = z.object({
  id: z.uuid(),
  label: z.string(),
  day: z.iso.date(),
  booked: z.array(z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() })),
});
export type VenueTable = z.infer<typeof VenueTable>;
