import { FAIR_TIME_ZONES, ZONE_ABBREVIATIONS } from '@pameran/contracts';

/** "WIB (Asia/Jakarta)", or the zone's own name for one outside the three. */
export function zoneLabel(zone: string): string {
  const short = ZONE_ABBREVIATIONS[zone];
  return short ? `${short} (${zone})` : zone;
}

/** "WIB" for a table cell (the zone's full name is its title), or the zone's own name. */
export function zoneShort(zone: string): string {
  return ZONE_ABBREVIATIONS[zone] ?? zone;
}

export const ZONE_OPTIONS = FAIR_TIME_ZONES.map((zone) => ({ zone, label: zoneLabel(zone) }));
