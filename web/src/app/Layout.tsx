// The frame of every page: the header with navigation and the theme toggle, and the page below it.
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { SkeletonLines } from '../components/states';
import { type ThemeChoice, useThemeChoice } from './theme';

const THEME_LABELS: Record<ThemeChoice, { icon: string; label: string }> = {
  system: { icon: '\u25D0', label: 'Theme: system' },
  light: { icon: '\u2600', label: 'Theme: light' },
  dark: { icon: '\u263E', label: 'Theme: dark' },
};

export function Layout() {
  const [theme, cycleTheme] = useThemeChoice();
  const look = THEME_LABELS[theme];
  return (
    <>
      <header className="app-header">
        <Link to="/runs" className="brand" aria-label="Groundtruth: runs">
          <span className="brand-mark" aria-hidden="true">
            {'\u2713'}
          </span>
          <span className="brand-name">Groundtruth</span>
        </Link>
        <nav className="app-nav" aria-label="Main">
          <NavLink to="/runs">Runs</NavLink>
          <NavLink to="/compare">Compare</NavLink>
          <NavLink to="/trend">Trend</NavLink>
        </nav>
        <button
          className="btn small ghost"
          type="button"
          onClick={cycleTheme}
          title={`${look.label} (click to change)`}
          aria-label={look.label}
        >
          <span aria-hidden="true">{look.icon}</span>
          <span className="hide-small">{theme}</span>
        </button>
      </header>
      <main className="app-main">
        <Suspense fallback={<SkeletonLines lines={6} label="Loading the page" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

export function NotFound() {
  return (
    <div className="state">
      <h2>No such page</h2>
      <p>
        This address is not a page of Groundtruth. <Link to="/runs">See the runs</Link>.
      </p>
    </div>
  );
}
