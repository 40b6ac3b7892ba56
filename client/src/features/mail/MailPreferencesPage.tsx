import { MailKind, MANDATORY_MAIL_KINDS, type MailPreferences } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import '../../styles/mail.css';
import { mailApi } from './mailApi';

/** `/settings/mail`: one switch per kind of mail; reminders are shown on and locked. */
export function MailPreferencesPage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const data = useAsync(user && !user.isGuest ? `mail-preferences:${user.id}` : null, (signal) =>
    mailApi.preferences(signal),
  );
  if (!user || user.isGuest) return <Navigate to="/login?next=/settings/mail" replace />;
  return (
    <div className="narrow" data-testid="mail-preferences-page">
      <section className="card">
        <h1>{t('mail.preferences.title')}</h1>
        <p className="muted">{t('mail.preferences.intro', { email: user.email ?? '' })}</p>
        <AsyncContent result={data}>{(prefs) => <Switches initial={prefs} />}</AsyncContent>
      </section>
    </div>
  );
}

function Switches({ initial }: { initial: MailPreferences }) {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState(initial);
  const [saving, setSaving] = useState<MailKind | null>(null);
  const [failed, setFailed] = useState(false);

  async function toggle(kind: MailKind, enabled: boolean) {
    const before = prefs;
    // The switch moves at once; the server's answer (or a failure) settles it.
    setPrefs({ kinds: { ...prefs.kinds, [kind]: enabled } });
    setSaving(kind);
    setFailed(false);
    try {
      setPrefs(await mailApi.update({ kinds: { [kind]: enabled } }));
    } catch {
      setPrefs(before);
      setFailed(true);
    } finally {
      setSaving(null);
    }
  }

  return (
    <ul className="mail-prefs">
      {MailKind.options.map((kind) => {
        const locked = MANDATORY_MAIL_KINDS.includes(kind);
        return (
          <li key={kind} className="mail-prefs__row">
            <label>
              <input
                type="checkbox"
                checked={prefs.kinds[kind]}
                disabled={locked || saving === kind}
                onChange={(e) => void toggle(kind, e.target.checked)}
                data-testid={`mail-pref-${kind}`}
              />{' '}
              <strong>{t(`mail.kinds.${kind}.label`)}</strong>
            </label>
            <p className="muted">{t(locked ? 'mail.preferences.locked' : `mail.kinds.${kind}.hint`)}</p>
          </li>
        );
      })}
      {failed ? (
        <li className="form__error" role="alert">
          {t('mail.preferences.failed')}
        </li>
      ) : null}
    </ul>
  );
}
