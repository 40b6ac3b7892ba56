import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

/** The fair the component specs run in: its pages live under `/e/opop-2020`. */
export const FAIR = '/e/opop-2020';

/** A wrapper that renders inside a page of the test fair, for components that build links within it. */
export function InFair({ children }: { children: ReactNode }) {
  return <MemoryRouter initialEntries={[FAIR]}>{children}</MemoryRouter>;
}
