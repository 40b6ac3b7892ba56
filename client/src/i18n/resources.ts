import en from './en.json';
import backofficeEn from './features/backoffice.en.json';
import backofficeId from './features/backoffice.id.json';
import consoleEn from './features/console.en.json';
import consoleId from './features/console.id.json';
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
 */
export const resources = {
  id: { ...id, ...matchingId, ...hallviewId, ...backofficeId, ...consoleId, ...videoId },
  en: { ...en, ...matchingEn, ...hallviewEn, ...backofficeEn, ...consoleEn, ...videoEn },
};
