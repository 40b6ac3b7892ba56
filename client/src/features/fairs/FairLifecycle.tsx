import type { EventStatus, FairSettings } from '@pameran/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Confirm } from '../../components/Confirm';
import { errorMessage } from '../../lib/errors';
import { fairsApi, fairsKeys } from './fairsApi';

/** The fair's stage and a button for each move allowed from it (`EVENT_TRANSITIONS`, sent by the server). */
export function FairLifecycle({ fair }: { fair: FairSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const move = async (to: EventStatus) => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      client.setQueryData(fairsKeys.settings(fair.slug), await fairsApi.move(fair.slug, to));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="fair-lifecycle">
      <h2 id="fair-lifecycle">{t('fairs.settings.lifecycle')}</h2>
      <p data-testid="fair-status">{t('fairs.settings.now', { status: t(`fairs.status.${fair.status}`) })}</p>
      {fair.moves.length === 0 ? (
        <p className="muted">{t('fairs.settings.none')}</p>
      ) : (
        <div className="fairs__moves">
          {fair.moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'archived' ? 'button' : 'button button--primary'}
              disabled={busy}
              // Archiving cannot be taken back: it asks first.
              onClick={() => (to === 'archived' ? setConfirming(true) : void move(to))}
              data-testid={`fair-move-${to}`}
            >
              {t(`fairs.settings.move.${to}`)}
            </button>
          ))}
        </div>
      )}
      {confirming && (
        <Confirm
          question={t('fairs.settings.confirmArchive')}
          yes={t('fairs.settings.move.archived')}
          busy={busy}
          testId="fair-archive-confirm"
          onYes={() => void move('archived')}
          onNo={() => setConfirming(false)}
        />
      )}
      {failure !== null && (
        <p className="form__error" role="alert">
          {errorMessage(failure, t)}
        </p>
      )}
    </section>
  );
}
