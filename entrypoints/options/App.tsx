// Mentors, letters, templates, settings and backup: everything the user owns, editable.
import { useNow, useSchedule } from '@/components/useSchedule';
import { useHashRoute, type Route } from '@/components/options/useHashRoute';
import { MentorsPage } from '@/components/options/MentorsPage';
import { MentorPage } from '@/components/options/MentorPage';
import { LettersPage } from '@/components/options/LettersPage';
import { LetterPage } from '@/components/options/LetterPage';
import { SettingsPage } from '@/components/options/SettingsPage';
import { TemplatesPage } from '@/components/options/TemplatesPage';
import { BackupPage } from '@/components/options/BackupPage';
import { BackupReminder } from '@/components/options/BackupReminder';
import { SeasonPage } from '@/components/options/season/SeasonPage';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import type { ScheduleState } from '@/components/useSchedule';
import { ErrorBoundary } from '@/components/options/ErrorBoundary';

const NAV: { page: Route['page']; hash: string; label: string }[] = [
  { page: 'mentors', hash: 'mentors', label: 'Mentors' },
  { page: 'letters', hash: 'letters', label: 'Letters' },
  { page: 'season', hash: 'season', label: 'Season' },
  { page: 'templates', hash: 'templates', label: 'Templates' },
  { page: 'settings', hash: 'settings', label: 'Settings' },
  { page: 'backup', hash: 'backup', label: 'Backup' },
  { page: 'welcome', hash: 'welcome', label: 'Getting started' },
];

export function App() {
  const route = useHashRoute();
  // The welcome page stands alone, and reads only what it shows (not the whole schedule).
  return route.page === 'welcome' ? <WelcomePage /> : <Workspace route={route} />;
}

function Workspace({ route }: { route: Route }) {
  const state = useSchedule(useNow());
  const current = route.page === 'mentor' ? 'mentors' : route.page === 'letter' ? 'letters' : route.page;
  return (
    <div className="layout">
      <nav aria-label="Sections">
        <p className="brand">FollowThrough</p>
        <ul>
          {NAV.map((n) => (
            <li key={n.page}>
              <a href={`#${n.hash}`} aria-current={current === n.page ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="privacy">Everything stays in this browser. Nothing is sent anywhere.</p>
      </nav>
      <main>
        {state && route.page !== 'backup' && <BackupReminder state={state} />}
        {state ? (
          <ErrorBoundary key={JSON.stringify(route)}>
            <Page route={route} state={state} />
          </ErrorBoundary>
        ) : (
          <p aria-busy="true">Loading...</p>
        )}
      </main>
    </div>
  );
}

function Page({ route, state }: { route: Route; state: ScheduleState }) {
  switch (route.page) {
    case 'mentors':
      return <MentorsPage state={state} />;
    case 'mentor':
      return <MentorPage state={state} id={route.id} />;
    case 'letters':
      return <LettersPage key={route.newFor ?? ''} state={state} newFor={route.newFor} />;
    case 'letter':
      return <LetterPage key={route.id} state={state} id={route.id} />;
    case 'season':
      return <SeasonPage state={state} />;
    case 'templates':
      return <TemplatesPage state={state} />;
    case 'backup':
      return <BackupPage state={state} />;
    case 'settings':
      return <SettingsPage settings={state.settings} />;
    default:
      return <MentorsPage state={state} />;
  }
}
