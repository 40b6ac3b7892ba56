import en from './en.json';
import a11yEn from './features/a11y.en.json';
import auditionEn from './features/audition.en.json';
import applyagainEn from './features/applyagain.en.json';
import directoryEn from './features/directory.en.json';
import errorcodesEn from './features/errorcodes.en.json';
import hallviewEn from './features/hallview.en.json';
import mailEn from './features/mail.en.json';
import matchingEn from './features/matching.en.json';
import outcomesEn from './features/outcomes.en.json';
import suggestEn from './features/suggest.en.json';
import messagesEn from './features/messages.en.json';
import onsiteEn from './features/onsite.en.json';
import videoEn from './features/video.en.json';
import talkEn from './features/talk.en.json';
import stageEn from './features/stage.en.json';
import fairsiteEn from './features/fairsite.en.json';
import fairsEn from './features/fairs.en.json';
import fairRightsEn from './features/fairrights.en.json';

/** English: the same texts as `indonesian` (resources.ts), a chunk of its own loaded when a reader picks it. */
export const english = {
  ...en,
  ...matchingEn,
  ...hallviewEn,
  ...videoEn,
  ...errorcodesEn,
  ...directoryEn,
  ...outcomesEn,
  ...suggestEn,
  ...messagesEn,
  ...mailEn,
  ...a11yEn,
  ...talkEn,
  ...onsiteEn,
  ...stageEn,
  ...auditionEn,
  ...fairsiteEn,
  ...fairsEn,
  ...fairRightsEn,
  ...applyagainEn,
};
