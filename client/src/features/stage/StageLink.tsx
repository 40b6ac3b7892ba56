import type { ScheduleSession } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFairPath } from '../fair/useFairSlug';

/** "Watch" next to a live stage session, wherever the schedule is shown. Nothing for other sessions. */
export function StageLink({ session }: { session: ScheduleSession }) {
  const { t } = useTranslation();
  const at = useFairPath();
  if (session.kind !== 'stage' || session.state !== 'live') return null;
  return (
    <Link
      className="button button--primary button--small stage-link"
      to={at(`/stage/${session.id}`)}
      data-testid="stage-link"
    >
      {t('video.stage.link')}
    </Link>
  );
}
