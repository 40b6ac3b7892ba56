import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Confirm } from '../../components/Confirm';
import { saveBlob } from '../../lib/download';
import { meApi } from '../../lib/endpoints';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../../stores/session';

type Busy = null | 'consent' | 'export' | 'delete';

/** The user's say over their data: lead consent, a copy of everything, and deletion. */
export function PrivacyControls() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const leadConsent = useSession((s) => s.user?.leadConsent ?? false);
  const { updateMe, deleteAccount } = useSession((s) => s.actions);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  // Shown at once while the server saves it; on failure the saved value comes back with a message.
  const [pendingConsent, setPendingConsent] = useState<boolean | null>(null);

  const run = async (what: Exclude<Busy, null>, task: () => Promise<void>) => {
    setBusy(what);
    setFailure(null);
    try {
      await task();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };

  const toggleConsent = (next: boolean) => {
    setPendingConsent(next);
    void run('consent', async () => void (await updateMe({ leadConsent: next }))).finally(() =>
      setPendingConsent(null),
    );
  };
  const exportData = () =>
    run('export', async () => saveBlob(await meApi.exportData(), 'pameran-my-data.json'));
  const deleteData = () =>
    run('delete', async () => {
      await deleteAccount();
      void navigate('/', { replace: true });
    });

  return (
    <div className="privacy">
      <label className="check">
        <input
          type="checkbox"
          data-testid="lead-consent"
          checked={pendingConsent ?? leadConsent}
          disabled={busy === 'consent'}
          onChange={(e) => toggleConsent(e.target.checked)}
        />
        <span>{t('privacy.consent')}</span>
      </label>
      <button
        type="button"
        className="menu__item"
        data-testid="export-data"
        disabled={busy === 'export'}
        onClick={() => void exportData()}
      >
        {busy === 'export' ? t('common.wait') : t('privacy.export')}
      </button>
      {confirming ? (
        <Confirm
          question={t('privacy.deleteConfirm')}
          yes={t('privacy.deleteYes')}
          busy={busy === 'delete'}
          testId="confirm-delete"
          onYes={() => void deleteData()}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="menu__item menu__item--danger"
          data-testid="delete-data"
          onClick={() => setConfirming(true)}
        >
          {t('privacy.delete')}
        </button>
      )}
      {failure !== null && (
        <p className="form__error" role="alert">
          {errorMessage(failure, t)}
        </p>
      )}
    </div>
  );
}
