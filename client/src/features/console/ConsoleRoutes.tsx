import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { ServerState } from '../../lib/ServerState';
import '../../styles/console.css';
import { AuditionPage } from './AuditionPage';
import { AuditPage } from './AuditPage';
import { CampaignPage } from '../mail/CampaignPage';
import { DealsVerificationPage } from './DealsVerificationPage';
import { HelpDeskPage } from './HelpDeskPage';
import { ModerationPage } from './ModerationPage';
import { OverviewPage } from './OverviewPage';
import { ReportsPage } from './ReportsPage';
import { RunPage } from './RunPage';
import { SummaryPage } from './SummaryPage';
import { OrganisersOnly } from '../fair/OrganisersOnly';
import { useFairPath } from '../fair/useFairSlug';

const LINKS = [
  ['', 'overview'],
  ['audition', 'audition'],
  ['run', 'run'],
  ['deals', 'deals'],
  ['moderation', 'moderation'],
  ['audit', 'audit'],
  ['help-desk', 'helpDesk'],
  ['reports', 'reports'],
] as const;

/** `/e/:slug/console/*`: the organiser's console of that fair (lazy-loaded), organisers only. */
export function ConsoleRoutes() {
  const { t } = useTranslation();
  const at = useFairPath();
  return (
    <OrganisersOnly next="/console">
      <ServerState>
        <div className="console">
          <nav className="console__nav no-print" aria-label={t('console.nav.label')}>
            {LINKS.map(([path, key]) => (
              <NavLink
                key={key}
                to={at(`/console/${path}`)}
                end
                className="console__link"
                data-testid={`console-nav-${key}`}
              >
                {t(`console.nav.${key}`)}
              </NavLink>
            ))}
            <NavLink
              to={at('/console/campaigns')}
              className="console__link"
              data-testid="console-nav-campaigns"
            >
              {t('mail.campaign.nav')}
            </NavLink>
            <NavLink to={at('/console/matching')} className="console__link">
              {t('console.nav.matching')}
            </NavLink>
          </nav>
          <main className="console__main">
            <Routes>
              <Route index element={<OverviewPage />} />
              <Route path="audition" element={<AuditionPage />} />
              <Route path="run" element={<RunPage />} />
              <Route path="deals" element={<DealsVerificationPage />} />
              <Route path="moderation" element={<ModerationPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="help-desk" element={<HelpDeskPage />} />
              <Route path="reports" element={<ReportsPage />} />
              <Route path="campaigns" element={<CampaignPage />} />
              <Route path="reports/summary" element={<SummaryPage />} />
              <Route path="*" element={<Navigate to={at('/console')} replace />} />
            </Routes>
          </main>
        </div>
      </ServerState>
    </OrganisersOnly>
  );
}
