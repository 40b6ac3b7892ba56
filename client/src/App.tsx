import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { BoothPage } from './features/catalogue/BoothPage';
import { CataloguePage } from './features/catalogue/CataloguePage';
import { CategoryPage } from './features/catalogue/CategoryPage';
import { EntryPage } from './features/entry/EntryPage';
import { LoginPage } from './features/entry/LoginPage';
import { RegisterPage } from './features/entry/RegisterPage';
import { UpgradePage } from './features/entry/UpgradePage';
import { AppFrame } from './features/frame/AppFrame';
import { ErrorPage } from './features/frame/ErrorPage';
import { NotFoundPage } from './features/frame/NotFoundPage';
import { HallPage } from './features/hall/HallPage';
import { DealsPage } from './features/matching/DealsPage';
import { MeetingsPage } from './features/matching/MeetingsPage';
import { OrganiserMatchingPage } from './features/matching/OrganiserMatchingPage';
import { RequestMeetingPage } from './features/matching/RequestMeetingPage';
import { ShortlistPage } from './features/matching/ShortlistPage';
import { SourcingPage } from './features/matching/SourcingPage';
import { AgendaPage } from './features/schedule/AgendaPage';
import { OrganiserSchedulePage } from './features/schedule/OrganiserSchedulePage';

/** Every page, inside the app frame. The catalogue needs no session: shared booth links just open. */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <EntryPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'upgrade', element: <UpgradePage /> },
      { path: 'hall', element: <HallPage /> },
      { path: 'hall/list', element: <HallPage list /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'catalogue/:category', element: <CategoryPage /> },
      { path: 'booths/:id', element: <BoothPage /> },
      { path: 'agenda', element: <AgendaPage /> },
      { path: 'organiser/schedule', element: <OrganiserSchedulePage /> },
      { path: 'exhibitor/*', lazy: () => import('./features/exhibitor/ExhibitorRoutes').then((m) => ({ Component: m.ExhibitorRoutes })) },
      { path: 'meetings', element: <MeetingsPage /> },
      { path: 'meetings/new', element: <RequestMeetingPage /> },
      { path: 'meetings/:id/call', lazy: () => import('./features/call/CallPage').then((m) => ({ Component: m.CallPage })) },
      { path: 'stage/:sessionId', lazy: () => import('./features/stage/StagePage').then((m) => ({ Component: m.StagePage })) },
      { path: 'deals', element: <DealsPage /> },
      { path: 'sourcing', element: <SourcingPage /> },
      { path: 'shortlist', element: <ShortlistPage /> },
      { path: 'organiser/matching', element: <OrganiserMatchingPage /> },
      { path: 'organiser/*', lazy: () => import('./features/console/ConsoleRoutes').then((m) => ({ Component: m.ConsoleRoutes })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
