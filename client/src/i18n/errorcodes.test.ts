import { ERROR_CODES, ErrorCode, type ErrorFeature } from '@pameran/contracts';
import { describe, expect, it } from 'vitest';
import { english } from './english';
import { indonesian } from './resources';

const features = Object.keys(ERROR_CODES) as ErrorFeature[];

describe.each(['id', 'en'] as const)('error code messages (%s)', (lang) => {
  // Bundled with the app: any page may show an error.
  const messages = { id: indonesian, en: english }[lang].errorcodes as Record<
    string,
    Record<string, unknown> | undefined
  >;

  it('cover every code the server sends', () => {
    const missing = ErrorCode.options.filter((code) => {
      const feature = features.find((f) => (ERROR_CODES[f].options as string[]).includes(code))!;
      const text = messages[feature]?.[code];
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('hold no message for a code that is gone or sits under another feature', () => {
    const stray = Object.entries(messages).flatMap(([feature, codes]) =>
      Object.keys(codes ?? {})
        .filter(
          (code) => !(ERROR_CODES[feature as ErrorFeature]?.options as string[] | undefined)?.includes(code),
        )
        .map((code) => `${feature}.${code}`),
    );
    expect(stray).toEqual([]);
  });
});
