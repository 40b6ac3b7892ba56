import type { Party } from '@pameran/contracts';
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../i18n';
import { partyName } from './partyName';

const party = (extra: Partial<Party> = {}): Party => ({
  id: '7b0f2a60-0000-4000-8000-000000000001',
  name: 'Siti Rahma',
  company: 'Rahma Trading',
  country: 'MY',
  timeZone: null,
  ...extra,
});

describe('partyName', () => {
  it('names a person by their name, and an erased account as a deleted account in both languages', async () => {
    await i18n.changeLanguage('id');
    expect(partyName(party(), i18n.t)).toBe('Siti Rahma');
    const erased = party({ name: '', company: null, deleted: true });
    expect(partyName(erased, i18n.t)).toBe('Akun terhapus');
    await loadLanguage('en');
    await i18n.changeLanguage('en');
    expect(partyName(erased, i18n.t)).toBe('Deleted account');
    await i18n.changeLanguage('id');
  });
});
