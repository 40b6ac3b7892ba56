import en from './en.json';
import type backofficeId from './features/backoffice.id.json';
import type consoleId from './features/console.id.json';
import errorcodesEn from './features/errorcodes.en.json';
import errorcodesId from './features/errorcodes.id.json';
import hallviewEn from './features/hallview.en.json';
import hallviewId from './features/hallview.id.json';
import matchingEn from './features/matching.en.json';
import matchingId from './features/matching.id.json';
import videoEn from './features/video.en.json';
import videoId from './features/video.id.json';
import id from './id.json';

/**
 * Every message, per language: the shell's own file plus one file per feature (each with a single
 * top-level key named after the feature), so features can grow their texts without touching each other's.
 * What visitors need is bundled; the back office's and the console's texts come with their lazy pages
 * (`loadFeatureTexts`), so a visitor's phone never downloads them. The messages for the server's error
 * codes (`errorcodes`) are bundled: any page may show one.
 */
export const resources = {
  id: { ...id, ...matchingId, ...hallviewId, ...videoId, ...errorcodesId },
  en: { ...en, ...matchingEn, ...hallviewEn, ...videoEn, ...errorcodesEn },
};

/** Features whose texts load with their pages. */
export type LazyFeature = 'backoffice' | 'console';

/** The type of every message, lazy ones included (what `t()` accepts). */
export type AllMessages = typeof resources.id & typeof backofficeId & typeof consoleId;

/** The texts of a lazy feature in both languages. */
export async function lazyTexts(feature: LazyFeature): Promise<{ id: object; en: object }> {
  const [idTexts, enTexts] =
    feature === 'console'
      ? await Promise.all([import('./features/console.id.json'), import('./features/console.en.json')])
      : await Promise.all([import('./features/backoffice.id.json'), import('./features/backoffice.en.json')]);
  return { id: idTexts.default, en: enTexts.default };
}
