// The first-run page (opened once on install, and from "Getting started" in options): what the
// product does, that nothing leaves the browser, the user's name and stage, their first mentors
// or a backup, and where to find everything. Every part is optional; "Skip" leaves at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/data/db';
import { firstMentorsByName } from '@/lib/data/reads';
import { BackupImport } from '../options/BackupImport';
import { AboutYou } from './AboutYou';
import { FirstMentors } from './FirstMentors';
import { WhereThingsAre } from './WhereThingsAre';
import './welcome.css';

/** Mentors listed on the page; past this, a link to the Mentors page. */
const LISTED = 12;

export function WelcomePage() {
  // The first few by name, not the whole table (nor a count, which walks it too): this live
  // query runs again after every write to mentors anywhere in the extension (a thread tracked
  // from the mail, an import), and IndexedDB waits for it meanwhile.
  const loaded = useLiveQuery(async () => {
    const [settings, firstFew] = await Promise.all([getSettings(), firstMentorsByName(LISTED + 1)]);
    return { settings, mentors: firstFew.slice(0, LISTED), more: firstFew.length > LISTED };
  });
  return (
    <main className="welcome" aria-labelledby="welcome-h" data-testid="welcome-page">
      <header className="welcome-head">
        <p className="brand">FollowThrough</p>
        <a href="#mentors" className="skip" data-testid="skip-welcome">
          Skip for now
        </a>
      </header>
      <h1 id="welcome-h">Welcome to FollowThrough</h1>
      <p className="lead">
        Keep your mentors close and your letters of recommendation on time, right where you write to them: in Gmail and Outlook on the web.
      </p>
      <ul className="welcome-points">
        <li>
          <strong>Check-ins on your own rhythm.</strong> It notices when you last wrote to each mentor and tells you when a check-in is due.
        </li>
        <li>
          <strong>Letters step by step.</strong> Ask early enough, send the packet, remind politely at most twice, and thank them.
        </li>
        <li>
          <strong>The right message at the right time.</strong> Suggested emails, filled in with names and dates, beside the mail you are writing.
        </li>
      </ul>
      <p className="private" data-testid="privacy-note">
        <strong>Nothing leaves this browser.</strong> There is no account and no server: your mentors, letters and history are kept in this
        browser&rsquo;s own storage on this computer, and FollowThrough makes no network request. It reads the open conversation to know who it is
        with, and never stores the text of your emails.
      </p>

      {!loaded ? (
        <p aria-busy="true">Loading...</p>
      ) : (
        <ol className="steps">
          <li>
            <AboutYou settings={loaded.settings} />
          </li>
          <li>
            <FirstMentors mentors={loaded.mentors} more={loaded.more} defaultCadence={loaded.settings.defaultCadenceDays} />
          </li>
          <li>
            <section aria-labelledby="import-h">
              <h2 id="import-h">Coming from another computer?</h2>
              <p>Import a backup exported by FollowThrough: it merges with anything here, and nothing is duplicated or deleted.</p>
              <BackupImport />
            </section>
          </li>
          <li>
            <WhereThingsAre />
          </li>
        </ol>
      )}
      <p className="buttons">
        <a className="button primary" href={loaded?.mentors.length ? '#season' : '#mentors'} data-testid="finish-welcome">
          {loaded?.mentors.length ? 'Done: see your season' : 'Done'}
        </a>
        <span className="muted">You can come back to this page any time: Getting started, in the options menu.</span>
      </p>
    </main>
  );
}
