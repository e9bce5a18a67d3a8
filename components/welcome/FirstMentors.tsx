// The first 2 to 4 mentors, with the same form and checks as the Mentors page; or how to track
// them from a thread in the mail instead.
import { useState } from 'react';
import { roleLabel, type Mentor } from '@/lib/data/model';
import { addMentor, type MentorValues } from '@/lib/data/mentors';
import { writeThenNotify } from '../notify-background';
import { MentorForm, draftOf } from '../options/MentorForm';

/** `mentors`: the first few by name; `more`: there are others. */
export function FirstMentors({ mentors, more, defaultCadence }: { mentors: Mentor[]; more: boolean; defaultCadence: number }) {
  // Bumped after each add: a fresh, empty form for the next mentor.
  const [added, setAdded] = useState(0);

  async function add(values: MentorValues) {
    await writeThenNotify(() => addMentor(values, new Date()));
    setAdded(added + 1);
  }

  return (
    <section aria-labelledby="first-mentors-h">
      <h2 id="first-mentors-h">Your mentors</h2>
      <p>
        Add the 2 to 4 people you turn to for advice and letters: their email address is how FollowThrough recognises them in your mail, and the
        check-in cadence is how often you mean to be in touch.
      </p>
      {mentors.length > 0 && (
        <ul className="added" aria-label="Mentors you track" data-testid="welcome-mentors">
          {mentors.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> <span className="muted">{[m.emails.join(', '), roleLabel(m.role), `every ${m.cadenceDays} days`].filter(Boolean).join(' \u00b7 ')}</span>
            </li>
          ))}
          {more && (
            <li className="muted" data-testid="welcome-more-mentors">
              and more: see them all on the <a href="#mentors">Mentors</a> page
            </li>
          )}
        </ul>
      )}
      <MentorForm
        key={added}
        initial={draftOf(undefined, defaultCadence)}
        submitLabel={mentors.length ? 'Add another mentor' : 'Add mentor'}
        onSubmit={add}
        autoFocus={false}
      />
      {added > 0 && (
        <p role="status" className="muted">
          Added. {mentors.length < 4 ? 'Add another, or go on below.' : 'That is a good circle; you can add more any time.'}
        </p>
      )}
      <p>
        <strong>Or track them from your mail:</strong> open a conversation with a mentor in Gmail or Outlook on the web, and choose{' '}
        <em>Track as mentor</em> in the FollowThrough sidebar beside it. Their name and address are filled in for you.
      </p>
    </section>
  );
}
