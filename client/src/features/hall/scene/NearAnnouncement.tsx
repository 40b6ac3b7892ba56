import type { BoothSummary } from '@pameran/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createNearAnnouncer } from './nearAnnouncer';

/**
 * A polite live region saying which booth the visitor has stopped at (name and zone, and that Enter goes
 * in), for screen-reader users walking the hall with the keys. The region is always rendered, so that a
 * change of its text is what gets announced.
 */
export function NearAnnouncement({ booths, near }: { booths: BoothSummary[]; near: number }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState(-1);
  const [announcer] = useState(() => createNearAnnouncer(setSaid));
  useEffect(() => announcer.update(near), [announcer, near]);
  useEffect(() => () => announcer.dispose(), [announcer]);

  const booth = booths[said];
  return (
    <p
      className="hall-sr-only"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="near-announcement"
    >
      {booth ? t('a11y.near', { name: booth.name, zone: t(`categories.${booth.category}`) }) : ''}
    </p>
  );
}
