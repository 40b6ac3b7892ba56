import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useFairRightsStore } from '../features/fair/fairRights';
import i18n, { loadLanguage } from '../i18n';

// The app fetches English when a reader picks it; tests switch language at will.
await loadLanguage('en');
// jsdom's browser prefers en-US, which a first visit now follows: tests start in the fair's default language.
await i18n.changeLanguage('id');

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
  useFairRightsStore.setState({ round: 0, entries: {} });
  void i18n.changeLanguage('id');
});
