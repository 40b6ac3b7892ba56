import { describe, expect, it } from 'vitest';
import { browserLanguage } from '.';

describe('first-visit language', () => {
  it('follows an English browser, and falls back to Indonesian for any other', () => {
    expect(browserLanguage(['en-GB', 'id'])).toBe('en');
    expect(browserLanguage(['EN'])).toBe('en');
    expect(browserLanguage(['ms-MY', 'en-US'])).toBe('id');
    expect(browserLanguage(['id-ID'])).toBe('id');
    expect(browserLanguage([])).toBe('id');
  });
});
