import type { Notification } from '@pameran/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { create } from 'zustand';
import { formatRupiah } from '../../lib/format';
import { notificationsApi } from '../../lib/matchingApi';
import { useHallSocket } from '../../lib/useHallSocket';
import { useSession } from '../../stores/session';
import { useHomeFair, useHomePath } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

interface NotificationStore {
  items: Notification[];
  unread: number;
  set(items: Notification[], unread: number): void;
  push(n: Notification): void;
}

export const useNotifications = create<NotificationStore>()((set) => ({
  items: [],
  unread: 0,
  set: (items, unread) => set({ items, unread }),
  push: (n) =>
    set((s) =>
      s.items.some((x) => x.id === n.id) ? s : { items: [n, ...s.items].slice(0, 50), unread: s.unread + 1 },
    ),
}));

/** The notification centre: a bell with the unread count, live over the socket, kept on the server for later. */
export function NotificationBell() {
  const { t } = useTranslation();
  const time = useFairTime();
  const user = useSession((s) => s.user);
  const signedIn = Boolean(user && !user.isGuest);
  const fair = useHomeFair();
  const home = useHomePath();
  const socket = useHallSocket(fair, signedIn);
  // Links that name their fair (`/e/<slug>/meetings`) open it; older ones (`/meetings`) open in this fair.
  const target = (link: string) => (link.startsWith('/e/') ? link : home(link));
  const { items, unread, set, push } = useNotifications();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!signedIn) return;
    notificationsApi.list().then(
      (l) => set(l.items, l.unread),
      () => undefined,
    );
  }, [signedIn, set]);
  useEffect(() => {
    if (!socket) return;
    socket.on('notification', push);
    return () => void socket.off('notification', push);
  }, [socket, push]);
  if (!signedIn) return null;

  const text = (n: Notification) =>
    t(`matching.notification.${n.kind}`, {
      ...n.data,
      start: n.data.start ? time.pair(n.data.start) : '',
      time: n.data.time ? time.pair(n.data.time) : '',
      value: n.data.value ? formatRupiah(Number(n.data.value)) : '',
    });

  return (
    <div className="bell">
      <button
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-label={t('matching.notification.label', { count: unread })}
        onClick={() => {
          setOpen(!open);
          if (!open && unread > 0)
            notificationsApi.markRead().then(
              (r) => set(items, r.unread),
              () => undefined,
            );
        }}
        data-testid="notification-bell"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="22"
          height="22"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {unread > 0 && (
          <span className="bell__count" data-testid="notification-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell__panel" role="dialog" aria-label={t('matching.notification.title')}>
          {items.length === 0 ? (
            <p className="muted">{t('matching.notification.empty')}</p>
          ) : (
            <ul>
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? '' : 'bell__item--unread'}>
                  {n.link ? (
                    <Link to={target(n.link)} onClick={() => setOpen(false)}>
                      {text(n)}
                    </Link>
                  ) : (
                    text(n)
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
