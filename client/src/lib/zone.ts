import { CATEGORY_COLOURS, type Category } from '@pameran/contracts';
import type { CSSProperties } from 'react';

/** The `--zone` custom property the styles use for a category's colour. */
export function zoneStyle(colourOrCategory: string | Category): CSSProperties {
  const colour = CATEGORY_COLOURS[colourOrCategory as Category] ?? colourOrCategory;
  return { '--zone': colour } as CSSProperties;
}
