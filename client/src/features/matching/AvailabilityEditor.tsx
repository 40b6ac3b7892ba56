import type { SlotOption } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { SlotPicker } from './SlotPicker';
import { ActionError } from './useAction';
import { useFairSlug } from '../fair/useFairSlug';
import { useFairRights } from '../fair/fairRights';

/** Consecutive chosen slots become one window. */
export function toWindows(slots: SlotOption[], chosen: string[]): { start: string; end: string }[] {
  const windows: { start: string; end: string }[] = [];
  for (const s of slots.filter((x) => chosen.includes(x.start))) {
    const last = windows.at(-1);
    if (last && Date.parse(s.start) - Date.parse(last.end) <= 15 * 60_000) last.end = s.end;
    else windows.push({ start: s.start, end: s.end });
  }
  return windows;
}

/** The exhibitor picks the business-matching slots in which the booth can meet (none picked = every slot). */
export function AvailabilityEditor() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const { exhibitorId } = useFairRights();
  const data = useAsync(exhibitorId ? `availability:${exhibitorId}` : null, async (signal) => {
    const [slots, current] = await Promise.all([
      meetingsApi.slotsWith(exhibitorId!, signal),
      meetingsApi.availability(slug, signal),
    ]);
    const inside = (s: SlotOption) =>
      current.windows.length === 0 ||
      current.windows.some(
        (w) => Date.parse(w.start) <= Date.parse(s.start) && Date.parse(s.end) <= Date.parse(w.end),
      );
    return {
      slots: slots.map((s) => ({ ...s, free: true })),
      chosen: slots.filter(inside).map((s) => s.start),
    };
  });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);
  // Never rejects: a refusal is kept and shown under the card.
  const save = async (windows: { start: string; end: string }[]) => {
    setStatus('saving');
    setError(null);
    try {
      await meetingsApi.setAvailability(slug, windows);
      setStatus('saved');
    } catch (e) {
      setError(e);
      setStatus('idle');
    }
  };

  return (
    <section className="card" data-testid="availability-editor">
      <h2>{t('matching.availability.title')}</h2>
      <p className="muted">{t('matching.availability.hint')}</p>
      <AsyncContent result={data}>
        {({ slots, chosen: initial }) => (
          <>
            <SlotPicker
              name="availability"
              multiple
              slots={slots}
              selected={chosen ?? initial}
              onChange={setChosen}
            />
            <button
              type="button"
              className="button button--primary"
              disabled={status === 'saving'}
              onClick={() => void save(toWindows(slots, chosen ?? initial))}
            >
              {status === 'saved' ? t('matching.availability.saved') : t('matching.availability.save')}
            </button>
          </>
        )}
      </AsyncContent>
      <ActionError error={error} />
    </section>
  );
}
