// The deadline overview (the toolbar popup), section by section: every open letter request
// soonest first, then check-ins and other steps that are due. Its rows are in rows.tsx.
import { isOpen, nextStep } from '@/lib/schedule';
import { letterActions } from '@/lib/schedule/letter-actions';
import { useNow, useSchedule } from '@/components/useSchedule';
import { OpenSidebarButton } from '@/components/sidebar/OpenSidebar';
import { openOptionsAt } from './leave';
import { CheckinRow, DueRow, LetterRow } from './rows';

export function App() {
  const state = useSchedule(useNow());
  if (!state) return <main className="popup" aria-busy="true" />;
  const { now, data, settings, items } = state;
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  const letters = data.letters.filter(isOpen).sort((a, b) => a.deadline.localeCompare(b.deadline) || a.program.localeCompare(b.program));
  const checkins = items.filter((i) => i.kind === 'checkin' && i.severity !== 'upcoming');
  const others = items.filter((i) => i.kind !== 'checkin' && !i.letterId);
  const dueCount = items.filter((i) => i.severity !== 'upcoming').length;

  return (
    <main className="popup">
      <header>
        <h1>FollowThrough</h1>
        <span className="summary">{dueCount ? `${dueCount} to do` : 'All caught up'}</span>
        <OpenSidebarButton />
      </header>

      {data.mentors.length === 0 && (
        <section className="welcome" data-testid="welcome">
          <p>
            <strong>Start with your mentors.</strong> Open a conversation with one in Gmail or Outlook and choose
            &ldquo;Track as mentor&rdquo; in the FollowThrough panel, or add them here:
          </p>
          <button onClick={() => openOptionsAt('mentors')}>Add a mentor</button>
        </section>
      )}

      <section aria-labelledby="letters-h">
        <h2 id="letters-h">Letters of recommendation</h2>
        {letters.length === 0 && <p className="empty">No open letter requests.</p>}
        <ul>
          {letters.map((letter) => (
            <LetterRow
              key={letter.id}
              letter={letter}
              mentor={mentors.get(letter.mentorId)}
              item={items.find((i) => i.letterId === letter.id)}
              next={nextStep(letter, settings)}
              actions={letterActions(letter, settings, now)}
              now={now}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="checkins-h">
        <h2 id="checkins-h">Check-ins</h2>
        {checkins.length === 0 && <p className="empty">No check-ins due.</p>}
        <ul>
          {checkins.map((item) => (
            <CheckinRow key={item.id} item={item} />
          ))}
        </ul>
      </section>

      {others.length > 0 && (
        <section aria-labelledby="others-h">
          <h2 id="others-h">Other steps</h2>
          <ul>
            {others.map((item) => (
              <DueRow key={item.id} item={item} />
            ))}
          </ul>
        </section>
      )}

      <footer>
        <button className="link" onClick={() => openOptionsAt('mentors')}>
          Mentors, letters and settings
        </button>
      </footer>
    </main>
  );
}
