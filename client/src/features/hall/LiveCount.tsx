import { useTranslation } from 'react-i18next';
import { useBoothCount } from '../../stores/hall/booths';

/** "3 here now" beside a booth, updated live; nothing when the booth is empty. */
export function LiveCount({ boothId, compact }: { boothId: string; compact?: boolean }) {
  const { t } = useTranslation();
  const count = useBoothCount(boothId);
  if (count <= 0) return null;
  const label = t('hallview.live', { count });
  return (
    <span className="live-count" data-testid="live-count" title={label} aria-label={label}>
      <span className="live-count__dot" aria-hidden="true" />
      {compact ? <span aria-hidden="true">{count}</span> : label}
    </span>
  );
}
