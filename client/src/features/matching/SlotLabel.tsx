import type { Locale } from '@pameran/contracts';
import { useLanguage } from '../../i18n';
import { useFairTime } from '../fair/useFairTime';

const INTL: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** The calendar day of an instant in the fair's zone, as a label: "Sab, 5 Des" / "Sat, 5 Dec". */
export function dayLabel(iso: string, lang: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL[lang], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(iso));
}

/** A slot as people read it: the day, the time in the fair's zone and, when it differs, their own. */
export function SlotLabel({ start, end, day = true }: { start: string; end: string; day?: boolean }) {
  const { lang } = useLanguage();
  const time = useFairTime();
  return (
    <time dateTime={start} className="slot-label">
      {day && <span className="slot-label__day">{dayLabel(start, lang, time.fair)} </span>}
      {time.range(start, end)}
    </time>
  );
}
