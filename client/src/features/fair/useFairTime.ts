import { useMemo } from 'react';
import { useLanguage } from '../../i18n';
import { formatDateTimePair, formatTimePair, formatTimeRange, formatWhen, zoneName } from '../../lib/format';
import { useFair } from '../../stores/fair';
import { useViewerZone } from '../../stores/session';
import { useRouteFairSlug } from './useFairSlug';

/**
 * The zone of the fair this page belongs to (WIB, WITA or WIT). A fair's pages show once the fair is read
 * (`FairLayout`); on a page of no fair, times are the viewer's own.
 */
export function useFairZone(): string {
  const slug = useRouteFairSlug();
  const viewer = useViewerZone();
  const zone = useFair((s) => (slug && s.event?.slug === slug ? s.event.timeZone : null));
  return zone ?? viewer;
}

/**
 * Times as this page shows them: in the fair's own zone, with the viewer's beside it when their clock differs
 * (a buyer in Kuala Lumpur sees both). One place, so every page of a fair agrees.
 */
export function useFairTime() {
  const { lang } = useLanguage();
  const fair = useFairZone();
  const viewer = useViewerZone();
  return useMemo(
    () => ({
      fair,
      viewer,
      /** "WIB", "WITA", "WIT". */
      zone: zoneName(fair),
      /** "08.00 WIB (waktu Anda 09.00)". */
      pair: (iso: string) => formatTimePair(iso, viewer, lang, fair),
      /** "08.00–12.00 WIB". */
      range: (startIso: string, endIso: string) => formatTimeRange(startIso, endIso, viewer, lang, fair),
      /** "Sab, 5 Des 08.00 WIB" (the day left out when it is today in the fair). */
      when: (iso: string, now: number) => formatWhen(iso, viewer, lang, now, fair),
      /** "5 Des 2020 08.30 WIB": a date and time, for records (leads, invitations, the audit log). */
      dateTime: (iso: string) => formatDateTimePair(iso, viewer, lang, fair),
    }),
    [fair, viewer, lang],
  );
}
