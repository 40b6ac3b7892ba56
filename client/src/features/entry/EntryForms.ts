/** The forms of the entry and sign-in pages, loaded as one chunk with the form kit (see `loadEntryForms.ts`). */
export { GuestForm } from './GuestForm';
export { LoginPage } from './LoginPage';
