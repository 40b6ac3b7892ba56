import { EVENT_TIME_ZONE } from '@pameran/contracts';

/** An instant in the fair's time: "5 Des 2020 08.30 WIB" / "5 Dec 2020 08:30 WIB". */
export function formatWib(iso: string, lang: string): string {
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: EVENT_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${text} WIB`;
}
