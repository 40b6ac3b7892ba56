import { EVENT_TIME_ZONE } from '@pameran/contracts';
import { useLanguage } from '../../i18n';
import { formatTimeRange } from '../../lib/format';
import { useViewerZone } from '../../stores/session';

const DAY: Record<'id' | 'en', Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', {
    timeZone: EVENT_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: EVENT_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }),
};

/** The WIB calendar day of an instant, as a label: "Sab, 5 Des" / "Sat, 5 Dec". */
export function dayLabel(iso: string, lang: 'id' | 'en'): string {
  return DAY[lang].format(new Date(iso));
}

/** A slot as people read it: the day, the WIB time and, when it differs, their own. */
export function SlotLabel({ start, end, day = true }: { start: string; end: string; day?: boolean }) {
  const { lang } = useLanguage();
  const zone = useViewerZone();
  return (
    <time dateTime={start} className="slot-label">
      {day && <span className="slot-label__day">{dayLabel(start, lang)} </span>}
      {formatTimeRange(start, end, zone, lang)}
    </time>
  );
}
