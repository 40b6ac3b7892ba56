import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { BoothPage } from './features/catalogue/BoothPage';
import { CataloguePage } from './features/catalogue/CataloguePage';
import { CategoryPage } from './features/catalogue/CategoryPage';
import { EntryPage } from './features/entry/EntryPage';
import { loadEntryForms, preloadEntryForms } from './features/entry/loadEntryForms';
import { AppFrame } from './features/frame/AppFrame';
import { ErrorPage } from './features/frame/ErrorPage';
import { NotFoundPage } from './features/frame/NotFoundPage';
import { HallPage } from './features/hall/HallPage';
import { AgendaPage } from './features/schedule/AgendaPage';
import { loadFeatureTexts } from './i18n';

/**
 * Every page, inside the app frame. The catalogue needs no session: shared booth links just open. What a
 * first visit needs (entry, hall, catalogue, booth, agenda) is in the first download, except the entry's
 * forms, which come just after it (`loadEntryForms.ts`); the rest (accounts, matching, the 3D scene, calls,
 * back office, console) are chunks loaded when first opened.
 */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <EntryPage /> },
      { path: 'login', lazy: () => loadEntryForms().then((m) => ({ Component: m.LoginPage })) },
      {
        path: 'forgot-password',
        lazy: () =>
          import('./features/entry/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
      },
      {
        path: 'reset-password',
        lazy: () =>
          import('./features/entry/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })),
      },
      {
        path: 'register',
        lazy: () => import('./features/entry/RegisterPage').then((m) => ({ Component: m.RegisterPage })),
      },
      {
        path: 'upgrade',
        lazy: () => import('./features/entry/UpgradePage').then((m) => ({ Component: m.UpgradePage })),
      },
      { path: 'hall', element: <HallPage /> },
      { path: 'hall/list', element: <HallPage list /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'catalogue/:category', element: <CategoryPage /> },
      { path: 'booths/:id', element: <BoothPage /> },
      { path: 'agenda', element: <AgendaPage /> },
      {
        path: 'organiser/schedule',
        lazy: () =>
          import('./features/schedule/OrganiserSchedulePage').then((m) => ({
            Component: m.OrganiserSchedulePage,
          })),
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
        lazy: () => import('./features/matching/MeetingsPage').then((m) => ({ Component: m.MeetingsPage })),
      },
      {
        path: 'meetings/new',
        lazy: () =>
          import('./features/matching/RequestMeetingPage').then((m) => ({ Component: m.RequestMeetingPage })),
      },
      {
        path: 'meetings/:id/call',
        lazy: () => import('./features/call/CallPage').then((m) => ({ Component: m.CallPage })),
      },
      {
        path: 'stage/:sessionId',
        lazy: () => import('./features/stage/StagePage').then((m) => ({ Component: m.StagePage })),
      },
      {
        path: 'messages/:threadId?',
        lazy: () => import('./features/messages/MessagesPage').then((m) => ({ Component: m.MessagesPage })),
      },
      {
        path: 'deals',
        lazy: () => import('./features/matching/DealsPage').then((m) => ({ Component: m.DealsPage })),
      },
      {
        path: 'sourcing',
        lazy: () => import('./features/matching/SourcingPage').then((m) => ({ Component: m.SourcingPage })),
      },
      {
        path: 'me/profile',
        lazy: () =>
          import('./features/matching/BuyerProfilePage').then((m) => ({ Component: m.BuyerProfilePage })),
      },
      {
        path: 'shortlist',
        lazy: () => import('./features/matching/ShortlistPage').then((m) => ({ Component: m.ShortlistPage })),
      },
      {
        path: 'organiser/matching',
        lazy: () =>
          import('./features/matching/OrganiserMatchingPage').then((m) => ({
            Component: m.OrganiserMatchingPage,
          })),
      },
      {
        path: 'me/badge',
        lazy: () => import('./features/onsite/BadgePage').then((m) => ({ Component: m.BadgePage })),
      },
      {
        path: 'tables/:id',
        lazy: () => import('./features/onsite/TablePage').then((m) => ({ Component: m.TablePage })),
      },
      {
        path: 'organiser/qr',
        lazy: () => import('./features/onsite/QrSheetsPage').then((m) => ({ Component: m.QrSheetsPage })),
      },
      {
        path: 'organiser/*',
        lazy: () =>
          Promise.all([import('./features/console/ConsoleRoutes'), loadFeatureTexts('console')]).then(
            ([m]) => ({
              Component: m.ConsoleRoutes,
            }),
          ),
      },
      {
        path: 'settings/mail',
        lazy: () =>
          import('./features/mail/MailPreferencesPage').then((m) => ({ Component: m.MailPreferencesPage })),
      },
      {
        path: 'unsubscribe',
        lazy: () => import('./features/mail/UnsubscribePage').then((m) => ({ Component: m.UnsubscribePage })),
      },
      {
        path: 'e/:slug/console/fair',
        lazy: () =>
          import('./features/fairs/FairSettingsPage').then((m) => ({ Component: m.FairSettingsPage })),
      },
      {
        path: 'platform/fairs',
        lazy: () =>
          import('./features/fairs/PlatformFairsPage').then((m) => ({ Component: m.PlatformFairsPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);
preloadEntryForms(globalThis.location.pathname);

export function App() {
  return <RouterProvider router={router} />;
}
