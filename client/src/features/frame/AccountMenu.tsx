import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../stores/session';
import { MatchingMenuLinks } from '../matching/MatchingMenuLinks';
import { OnsiteMenuLinks } from '../onsite/OnsiteMenuLinks';
import { PrivacyControls } from './PrivacyControls';
import { mayApply, useFairRights } from '../fair/fairRights';
import { fairPath } from '../fair/fairPath';
import { useHomePath, useRouteFairSlug } from '../fair/useFairSlug';

/**
 * Who is signed in, with their account and privacy actions; a way in when nobody is. A fair's links (back
 * office, console) show only on that fair's pages, for what the person is there (`useFairRights`).
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fair = useRouteFairSlug();
  const { rights, organiser, exhibitorId } = useFairRights();
  const home = useHomePath();
  const user = useSession((s) => s.user);
  const { logout, signOutEverywhere } = useSession((s) => s.actions);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');

  // A <details> menu stays open by itself; close it on a tap elsewhere or Escape.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && menu.current?.open) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  if (!user) {
    return (
      <Link className="button button--secondary button--small" to={home()} data-testid="sign-in-link">
        {t('account.enter')}
      </Link>
    );
  }

  const signOut = async (everywhere = false) => {
    close();
    await (everywhere ? signOutEverywhere() : logout());
    void navigate(home(), { replace: true });
  };

  return (
    <details className="menu" ref={menu} data-testid="account-menu">
      {/* Named by a hidden text holding the shown name (no aria-label): a label that is not what is shown fails
          WCAG 2.5.3 on wide screens, where the name shows; on a phone only the initial shows. */}
      <summary className="menu__toggle">
        <span className="avatar" aria-hidden="true">
          {user.displayName.slice(0, 1).toUpperCase()}
        </span>
        <span className="menu__name" aria-hidden="true">
          {user.displayName}
        </span>
        <span className="menu__label">{`${user.displayName}, ${t('account.menu')}`}</span>
      </summary>
      <div className="menu__panel">
        <p className="menu__who">
          <strong data-testid="account-name-label">{user.displayName}</strong>
          <span className="muted">
            {user.isGuest ? t('account.guest') : t(`role.${rights?.role ?? user.role}`)}
            {user.buyerProfile ? ` · ${user.buyerProfile.company}` : ''}
          </span>
        </p>
        {user.isGuest && (
          <Link
            className="button button--primary button--wide"
            to="/upgrade"
            data-testid="upgrade-link"
            onClick={close}
          >
            {t('account.createAccount')}
          </Link>
        )}
        {fair && (exhibitorId || mayApply(user)) && (
          <Link
            className="menu__item"
            to={fairPath(fair, '/exhibitor')}
            data-testid="exhibitor-backoffice-link"
            onClick={close}
          >
            {t('account.backofficeLink')}
          </Link>
        )}
        {fair && organiser && (
          <Link
            className="menu__item"
            to={fairPath(fair, '/console')}
            data-testid="organiser-console-link"
            onClick={close}
          >
            {t('account.consoleLink')}
          </Link>
        )}
        {fair && organiser && (
          <Link
            className="menu__item"
            to={fairPath(fair, '/console/schedule')}
            data-testid="organiser-schedule-link"
            onClick={close}
          >
            {t('schedule.console.link')}
          </Link>
        )}
        {user.role === 'platform_admin' && (
          <Link className="menu__item" to="/platform/fairs" data-testid="platform-fairs-link" onClick={close}>
            {t('fairs.platform.title')}
          </Link>
        )}
        <MatchingMenuLinks onNavigate={close} />
        <OnsiteMenuLinks onNavigate={close} />
        <PrivacyControls />
        <button type="button" className="menu__item" data-testid="sign-out" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
        {!user.isGuest && (
          <button
            type="button"
            className="menu__item"
            data-testid="sign-out-everywhere"
            title={t('account.signOutEverywhereHint')}
            onClick={() => void signOut(true)}
          >
            {t('account.signOutEverywhere')}
          </button>
        )}
      </div>
    </details>
  );
}
