import { useState } from 'react';
import type { LetterActionView, MentorCardView } from '@/lib/views/sidebar';
import { roleLabel } from '@/lib/data/model';
import { send } from '@/lib/messaging/protocol';
import type { DueItem } from '@/lib/schedule/types';
import { MARK_FOR_KIND, REPLY_MARK_LABELS } from '@/lib/schedule/reply-marks';
import { SeverityPill } from '../SeverityPill';
import { WriteDue } from './WriteDue';

/** "They replied" / "No reply needed": sent to the background, whose write refreshes the view. */
function ReplyMarkButton({ item }: { item: DueItem }) {
  const [error, setError] = useState<string>();
  const mark = MARK_FOR_KIND[item.kind];
  if (!mark) return null;
  const run = () =>
    send({ type: 'reply:mark', mentorId: item.mentorId, mark }).then(
      () => setError(undefined),
      (err: unknown) => setError(err instanceof Error ? err.message : 'That could not be recorded.'),
    );
  return (
    <>
      <button className="secondary" data-testid="reply-mark" data-mark={mark} onClick={() => void run()}>
        {REPLY_MARK_LABELS[mark]}
      </button>
      {error && <span role="alert"> {error}</span>}
    </>
  );
}

export function MentorCard({
  card,
  onLetterAction,
  children,
}: {
  card: MentorCardView;
  onLetterAction(letterId: string, action: LetterActionView['action']): void;
  children?: React.ReactNode;
}) {
  const { mentor, lastContactLabel, nextCheckinLabel, letters, due } = card;
  // "Dr." is already in "Dr. Maya Patel": show a title only when it says something more.
  const title = mentor.title && !mentor.name.toLowerCase().startsWith(mentor.title.toLowerCase()) ? mentor.title : undefined;
  return (
    <article className="card" data-testid="mentor-card" data-mentor-id={mentor.id}>
      <header>
        <h2 data-testid="mentor-name">{mentor.name}</h2>
        {mentor.status !== 'active' && <span className="status">{mentor.status}</span>}
      </header>
      {(title || mentor.role) && <p className="muted">{[title, roleLabel(mentor.role)].filter(Boolean).join(' \u00b7 ')}</p>}
      <dl>
        <dt>Last contact</dt>
        <dd data-testid="last-contact">{lastContactLabel}</dd>
        <dt>Next check-in</dt>
        <dd data-testid="next-checkin">
          {nextCheckinLabel}
          <span className="muted"> every {mentor.cadenceDays} days</span>
        </dd>
      </dl>
      {due.length > 0 && (
        <section aria-label="Due with this mentor">
          <h3>Due</h3>
          <ul>
            {due.map((item) => (
              <li key={item.id} data-testid="due-item" className={`due ${item.severity}`}>
                <SeverityPill severity={item.severity} /> {item.reason}
                <WriteDue item={item} />
                <ReplyMarkButton item={item} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {letters.length > 0 && (
        <section aria-label="Letters of recommendation">
          <h3>Letters</h3>
          <ul>
            {letters.map(({ letter, nextStep, deadlineLabel, actions }) => (
              <li key={letter.id} data-testid="letter-item">
                <strong>{letter.program}</strong>
                <span className="muted">
                  {' '}
                  due {deadlineLabel}
                </span>
                <div>Next: {nextStep}</div>
                {actions.length > 0 && (
                  <div className="actions">
                    {actions.map(({ action, label }) => (
                      <button key={action} className="secondary" data-testid="letter-action" onClick={() => onLetterAction(letter.id, action)}>
                        {label}
                      </button>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {children}
    </article>
  );
}
