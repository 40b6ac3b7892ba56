import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n from '../i18n';

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
  void i18n.changeLanguage('id');
});
