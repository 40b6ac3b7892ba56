import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { outcomesApi } from '../../lib/outcomesApi';
import { FunnelView } from './FunnelView';
import { useFairSlug } from '../fair/useFairSlug';

/** The event's funnel on the organiser's dashboard (key under `console`, so it is cleared with it). */
export function ConsoleFunnel() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const funnel = useQuery({
    queryKey: ['console', 'funnel'],
    queryFn: ({ signal }) => outcomesApi.eventFunnel(slug, signal),
  });
  return (
    <AsyncContent result={funnel}>
      {(f) => <FunnelView funnel={f} title={t('outcomes.funnel.title')} />}
    </AsyncContent>
  );
}

/** The exhibitor's own funnel in the back office. */
export function BackofficeFunnel() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const funnel = useQuery({
    queryKey: ['backoffice', 'funnel'],
    queryFn: ({ signal }) => outcomesApi.myFunnel(slug, signal),
  });
  return (
    <AsyncContent result={funnel}>
      {(f) => <FunnelView funnel={f} title={t('outcomes.funnel.mineTitle')} />}
    </AsyncContent>
  );
}
