// The deadline overview: every open letter request soonest first, then check-ins and other
// steps that are due, each with one-click actions.
import { openOptions } from '@/lib/navigation/open-options';
import type { OptionsPlace } from '@/lib/navigation/options-place';
import type { LetterRequest, Mentor } from '@/lib/data/model';
import { isOpen, nextStep, type DueItem } from '@/lib/schedule';
import { ACTION_LABELS, letterActions } from '@/lib/schedule/letter-actions';
import { logContact } from '@/lib/data/activities';
import { performLetterAction } from '@/lib/data/letters';
import { markReply } from '@/lib/data/mentors';
import { snooze } from '@/lib/data/snoozes';
import { MARK_FOR_KIND, REPLY_MARK_LABELS } from '@/lib/schedule/reply-marks';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { useNow, useSchedule } from '@/components/useSchedule';
import { writeThenNotify } from '@/components/notify-background';
import { SeverityPill } from '@/components/SeverityPill';
import { OpenSidebarButton } from '@/components/sidebar/OpenSidebar';
import { useFailure } from '@/components/failure';
import { WriteActions } from '@/components/WriteActions';

const close = () => window.close();

function openOptionsAt(...place: OptionsPlace): void {
  void openOptions(place);
  window.close();
}

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

function CheckinRow({ item }: { item: DueItem }) {
  const { error, run } = useFailure();
  return (
    <li data-testid="checkin-row" className={`row ${item.severity}`}>
      <div className="row-head">
        <strong>{item.mentorName}</strong>
        <SeverityPill severity={item.severity} />
      </div>
      <p className="reason">{item.reason}</p>
      <div className="actions">
        <WriteActions target={{ mentorId: item.mentorId, kind: item.kind }} onOpened={close} />
        <button onClick={() => run('The check-in was not recorded', () => writeThenNotify(() => logContact(item.mentorId, 'update', new Date(), 'Checked in')))}>
          Checked in
        </button>
        <button onClick={() => run('Not snoozed', () => writeThenNotify(() => snooze(item.id, 7, new Date())))}>Snooze a week</button>
        <button onClick={() => openOptionsAt('mentor', item.mentorId)}>Open</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}

function LetterRow(props: {
  letter: LetterRequest;
  mentor?: Mentor;
  item?: DueItem;
  next: string;
  actions: ReturnType<typeof letterActions>;
  now: Date;
}) {
  const { letter, mentor, item, next, actions, now } = props;
  const primary = actions[0];
  const { error, run } = useFailure();
  return (
    <li data-testid="deadline-row" data-letter-id={letter.id} className={`row ${item?.severity ?? ''}`}>
      <div className="row-head">
        <strong>{letter.program}</strong>
        {item && <SeverityPill severity={item.severity} />}
      </div>
      <p className="meta">
        {mentor?.name ?? 'Unknown mentor'} &middot; due <time dateTime={letter.deadline}>{shortDate(letter.deadline, now)}</time> (
        <span data-testid="days-left">{relativeDays(letter.deadline, now)}</span>)
      </p>
      <p className="next">
        Next: <span data-testid="next-step">{next}</span>
      </p>
      {item && <p className="reason">{item.reason}</p>}
      <div className="actions">
        {primary && (
          <button onClick={() => run(`"${ACTION_LABELS[primary]}" was not recorded`, () => writeThenNotify(() => performLetterAction(letter.id, primary, new Date())))}>
            {ACTION_LABELS[primary]}
          </button>
        )}
        {item && <ReplyMarkButton item={item} run={run} />}
        <WriteActions target={{ mentorId: letter.mentorId, letterId: letter.id }} onOpened={close} />
        {item && item.severity !== 'upcoming' && (
          <button onClick={() => run('Not snoozed', () => writeThenNotify(() => snooze(item.id, 1, new Date())))}>Snooze a day</button>
        )}
        <button onClick={() => openOptionsAt('letter', letter.id)}>Open</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}

function DueRow({ item }: { item: DueItem }) {
  const { error, run } = useFailure();
  return (
    <li data-testid="due-row" className={`row ${item.severity}`}>
      <div className="row-head">
        <strong>{item.mentorName}</strong>
        <SeverityPill severity={item.severity} />
      </div>
      <p className="reason">{item.reason}</p>
      <div className="actions">
        <WriteActions target={{ mentorId: item.mentorId, letterId: item.letterId, kind: item.kind }} onOpened={close} />
        {item.kind === 'meeting-thanks' && (
          <button onClick={() => run('The thank-you was not recorded', () => writeThenNotify(() => logContact(item.mentorId, 'thank-you', new Date(), 'Thanked after the meeting')))}>
            Thanked
          </button>
        )}
        <ReplyMarkButton item={item} run={run} />
        <button onClick={() => run('Not snoozed', () => writeThenNotify(() => snooze(item.id, 1, new Date())))}>Snooze a day</button>
        <button onClick={() => openOptionsAt('mentor', item.mentorId)}>Open</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}

/** "They replied" / "No reply needed" on a reply item. */
function ReplyMarkButton({ item, run }: { item: DueItem; run: ReturnType<typeof useFailure>['run'] }) {
  const mark = MARK_FOR_KIND[item.kind];
  if (!mark) return null;
  const label = REPLY_MARK_LABELS[mark];
  return (
    <button data-testid="reply-mark" onClick={() => run(`"${label}" was not recorded`, () => writeThenNotify(() => markReply(item.mentorId, mark, new Date())))}>
      {label}
    </button>
  );
}
