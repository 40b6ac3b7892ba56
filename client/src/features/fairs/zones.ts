import { FAIR_TIME_ZONES, type FairTimeZone } from '@pameran/contracts';

/** How Indonesians name the fairs' zones; the same in both languages. */
const ABBREVIATIONS: Record<FairTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "WIB (Asia/Jakarta)", or the zone's own name for one outside the three. */
export function zoneLabel(zone: string): string {
  const short = ABBREVIATIONS[zone as FairTimeZone];
  return short ? `${short} (${zone})` : zone;
}

/** "WIB" for a table cell (the zone's full name is its title), or the zone's own name. */
export function zoneShort(zone: string): string {
  return ABBREVIATIONS[zone as FairTimeZone] ?? zone;
}

export const ZONE_OPTIONS = FAIR_TIME_ZONES.map((zone) => ({ zone, label: zoneLabel(zone) }));
