import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { ServerState } from '../../lib/ServerState';
import { useUser } from '../../stores/session';
import '../../styles/console.css';
import './fairs.css';
import { FairCloneForm } from './FairCloneForm';
import { FairLifecycle } from './FairLifecycle';
import { FairOrganisersPanel } from './FairOrganisersPanel';
import { FairSettingsForm } from './FairSettingsForm';
import { fairsApi, fairsKeys } from './fairsApi';

/**
 * `/e/:slug/console/fair`: one fair as its organisers run it — its fields, its stage (only the moves
 * allowed from here), its organisers and a copy for next year. The server decides who may: an organiser
 * of another fair gets 403 here.
 */
export function FairSettingsPage() {
  const { slug = '' } = useParams();
  const user = useUser();
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(`/e/${slug}/console/fair`)}`} replace />;
  return (
    <ServerState>
      <FairSettings slug={slug} />
    </ServerState>
  );
}

function FairSettings({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const settings = useQuery({
    queryKey: fairsKeys.settings(slug),
    queryFn: ({ signal }) => fairsApi.settings(slug, signal),
  });
  return (
    <div className="fairs" data-testid="fair-settings">
      <div className="fairs__main">
        <AsyncContent result={settings}>
          {(fair) => (
            <>
              <h1>
                {t('fairs.settings.title')}: {pick(fair.name)}
              </h1>
              {fair.status === 'archived' && (
                <p className="notice" data-testid="fair-archived">
                  {t('fairs.settings.archivedNote')}
                </p>
              )}
              <FairLifecycle fair={fair} />
              {/* A new status (archived: read-only) starts the form afresh; a save keeps it, saying so. */}
              <FairSettingsForm key={fair.status} fair={fair} />
              <FairOrganisersPanel slug={fair.slug} readOnly={fair.status === 'archived'} />
              <FairCloneForm source={fair} />
            </>
          )}
        </AsyncContent>
      </div>
    </div>
  );
}
