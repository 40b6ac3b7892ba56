import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFocusOnMount } from '../../lib/useFocusOnMount';
import type { CallEnd } from './callTiming';

interface EndScreenProps {
  end: CallEnd;
  /** Where the outcome is recorded (the deal form for a meeting); absent on the stage. */
  dealHref?: string;
  backHref: string;
  backLabel: string;
  /** Offered when the call is still on (left by mistake, connection lost). */
  onRejoin?: () => void;
}

/** After a call: why it ended, and the next step — record the deal, or rejoin when the slot is still running. */
export function EndScreen({ end, dealHref, backHref, backLabel, onRejoin }: EndScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="call-end card" data-testid="call-end" data-end={end} aria-labelledby="call-end-title">
      <h2 id="call-end-title" ref={heading} tabIndex={-1}>
        {t(`video.end.${end}.title`)}
      </h2>
      <p>{t(`video.end.${end}.text`)}</p>
      <div className="call-end__actions">
        {dealHref && (
          <Link className="button button--primary" to={dealHref} data-testid="record-deal">
            {t('video.end.recordDeal')}
          </Link>
        )}
        {onRejoin && end !== 'ended' && (
          <button type="button" className="button button--secondary" onClick={onRejoin} data-testid="rejoin">
            {t('video.end.rejoin')}
          </button>
        )}
        <Link className="button button--secondary" to={backHref}>
          {backLabel}
        </Link>
      </div>
    </section>
  );
}
