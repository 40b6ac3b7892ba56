import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useAsync } from '../../lib/useAsync';
import '../../styles/mail.css';
import { mailApi } from './mailApi';

/**
 * `/unsubscribe?token=…`: the link at the foot of a mail, no sign-in needed. Opening it changes nothing
 * (mail scanners open every link); the button turns that kind of mail off.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);
  const check = useAsync(token ? `unsubscribe:${token}` : null, (signal) =>
    mailApi.checkUnsubscribe(token, signal),
  );

  async function confirm() {
    setFailed(false);
    try {
      await mailApi.unsubscribe(token);
      setDone(true);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="narrow" data-testid="unsubscribe-page">
      <section className="card">
        <h1>{t('mail.unsubscribe.title')}</h1>
        {!token ? (
          <p className="form__error" role="alert">
            {t('mail.unsubscribe.invalid')}
          </p>
        ) : (
          <AsyncContent result={check}>
            {({ kind }) =>
              done ? (
                <p role="status" data-testid="unsubscribe-done">
                  {t('mail.unsubscribe.done', {
                    kind: t(`mail.kinds.${kind}.label` as 'mail.kinds.campaign.label'),
                  })}
                </p>
              ) : (
                <>
                  <p>
                    {t('mail.unsubscribe.ask', {
                      kind: t(`mail.kinds.${kind}.label` as 'mail.kinds.campaign.label'),
                    })}
                  </p>
                  {failed ? (
                    <p className="form__error" role="alert">
                      {t('mail.unsubscribe.invalid')}
                    </p>
                  ) : null}
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void confirm()}
                    data-testid="unsubscribe-confirm"
                  >
                    {t('mail.unsubscribe.confirm')}
                  </button>
                </>
              )
            }
          </AsyncContent>
        )}
        <p className="muted">
          <Link to="/settings/mail">{t('mail.unsubscribe.all')}</Link>
        </p>
      </section>
    </div>
  );
}
