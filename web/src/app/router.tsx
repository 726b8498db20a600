// The pages and their addresses. Pages with charts load on demand so the runs list opens fast; a new
// feature (review queues, red team, monitoring) adds its folder under features/ and a route here.
import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RunsPage } from '../features/runs/RunsPage';
import { Layout, NotFound } from './Layout';

const RunPage = lazy(() => import('../features/run/RunPage').then((m) => ({ default: m.RunPage })));
const ComparePage = lazy(() =>
  import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const TrendPage = lazy(() => import('../features/trend/TrendPage').then((m) => ({ default: m.TrendPage })));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/runs" replace /> },
      { path: 'runs', element: <RunsPage /> },
      { path: 'runs/:id', element: <RunPage /> },
      { path: 'compare', element: <ComparePage /> },
      { path: 'trend', element: <TrendPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
