import type { StaffInviteCreated } from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { whatsappLink } from '../../lib/whatsapp';
import { useChangeStaff } from './backofficeMutations';
import { backofficeQueries } from './backofficeQueries';
import { RequireBooth } from './RequireBooth';
import { useFairTime } from '../fair/useFairTime';

function Staff({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const time = useFairTime();
  const staff = useQuery(backofficeQueries.staff(boothId));
  const change = useChangeStaff(boothId);
  const [note, setNote] = useState('');
  const [created, setCreated] = useState<StaffInviteCreated | null>(null);
  const invite = () =>
    change.mutate(
      { kind: 'invite', note },
      {
        onSuccess: (link) => {
          setCreated(link);
          setNote('');
        },
      },
    );

  return (
    <>
      <section className="card form">
        <h2>{t('backoffice.staff.inviteTitle')}</h2>
        <p className="muted">{t('backoffice.staff.inviteText')}</p>
        <label className="field">
          <span>{t('backoffice.staff.note')}</span>
          <input
            value={note}
            maxLength={80}
            onChange={(e) => setNote(e.target.value)}
            data-testid="invite-note"
          />
        </label>
        <button type="button" className="button button--primary" onClick={invite} data-testid="invite-create">
          {t('backoffice.staff.create')}
        </button>
        {created && (
          <div className="notice" data-testid="invite-link">
            <p>{t('backoffice.staff.linkOnce')}</p>
            <input
              readOnly
              value={created.url}
              onFocus={(e) => e.target.select()}
              aria-label={t('backoffice.staff.link')}
            />
            <div className="bo-actions">
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => void navigator.clipboard?.writeText(created.url)}
              >
                {t('backoffice.staff.copy')}
              </button>
              <a
                className="button button--small button--whatsapp"
                href={whatsappLink('', t('backoffice.staff.message', { url: created.url }))}
                target="_blank"
                rel="noreferrer"
              >
                {t('backoffice.staff.share')}
              </a>
            </div>
          </div>
        )}
        {change.isError && (
          <p className="form__error" role="alert">
            {errorMessage(change.error, t)}
          </p>
        )}
      </section>
      <AsyncContent result={staff}>
        {(list) => (
          <section className="card">
            <h2>{t('backoffice.staff.members')}</h2>
            <ul className="bo-list" data-testid="staff-members">
              {list.members.map((m) => (
                <li key={m.userId}>
                  <span>
                    <strong>{m.displayName}</strong> <span className="muted">{m.email}</span>{' '}
                    <span className="tag">{t(`backoffice.roles.${m.role}`)}</span>
                  </span>
                  {m.role === 'staff' && (
                    <button
                      type="button"
                      className="link-button link-button--danger"
                      onClick={() => change.mutate({ kind: 'remove', userId: m.userId })}
                    >
                      {t('backoffice.staff.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {list.invites.length > 0 && (
              <>
                <h3>{t('backoffice.staff.pending')}</h3>
                <ul className="bo-list">
                  {list.invites.map((i) => (
                    <li key={i.id}>
                      <span>
                        {i.note || t('backoffice.staff.noNote')}{' '}
                        <span className="muted">
                          {t('backoffice.staff.until', { when: time.dateTime(i.expiresAt) })}
                        </span>
                      </span>
                      <button
                        type="button"
                        className="link-button link-button--danger"
                        onClick={() => change.mutate({ kind: 'revoke', inviteId: i.id })}
                      >
                        {t('backoffice.staff.revoke')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </AsyncContent>
    </>
  );
}

/** The owner brings staff in by one-time links, and takes them off the booth. */
export function StaffPage() {
  const { t } = useTranslation();
  return (
    <RequireBooth title={t('backoffice.staff.title')} ownerOnly>
      {(me) => <Staff boothId={me.boothId} />}
    </RequireBooth>
  );
}
