import { useTranslation } from 'react-i18next';
import { useHallNotices } from '../../stores/hall/notices';

/** Organisers' announcements, newest last, each closable. */
export function AnnouncementBanner() {
  const { t } = useTranslation();
  const announcements = useHallNotices((s) => s.announcements);
  const { dismissAnnouncement } = useHallNotices((s) => s.actions);
  if (announcements.length === 0) return null;
  return (
    <div className="announcements" role="region" aria-label={t('hallview.announcement.label')}>
      {announcements.map((a) => (
        <p key={a.id} className="announcement" role="status" data-testid="announcement">
          <span className="announcement__icon" aria-hidden="true">
            📣
          </span>
          <span className="announcement__text">{a.text}</span>
          <button
            type="button"
            className="announcement__close"
            onClick={() => dismissAnnouncement(a.id)}
            aria-label={t('hallview.announcement.dismiss')}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
