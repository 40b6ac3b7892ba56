import { Locale, type LocalizedText } from '@pameran/contracts';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { indonesian, languageTexts, lazyTexts, type LazyFeature } from './resources';

export const LANGUAGE_KEY = 'pameran.lang';
export const DEFAULT_LANGUAGE: Locale = 'id';

/** The browser's first preferred language: English for any en-*, Indonesian for everything else. */
export function browserLanguage(
  preferred: readonly string[] | undefined = globalThis.navigator?.languages,
): Locale {
  return preferred?.[0]?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

/** The language chosen on this device (or the signed-in account's, kept here), else the browser's. */
function storedLanguage(): Locale {
  try {
    const parsed = Locale.safeParse(globalThis.localStorage?.getItem(LANGUAGE_KEY));
    return parsed.success ? parsed.data : browserLanguage();
  } catch {
    return browserLanguage(); // storage blocked (private mode, embedded webviews)
  }
}

function reflectLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

void i18n.use(initReactI18next).init({
  resources: { id: { translation: indonesian } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});
reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

/** A language's texts in i18next: Indonesian is bundled, English is fetched once, the first time. */
const loadedLanguages = new Map<Locale, Promise<void>>([[DEFAULT_LANGUAGE, Promise.resolve()]]);
export function loadLanguage(lng: Locale): Promise<void> {
  let loading = loadedLanguages.get(lng);
  if (!loading) {
    loading = languageTexts().then(
      (texts) => {
        i18n.addResourceBundle(lng, 'translation', texts, true, true);
      },
      (error: unknown) => {
        loadedLanguages.delete(lng); // offline for a moment: the next choice tries again
        throw error;
      },
    );
    loadedLanguages.set(lng, loading);
  }
  return loading;
}

/**
 * The stored language's texts are in: render after this, so an English reader never sees Indonesian
 * first. Should English fail to load, the Indonesian fallback shows rather than nothing.
 */
export const languageReady: Promise<void> = loadLanguage(storedLanguage()).then(
  () => i18n.changeLanguage(storedLanguage()).then(() => undefined),
  () => undefined,
);

/** Switch the UI language once its texts are in, and remember it on this device. */
export function setLanguage(lng: Locale): void {
  void loadLanguage(lng).then(
    () => {
      try {
        localStorage.setItem(LANGUAGE_KEY, lng);
      } catch {
        // not persisted; the choice still holds for this visit
      }
      return i18n.changeLanguage(lng);
    },
    () => undefined, // could not fetch the texts (offline): stay in the current language; choosing again retries
  );
}

/**
 * Follow a signed-in account's language (its `locale`), which a manual switch keeps up to date: the
 * account wins over the device and the browser from sign-in on.
 */
export function followAccountLanguage(locale: Locale): void {
  if (locale !== currentLanguage()) setLanguage(locale);
}

/** Add a lazy feature's texts (both languages) before its pages render; loaded once. */
const loadedFeatures = new Map<LazyFeature, Promise<void>>();
export function loadFeatureTexts(feature: LazyFeature): Promise<void> {
  let loading = loadedFeatures.get(feature);
  if (!loading) {
    loading = lazyTexts(feature).then((texts) => {
      i18n.addResourceBundle('id', 'translation', texts.id, true, true);
      i18n.addResourceBundle('en', 'translation', texts.en, true, true);
    });
    loadedFeatures.set(feature, loading);
  }
  return loading;
}

/** The current UI language as a contracts Locale. */
export function currentLanguage(): Locale {
  const parsed = Locale.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

/** Current language plus a picker for server texts stored in both languages. */
export function useLanguage() {
  const { i18n: instance } = useTranslation();
  const parsed = Locale.safeParse(instance.resolvedLanguage ?? instance.language);
  const lang: Locale = parsed.success ? parsed.data : DEFAULT_LANGUAGE;
  const pick = (text: LocalizedText): string => text[lang] || text.id;
  return { lang, pick };
}

export default i18n;
