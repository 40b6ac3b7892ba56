import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useAsync } from '../../lib/useAsync';
import { videoApi } from '../../lib/videoApi';

/** Shows its children only when this server has video (LIVEKIT_URL configured); otherwise says so plainly. */
export function VideoGate({ backHref, children }: { backHref: string; children: ReactNode }) {
  const { t } = useTranslation();
  const status = useAsync('video-status', (signal) => videoApi.status(signal));
  return (
    <AsyncContent result={status}>
      {(s) =>
        s.enabled ? (
          children
        ) : (
          <div className="notice" role="status" data-testid="video-disabled">
            <p>{t('video.notConfigured')}</p>
            <Link className="button button--secondary" to={backHref}>
              {t('video.back')}
            </Link>
          </div>
        )
      }
    </AsyncContent>
  );
}
