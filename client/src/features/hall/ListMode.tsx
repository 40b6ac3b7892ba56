import { CATEGORIES, regionLabel, type BoothSummary, type Category } from '@pameran/contracts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneStyle } from '../../lib/zone';
import { useHallBooths } from '../../stores/hall/booths';
import { LiveCount } from './LiveCount';

interface ListModeProps {
  booths: BoothSummary[];
  selected: string | null;
  onOpen(boothId: string): void;
}

function zoneOf(booths: BoothSummary[], id: string | null): Category | null {
  return booths.find((b) => b.id === id)?.category ?? null;
}

/** The fair without WebGL: zones (one per category) → booths with their live counts → the booth panel. */
export function ListMode({ booths, selected, onOpen }: ListModeProps) {
  const { t } = useTranslation();
  const zones = useMemo(
    () =>
      CATEGORIES.map((category) => ({
        category,
        booths: booths.filter((b) => b.category === category).sort((a, b) => a.name.localeCompare(b.name)),
      })).filter((z) => z.booths.length > 0),
    [booths],
  );
  const [open, setOpen] = useState<Set<Category>>(() => new Set(zones[0] ? [zones[0].category] : []));
  // Arriving at a booth (search, shared link) opens its zone.
  const selectedZone = zoneOf(booths, selected);
  const [shownZone, setShownZone] = useState<Category | null>(null);
  if (selectedZone && selectedZone !== shownZone) {
    setShownZone(selectedZone);
    setOpen((s) => new Set(s).add(selectedZone));
  }
  if (open.size === 0 && zones[0] && shownZone === null) {
    setShownZone(zones[0].category);
    setOpen(new Set([zones[0].category]));
  }
  useEffect(() => {
    if (selected) document.getElementById(`list-booth-${selected}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const toggle = (c: Category) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(c)) next.add(c);
      return next;
    });

  return (
    <div className="hall-list" data-testid="hall-list">
      {zones.map(({ category, booths: inZone }) => {
        const expanded = open.has(category);
        const panelId = `zone-${category}`;
        return (
          <section key={category} className="hall-list__zone" style={zoneStyle(category)}>
            <h2 className="hall-list__heading">
              <button
                type="button"
                className="hall-list__toggle"
                aria-expanded={expanded}
                aria-controls={panelId}
                data-testid="zone-toggle"
                data-zone={category}
                onClick={() => toggle(category)}
              >
                <span className="hall-list__swatch" aria-hidden="true" />
                <span className="hall-list__zone-name">{t(`categories.${category}`)}</span>
                <ZoneCount booths={inZone} />
                <span className="hall-list__chevron" aria-hidden="true" />
              </button>
            </h2>
            {expanded && (
              <ul id={panelId} className="hall-list__booths">
                {inZone.map((b) => (
                  <li key={b.id} id={`list-booth-${b.id}`}>
                    <button
                      type="button"
                      className="hall-list__booth"
                      aria-current={b.id === selected ? 'true' : undefined}
                      data-testid="list-booth"
                      data-booth-id={b.id}
                      onClick={() => onOpen(b.id)}
                    >
                      <span className="hall-list__initial" aria-hidden="true">
                        {initials(b.name)}
                      </span>
                      <span className="hall-list__text">
                        <strong>{b.name}</strong>
                        <span className="muted">
                          {regionLabel(b.region)} · {t('booth.products', { count: b.productCount })}
                        </span>
                      </span>
                      <LiveCount boothId={b.id} compact />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** "12 booths · 7 people" for a zone's heading. */
function ZoneCount({ booths }: { booths: BoothSummary[] }) {
  const { t } = useTranslation();
  const people = useHallBooths((s) => booths.reduce((n, b) => n + (s.occupancy[b.id] ?? 0), 0));
  return (
    <span className="hall-list__zone-count muted">
      {t('hallview.list.booths', { count: booths.length })}
      {people > 0 && ` · ${t('hallview.list.people', { count: people })}`}
    </span>
  );
}

/** Two letters for a pesantren, skipping "Pondok Pesantren": "Darul Arqam" → "DA". */
export function initials(name: string): string {
  const words = name
    .replace(/^(pondok\s+)?pesantren\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^[\p{L}\p{N}]/u.test(w));
  return (words[0]?.[0] ?? '?').toUpperCase() + (words[1]?.[0] ?? '').toUpperCase();
}
