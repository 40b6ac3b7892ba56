import type { SlotOption } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { dayLabel, SlotLabel } from './SlotLabel';
import { useFairZone } from '../fair/useFairTime';

interface SlotPickerProps {
  slots: SlotOption[];
  selected: string[];
  /** Pick one slot (radio) or several (checkboxes). */
  multiple?: boolean;
  max?: number;
  onChange(selected: string[]): void;
  name: string;
}

/** Free slots grouped by day; taken ones are shown but cannot be picked. */
export function SlotPicker({
  slots,
  selected,
  multiple = false,
  max = Infinity,
  onChange,
  name,
}: SlotPickerProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const zone = useFairZone();
  if (slots.length === 0) return <p className="notice notice--empty">{t('matching.slots.none')}</p>;
  const days = new Map<string, SlotOption[]>();
  for (const s of slots) {
    const label = dayLabel(s.start, lang, zone);
    days.set(label, [...(days.get(label) ?? []), s]);
  }
  const toggle = (start: string) => {
    if (!multiple) return onChange([start]);
    if (selected.includes(start)) return onChange(selected.filter((s) => s !== start));
    if (selected.length < max) onChange([...selected, start]);
  };
  return (
    <div className="slot-picker" data-testid={`slot-picker-${name}`}>
      {[...days.entries()].map(([day, daySlots]) => (
        <fieldset key={day} className="slot-picker__day">
          <legend>{day}</legend>
          {daySlots.map((s) => (
            <label key={s.start} className={`slot-picker__slot${s.free ? '' : ' slot-picker__slot--taken'}`}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={s.start}
                disabled={!s.free}
                checked={selected.includes(s.start)}
                onChange={() => toggle(s.start)}
                data-testid="slot-option"
              />
              <SlotLabel start={s.start} end={s.end} day={false} />
              {!s.free && <span className="muted"> · {t('matching.slots.taken')}</span>}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
