import { Locale } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { setLanguage, useLanguage } from '../../i18n';
import { useSession } from '../../stores/session';

interface LanguageSwitchProps {
  /** `large` for the entry page's choice, `compact` (ID / EN) for the header. */
  variant?: 'compact' | 'large';
  testIdPrefix?: string;
}

/** Switch the UI language; a signed-in user's choice is also saved to their account. */
export function LanguageSwitch({ variant = 'compact', testIdPrefix = 'lang' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const signedIn = useSession((s) => s.user !== null);
  const { updateMe } = useSession((s) => s.actions);

  const choose = (next: Locale) => {
    setLanguage(next);
    if (signedIn) void updateMe({ locale: next }).catch(() => undefined); // a preference, not worth an error
  };

  return (
    <div className={`lang-switch lang-switch--${variant}`} role="group" aria-label={t('language.label')}>
      {Locale.options.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="lang-switch__option"
          aria-pressed={lang === option}
          data-testid={`${testIdPrefix}-${option}`}
          onClick={() => choose(option)}
        >
          {variant === 'large' ? t(`language.name.${option}`) : option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
