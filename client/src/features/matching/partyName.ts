import type { Party } from '@pameran/contracts';
import type { TFunction } from 'i18next';

/** How a party is named on screen: an erased account has no name left, so it reads "deleted account". */
export function partyName(party: Party, t: TFunction): string {
  return party.deleted ? t('privacy.deletedAccount') : party.name;
}
