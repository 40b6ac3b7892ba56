import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { BoothPage } from './features/catalogue/BoothPage';
import { CataloguePage } from './features/catalogue/CataloguePage';
import { CategoryPage } from './features/catalogue/CategoryPage';
import { EntryPage } from './features/entry/EntryPage';
import { FairLayout } from './features/fair/FairLayout';
import { FrontPage } from './features/fair/FrontPage';
import { loadEntryForms, preloadEntryForms } from './features/entry/loadEntryForms';
import { AppFrame } from './features/frame/AppFrame';
import { ErrorPage } from './features/frame/ErrorPage';
import { NotFoundPage } from './features/frame/NotFoundPage';
import { HallPage } from './features/hall/HallPage';
import { AgendaPage } from './features/schedule/AgendaPage';
import { loadFeatureTexts } from './i18n';

const page =
  <T,>(load: () => Promise<T>, pick: (m: T) => ComponentType) =>
  () =>
    load().then((m) => ({ Component: pick(m) }));

/**
 * The pages of one fair, under `/e/:slug` (docs/decisions/0027-client-by-slug.md): the fair comes from the
 * address, never from a default. What a first visit needs (the fair's entry, hall, catalogue, booth, agenda)
 * is in the first download, except the entry's forms, which come just after it (`loadEntryForms.ts`); the rest
 * (matching, the 3D scene, calls, back office, console) are chunks loaded when first opened.
 */
const fairRoutes: RouteObject[] = [
  { index: true, element: <EntryPage /> },
  { path: 'hall', element: <HallPage /> },
  { path: 'hall/list', element: <HallPage list /> },
  { path: 'catalogue', element: <CataloguePage /> },
  { path: 'catalogue/:category', element: <CategoryPage /> },
  { path: 'booths/:id', element: <BoothPage /> },
  { path: 'agenda', element: <AgendaPage /> },
  {
    path: 'console/schedule',
    lazy: page(
      () => import('./features/schedule/OrganiserSchedulePage'),
      (m) => m.OrganiserSchedulePage,
    ),
  },
  {
    path: 'exhibitor/*',
    lazy: () =>
      Promise.all([import('./features/exhibitor/ExhibitorRoutes'), loadFeatureTexts('backoffice')]).then(
        ([m]) => ({
          Component: m.ExhibitorRoutes,
        }),
      ),
  },
  {
    path: 'meetings',
    lazy: page(
      () => import('./features/matching/MeetingsPage'),
      (m) => m.MeetingsPage,
    ),
  },
  {
    path: 'meetings/new',
    lazy: page(
      () => import('./features/matching/RequestMeetingPage'),
      (m) => m.RequestMeetingPage,
    ),
  },
  {
    path: 'meetings/:id/call',
    lazy: page(
      () => import('./features/call/CallPage'),
      (m) => m.CallPage,
    ),
  },
  {
    path: 'stage/:sessionId',
    lazy: page(
      () => import('./features/stage/StagePage'),
      (m) => m.StagePage,
    ),
  },
  {
    path: 'messages/:threadId?',
    lazy: page(
      () => import('./features/messages/MessagesPage'),
      (m) => m.MessagesPage,
    ),
  },
  {
    path: 'deals',
    lazy: page(
      () => import('./features/matching/DealsPage'),
      (m) => m.DealsPage,
    ),
  },
  {
    path: 'sourcing',
    lazy: page(
      () => import('./features/matching/SourcingPage'),
      (m) => m.SourcingPage,
    ),
  },
  {
    path: 'shortlist',
    lazy: page(
      () => import('./features/matching/ShortlistPage'),
      (m) => m.ShortlistPage,
    ),
  },
  {
    path: 'console/matching',
    lazy: page(
      () => import('./features/matching/OrganiserMatchingPage'),
      (m) => m.OrganiserMatchingPage,
    ),
  },
  {
    path: 'me/badge',
    lazy: page(
      () => import('./features/onsite/BadgePage'),
      (m) => m.BadgePage,
    ),
  },
  {
    path: 'tables/:id',
    lazy: page(
      () => import('./features/onsite/TablePage'),
      (m) => m.TablePage,
    ),
  },
  {
    path: 'console/qr',
    lazy: page(
      () => import('./features/onsite/QrSheetsPage'),
      (m) => m.QrSheetsPage,
    ),
  },
  {
    path: 'console/fair',
    lazy: page(
      () => import('./features/fairs/FairSettingsPage'),
      (m) => m.FairSettingsPage,
    ),
  },
  {
    path: 'console/*',
    lazy: () =>
      Promise.all([import('./features/console/ConsoleRoutes'), loadFeatureTexts('console')]).then(([m]) => ({
        Component: m.ConsoleRoutes,
      })),
  },
  { path: '*', element: <NotFoundPage /> },
];

/** Pages of a person's account, in no fair: they lead back to the fair the person came from. */
const accountRoutes: RouteObject[] = [
  { path: 'login', lazy: () => loadEntryForms().then((m) => ({ Component: m.LoginPage })) },
  {
    path: 'forgot-password',
    lazy: page(
      () => import('./features/entry/ForgotPasswordPage'),
      (m) => m.ForgotPasswordPage,
    ),
  },
  {
    path: 'reset-password',
    lazy: page(
      () => import('./features/entry/ResetPasswordPage'),
      (m) => m.ResetPasswordPage,
    ),
  },
  {
    path: 'register',
    lazy: page(
      () => import('./features/entry/RegisterPage'),
      (m) => m.RegisterPage,
    ),
  },
  {
    path: 'upgrade',
    lazy: page(
      () => import('./features/entry/UpgradePage'),
      (m) => m.UpgradePage,
    ),
  },
  {
    path: 'me/profile',
    lazy: page(
      () => import('./features/matching/BuyerProfilePage'),
      (m) => m.BuyerProfilePage,
    ),
  },
  {
    path: 'settings/mail',
    lazy: page(
      () => import('./features/mail/MailPreferencesPage'),
      (m) => m.MailPreferencesPage,
    ),
  },
  {
    path: 'unsubscribe',
    lazy: page(
      () => import('./features/mail/UnsubscribePage'),
      (m) => m.UnsubscribePage,
    ),
  },
  {
    path: 'platform/fairs',
    lazy: page(
      () => import('./features/fairs/PlatformFairsPage'),
      (m) => m.PlatformFairsPage,
    ),
  },
];

/**
 * Addresses from the days of one fair (`/hall`, `/agenda`, …): they name no fair, so they lead to the front
 * page, which lists them all.
 */
const LEGACY_FAIR_PATHS = [
  'hall/*',
  'catalogue/*',
  'booths/*',
  'agenda',
  'organiser/*',
  'exhibitor/*',
  'meetings/*',
  'stage/*',
  'messages/*',
  'deals',
  'sourcing',
  'shortlist',
  'me/badge',
  'tables/*',
];
const legacyRoutes: RouteObject[] = [
  // A staff invitation names its fair through its token: it opens that fair's join page.
  {
    path: 'exhibitor/join',
    lazy: () =>
      Promise.all([import('./features/exhibitor/LegacyJoinPage'), loadFeatureTexts('backoffice')]).then(
        ([m]) => ({ Component: m.LegacyJoinPage }),
      ),
  },
  ...LEGACY_FAIR_PATHS.map((path) => ({ path, element: <Navigate to="/" replace /> })),
];

/** Every page, inside the app frame: the front page, the account's pages, and each fair's. */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <FrontPage /> },
      ...accountRoutes,
      { path: 'e/:slug', element: <FairLayout />, children: fairRoutes },
      ...legacyRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);
preloadEntryForms(globalThis.location.pathname);

export function App() {
  return <RouterProvider router={router} />;
}
