import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A 1–5 rating as a group of native radio buttons drawn as stars: Tab reaches the group, the arrow keys
 * move the choice, and a screen reader reads "3 of 5". Big enough to tap on a phone.
 */
export function RatingInput({ value, onChange }: { value: number; onChange(v: number): void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="rating" data-testid="rating">
      <legend>{t('outcomes.form.rating')}</legend>
      <div className="rating__stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={n <= value ? 'rating__star rating__star--on' : 'rating__star'}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              required
            />
            <span aria-hidden="true">★</span>
            <span className="rating__text">{t('outcomes.form.stars', { count: n })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
