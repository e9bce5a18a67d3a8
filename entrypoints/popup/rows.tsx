// The popup's rows, each with its one-click actions: a letter request, a check-in, another due step.
import type { LetterRequest, Mentor } from '@/lib/data/model';
import type { DueItem } from '@/lib/schedule';
import { ACTION_LABELS, letterActions } from '@/lib/schedule/letter-actions';
import { logContact } from '@/lib/data/activities';
import { performLetterAction } from '@/lib/data/letters';
import { markReply } from '@/lib/data/mentors';
import { snooze } from '@/lib/data/snoozes';
import { MARK_FOR_KIND, REPLY_MARK_LABELS } from '@/lib/schedule/reply-marks';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '@/components/notify-background';
import { SeverityPill } from '@/components/SeverityPill';
import { useFailure } from '@/components/failure';
import { WriteActions } from '@/components/WriteActions';
import { closePopup, openOptionsAt } from './leave';

export function CheckinRow({ item }: { item: DueItem }) {
  const { error, run } = useFailure();
  return (
    <li data-testid="checkin-row" className={`row ${item.severity}`}>
      <div className="row-head">
        <strong>{item.mentorName}</strong>
        <SeverityPill severity={item.severity} />
      </div>
      <p className="reason">{item.reason}</p>
      <div className="actions">
        <WriteActions target={{ mentorId: item.mentorId, kind: item.kind }} onOpened={closePopup} />
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

export function LetterRow(props: {
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
        <WriteActions target={{ mentorId: letter.mentorId, letterId: letter.id }} onOpened={closePopup} />
        {item && item.severity !== 'upcoming' && (
          <button onClick={() => run('Not snoozed', () => writeThenNotify(() => snooze(item.id, 1, new Date())))}>Snooze a day</button>
        )}
        <button onClick={() => openOptionsAt('letter', letter.id)}>Open</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}

export function DueRow({ item }: { item: DueItem }) {
  const { error, run } = useFailure();
  return (
    <li data-testid="due-row" className={`row ${item.severity}`}>
      <div className="row-head">
        <strong>{item.mentorName}</strong>
        <SeverityPill severity={item.severity} />
      </div>
      <p className="reason">{item.reason}</p>
      <div className="actions">
        <WriteActions target={{ mentorId: item.mentorId, letterId: item.letterId, kind: item.kind }} onOpened={closePopup} />
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
