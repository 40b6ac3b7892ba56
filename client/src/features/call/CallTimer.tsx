import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown, remaining } from './callTiming';

/** The slot's remaining time, every second; from 2 minutes before the end it turns into a spoken warning. */
export function CallTimer({ endsAt }: { endsAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = remaining(endsAt, now);

  return (
    <div className={`call-timer${left.warning ? ' call-timer--warning' : ''}`} data-testid="call-timer">
      <span
        className="call-timer__clock"
        aria-label={t('video.call.timeLeft', { time: formatCountdown(left.seconds) })}
      >
        {formatCountdown(left.seconds)}
      </span>
      {/* Only the warning is announced: a per-second live region would talk over the call. */}
      <span className="call-timer__warning" role="status" data-testid="call-warning">
        {left.warning && !left.over ? t('video.call.endsSoon', { count: Math.ceil(left.seconds / 60) }) : ''}
        {left.over ? t('video.call.slotOver') : ''}
      </span>
    </div>
  );
}
