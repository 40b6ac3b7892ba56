import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedLink as Feed } from '@pameran/contracts';
import { formatDate } from '../../lib/format';
import { meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useLanguage } from '../../i18n';
import { ActionError, useAction } from './useAction';

/**
 * The personal calendar feed (a phone's calendar reminds 10 minutes before each meeting). The link
 * expires, and "new link" replaces it when it may have leaked: the old address stops working at once.
 */
export function CalendarFeedLink() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const feed = useAsync('feed', (signal) => meetingsApi.calendarFeed(signal));
  const [rotated, setRotated] = useState<Feed | null>(null);
  const [copied, setCopied] = useState(false);
  const rotate = useAction<Feed>((link) => {
    setRotated(link);
    setCopied(false);
  });
  const current = rotated ?? feed.data;
  if (!current) return null;
  const url = `${globalThis.location.origin}${current.path}`;
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
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={rotate.busy}
        data-testid="calendar-feed-rotate"
        onClick={() => {
          if (globalThis.confirm(t('matching.feed.rotateConfirm')))
            void rotate.run(() => meetingsApi.rotateCalendarFeed());
        }}
      >
        {t('matching.feed.rotate')}
      </button>
      <p className="muted">
        {rotated ? t('matching.feed.rotated') + ' ' : ''}
        {t('matching.feed.expires', { date: formatDate(current.expiresAt, lang) })}
      </p>
      <ActionError error={rotate.error} />
    </div>
  );
}
