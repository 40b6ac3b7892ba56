/**
 * The guest and sign-in forms bring the form kit (react-hook-form) with them, which the rest of a first
 * visit (hall, list mode, catalogue, booth) never uses; so they come in their own small chunk, fetched as
 * soon as the app starts on a page that shows them, and the first download stays within its budget
 * (docs/decisions/0009-client-forms-and-server-state.md).
 */
let loading: ReturnType<typeof load> | undefined;

function load() {
  return import('./EntryForms');
}

export function loadEntryForms(): ReturnType<typeof load> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // a later render tries again (after a dropped connection, say)
    throw error;
  });
  return loading;
}

/** A fair's front door (`/e/:slug`, where the guest form is) or the sign-in page. */
const SHOWS_FORMS = /^\/(e\/[^/]+\/?|login)$/;

/** Start fetching the forms now when the app opens on a page that shows them. */
export function preloadEntryForms(pathname: string): void {
  if (!SHOWS_FORMS.test(pathname)) return;
  // A failed preload is not the user's problem yet: the page that renders the form loads it again and
  // shows the error there if it fails twice.
  loadEntryForms().catch(() => undefined);
}
