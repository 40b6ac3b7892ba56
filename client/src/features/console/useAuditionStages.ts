import { DEFAULT_AUDITION_STAGES, type AuditionStage } from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useLanguage } from '../../i18n';
import { auditionQueries } from './auditionQueries';

/** A fair's stages as the audition screen uses them. */
export interface AuditionStagesView {
  keys: AuditionStage[];
  last: AuditionStage;
  label(key: AuditionStage): string;
}

/**
 * The fair's audition stages (docs/decisions/0035-fair-gaps.md): their keys in order, the last one (passing
 * it approves) and each one's name in the viewer's language. The default list stands in until it loads.
 */
export function useAuditionStages(slug: string): AuditionStagesView {
  const { pick } = useLanguage();
  const items = useQuery(auditionQueries.stages(slug)).data?.items ?? DEFAULT_AUDITION_STAGES;
  const keys = items.map((s) => s.key);
  const label = (key: AuditionStage) => {
    const stage = items.find((s) => s.key === key);
    return stage ? pick(stage.name) : key;
  };
  return { keys, last: keys[keys.length - 1], label };
}
