// Entry point of the web app: takes an access token out of the address, applies the theme before the
// first paint, and starts the router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { takeTokenFromUrl } from './api/token';
import { createAppRouter } from './app/router';
import { applyThemeChoice, readThemeChoice } from './app/theme';
import './app/styles.css';

const withoutToken = takeTokenFromUrl(window.location.href);
if (withoutToken !== undefined) window.history.replaceState(window.history.state, '', withoutToken);
applyThemeChoice(readThemeChoice());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
);
