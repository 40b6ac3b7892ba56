import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useReturnFocus } from './useReturnFocus';

/** A panel like the booth panel: focus moves to its heading when it opens; Escape closes it. */
function Panel({ onClose, fallback }: { onClose(): void; fallback?: string }) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useReturnFocus(panel, fallback);
  useEffect(() => heading.current?.focus(), []);
  return (
    <aside ref={panel} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 ref={heading} tabIndex={-1}>
        Booth
      </h2>
      <button type="button" onClick={onClose}>
        close
      </button>
    </aside>
  );
}

function Page({ fallback, openerGoes = false }: { fallback?: string; openerGoes?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div tabIndex={0} data-testid="hall">
        hall
      </div>
      {!(openerGoes && open) && (
        <button type="button" onClick={() => setOpen(true)}>
          open
        </button>
      )}
      <button type="button" onClick={() => setOpen(false)}>
        elsewhere
      </button>
      {open && <Panel onClose={() => setOpen(false)} fallback={fallback} />}
    </>
  );
}

function openWithKeyboard() {
  const opener = screen.getByText('open');
  opener.focus();
  act(() => opener.click());
  expect(document.activeElement).toBe(screen.getByText('Booth'));
  return opener;
}

describe('focus return from a panel', () => {
  it('gives focus back to the opener when Escape closes the panel', () => {
    render(<Page />);
    const opener = openWithKeyboard();
    fireEvent.keyDown(screen.getByText('Booth'), { key: 'Escape' });
    expect(screen.queryByText('Booth')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives focus back to the opener when the close button closes it', () => {
    render(<Page />);
    const opener = openWithKeyboard();
    const close = screen.getByText('close');
    close.focus();
    act(() => close.click());
    expect(document.activeElement).toBe(opener);
  });

  it('falls back to the given element when the opener is gone', () => {
    render(<Page openerGoes fallback="[data-testid=hall]" />);
    openWithKeyboard();
    fireEvent.keyDown(screen.getByText('Booth'), { key: 'Escape' });
    expect(document.activeElement).toBe(screen.getByTestId('hall'));
  });

  it('leaves focus where the visitor moved it outside the panel (no trap, no theft)', () => {
    render(<Page />);
    openWithKeyboard();
    const elsewhere = screen.getByText('elsewhere'); // e.g. the hall's search, picking another booth
    elsewhere.focus();
    act(() => elsewhere.click());
    expect(screen.queryByText('Booth')).toBeNull();
    expect(document.activeElement).toBe(elsewhere);
  });
});
