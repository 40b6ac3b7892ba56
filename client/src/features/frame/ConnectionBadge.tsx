import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../stores/connection';

/** The live hall link, shown only while it is not simply fine (idle pages never open it). */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const state = useConnectionState();
  if (state === 'idle' || state === 'connected') return null;
  return (
    <span className={`badge badge--connection badge--${state}`} role="status" data-testid="connection-state">
      {t(`connection.${state}`)}
    </span>
  );
}
