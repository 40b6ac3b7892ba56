import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';

/** The personal calendar feed (a phone's calendar reminds 10 minutes before each meeting). */
export function CalendarFeedLink() {
  const { t } = useTranslation();
  const feed = useAsync('feed', (signal) => meetingsApi.calendarFeed(signal));
  const [copied, setCopied] = useState(false);
  if (!feed.data) return null;
  const url = `${globalThis.location.origin}${feed.data.path}`;
  const webcal = url.replace(/^https?:/, 'webcal:');
  return (
    <div className="calendar-feed">
      <a className="button button--secondary button--small" href={webcal} data-testid="calendar-feed">
        {t('matching.feed.subscribe')}
      </a>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
      >
        {copied ? t('matching.feed.copied') : t('matching.feed.copy')}
      </button>
    </div>
  );
}
