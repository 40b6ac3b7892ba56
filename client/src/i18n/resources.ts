import a11yId from './features/a11y.id.json';
import auditionId from './features/audition.id.json';
import applyagainId from './features/applyagain.id.json';
import type backofficeId from './features/backoffice.id.json';
import type consoleId from './features/console.id.json';
import directoryId from './features/directory.id.json';
import errorcodesId from './features/errorcodes.id.json';
import hallviewId from './features/hallview.id.json';
import mailId from './features/mail.id.json';
import matchingId from './features/matching.id.json';
import outcomesId from './features/outcomes.id.json';
import suggestId from './features/suggest.id.json';
import messagesId from './features/messages.id.json';
import onsiteId from './features/onsite.id.json';
import videoId from './features/video.id.json';
import talkId from './features/talk.id.json';
import stageId from './features/stage.id.json';
import fairsiteId from './features/fairsite.id.json';
import fairsId from './features/fairs.id.json';
import fairRightsId from './features/fairrights.id.json';
import id from './id.json';

/**
 * Every message a visitor may need, in Indonesian: the shell's own file plus one file per feature (each
 * with a single top-level key named after the feature), so features can grow their texts without touching
 * each other's. Indonesian is bundled: it is the fair's default language and the fallback for a missing
 * key. English (`english.ts`) is the same set, loaded as one chunk the first time a reader picks it, so
 * the first download carries one language. The back office's and the console's texts come with their lazy
 * pages (`loadFeatureTexts`), so a visitor's phone never downloads them. The messages for the server's
 * error codes (`errorcodes`) are bundled: any page may show one.
 */
export const indonesian = {
  ...id,
  ...matchingId,
  ...hallviewId,
  ...videoId,
  ...errorcodesId,
  ...directoryId,
  ...outcomesId,
  ...suggestId,
  ...messagesId,
  ...mailId,
  ...a11yId,
  ...talkId,
  ...onsiteId,
  ...stageId,
  ...auditionId,
  ...fairsiteId,
  ...fairsId,
  ...fairRightsId,
  ...applyagainId,
};

/** The texts of a language that is not bundled. */
export async function languageTexts(): Promise<typeof indonesian> {
  return (await import('./english')).english;
}

/** Features whose texts load with their pages. */
export type LazyFeature = 'backoffice' | 'console';

/** The type of every message, lazy ones included (what `t()` accepts). */
export type AllMessages = typeof indonesian & typeof backofficeId & typeof consoleId;

/** The texts of a lazy feature in both languages. */
export async function lazyTexts(feature: LazyFeature): Promise<{ id: object; en: object }> {
  const [idTexts, enTexts] =
    feature === 'console'
      ? await Promise.all([import('./features/console.id.json'), import('./features/console.en.json')])
      : await Promise.all([import('./features/backoffice.id.json'), import('./features/backoffice.en.json')]);
  return { id: idTexts.default, en: enTexts.default };
}
