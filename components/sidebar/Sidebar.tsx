// The sidebar beside Gmail or Outlook (the side panel page, or its iframe in the page): the
// mentor in the open thread or compose window, what is due with them, and a one-click way to
// track someone new. Everything is rendered as text.
import { useState } from 'react';
import type { Person } from '@/lib/mail/types';
import { isAddress } from '@/lib/mail/address';
import { personKey } from '@/lib/mail/names';
import type { LetterActionView, SidebarView } from '@/lib/views/sidebar';
import type { InsertRequest } from '@/lib/messaging/payloads';
import { MentorCard } from './MentorCard';
import { Suggestions } from './Suggestions';

export type SidebarStatus =
  /** Nothing open that involves a person: the inbox, a settings page. */
  | { kind: 'idle' }
  /** The page is a webmail page but its markup is not one we can read. */
  | { kind: 'unreadable' }
  | { kind: 'loading' }
  | { kind: 'ready'; view: SidebarView }
  | { kind: 'error'; message: string };

export type { InsertRequest };

/** What happened after an insert, and the letter step to confirm once the mail is sent. */
export interface Notice {
  text: string;
  confirm?: { label: string; run(): void };
}

export interface SidebarProps {
  status: SidebarStatus;
  notice?: Notice;
  onTrack(person: Person): void;
  onInsert(req: InsertRequest): void;
  onPick(templateId: string, mentorId: string): Promise<Omit<InsertRequest, 'mentorEmails'>>;
  onFailure(message: string): void;
  onLetterAction(letterId: string, action: LetterActionView['action']): void;
  onDismissNotice(): void;
  /** Shown when no one is on screen: the deadline overview stays one click away. */
  idleExtra?: React.ReactNode;
  /** In the in-page frame: closes it (the browser's own side panel has its own close). */
  onClose?(): void;
}

export function Sidebar(props: SidebarProps) {
  const { notice } = props;
  return (
    <main className="panel" aria-label="FollowThrough">
      <header className="bar">
        <h1 className="brand">FollowThrough</h1>
        {props.onClose && (
          <button className="close" data-testid="close-frame" aria-label="Close FollowThrough" onClick={props.onClose}>
            Close
          </button>
        )}
      </header>
      <div className="body">
        {notice && (
          <div className="notice" role="status" data-testid="sidebar-notice">
            <p>{notice.text}</p>
            {notice.confirm && (
              <button className="primary" data-testid="confirm-sent" onClick={notice.confirm.run}>
                {notice.confirm.label}
              </button>
            )}
            <button className="secondary" onClick={props.onDismissNotice}>
              Dismiss
            </button>
          </div>
        )}
        <Content {...props} />
      </div>
    </main>
  );
}

function Content({ status, onTrack, onInsert, onPick, onFailure, onLetterAction, idleExtra }: SidebarProps) {
  switch (status.kind) {
    case 'idle':
      return (
        <>
          <p className="quiet">Open a conversation with a mentor, or write to one, to see where things stand.</p>
          {idleExtra}
        </>
      );
    case 'unreadable':
      return (
        <p className="quiet" data-testid="unreadable">
          FollowThrough can&apos;t read this view. Your mail is untouched; try opening a conversation.
        </p>
      );
    case 'loading':
      return <p className="quiet">Loading...</p>;
    case 'error':
      return <p className="quiet" role="status">{status.message}</p>;
    case 'ready': {
      const { cards, unknown, templates } = status.view;
      const ambiguous = status.view.ambiguous ?? [];
      if (cards.length === 0 && unknown.length === 0 && ambiguous.length === 0) {
        return <p className="quiet">No one here is a mentor you track.</p>;
      }
      return (
        <>
          {cards.map((card) => (
            <MentorCard key={card.mentor.id} card={card} onLetterAction={onLetterAction}>
              <Suggestions card={card} templates={templates} onInsert={onInsert} onPick={onPick} onFailure={onFailure} />
            </MentorCard>
          ))}
          {ambiguous.map(({ person, mentors }) => (
            <div className="unknown" key={personKey(person)} data-testid="ambiguous-person">
              <p>
                <strong>{person.name}</strong>
                <br />
                <span className="muted">More than one mentor you track has this name. Which one is this?</span>
              </p>
              {mentors.map((m) => (
                <button key={m.id} className="secondary" data-testid="pick-mentor" onClick={() => onTrack({ name: person.name, email: m.email })}>
                  {m.name} ({m.email})
                </button>
              ))}
            </div>
          ))}
          {unknown.map((person) =>
            person.email ? (
              <div className="unknown" key={personKey(person)} data-testid="unknown-person">
                <p>
                  <strong>{person.name || person.email}</strong>
                  <br />
                  <span className="muted">{person.email}</span>
                </p>
                <button className="primary" data-testid="add-mentor" onClick={() => onTrack(person)}>
                  Track as mentor
                </button>
              </div>
            ) : (
              <NameOnlyPerson key={personKey(person)} person={person} onTrack={onTrack} />
            ),
          )}
        </>
      );
    }
  }
}

/**
 * Someone Outlook names without an address (a colleague in the same organisation). FollowThrough
 * never guesses an address: tracking them asks for it.
 */
function NameOnlyPerson({ person, onTrack }: { person: Person; onTrack(person: Person): void }) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState('');
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const address = email.trim().toLowerCase();
    if (!isAddress(address)) {
      setError('Enter their email address, like name@example.edu.');
      return;
    }
    setError('');
    onTrack({ name: person.name, email: address });
  };
  const fieldId = `ft-address-${personKey(person).replace(/[^\w-]/g, '-')}`;
  return (
    <form className="unknown" data-testid="unknown-person" onSubmit={submit} noValidate>
      <p>
        <strong>{person.name}</strong>
        <br />
        <span className="muted">Outlook shows this name without an address.</span>
      </p>
      <label htmlFor={fieldId}>Their email address</label>
      <input
        id={fieldId}
        type="email"
        data-testid="add-mentor-email"
        value={email}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      {error && (
        <p className="error" role="alert" data-testid="add-mentor-error">
          {error}
        </p>
      )}
      <button className="primary" type="submit" data-testid="add-mentor">
        Track as mentor
      </button>
    </form>
  );
}
