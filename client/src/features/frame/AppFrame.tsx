import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../../stores/session';
import { Header } from './Header';

/**
 * Header, page and footer around every route. A fair's pages (`FairLayout`) keep that fair's schedule live
 * (pushed over the hall socket when signed in), so the header's open/closed state changes the moment the
 * organiser acts.
 */
export function AppFrame() {
  const { t } = useTranslation();
  const { reloadUser } = useSession((s) => s.actions);
  // A session kept on this device may be stale (renamed, deleted, expired): check it once per visit.
  useEffect(() => {
    if (useSession.getState().user) void reloadUser().catch(() => undefined);
  }, [reloadUser]);
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo?.(0, 0); // block body: in newer Chromium scrollTo returns a promise, not a clean-up
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common.skip')}
      </a>
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('footer.organiser')}</p>
      </footer>
    </div>
  );
}
