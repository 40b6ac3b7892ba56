import type { ScheduleSession } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Watch" next to a live stage session, wherever the schedule is shown. Nothing for other sessions. */
export function StageLink({ session }: { session: ScheduleSession }) {
  const { t } = useTranslation();
  if (session.kind !== 'stage' || session.state !== 'live') return null;
  return (
    <Link
      className="button button--primary button--small stage-link"
      to={`/stage/${session.id}`}
      data-testid="stage-link"
    >
      {t('video.stage.link')}
    </Link>
  );
}
