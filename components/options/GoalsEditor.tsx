// Goals for the mentorship: 2 to 3 priorities for the next 6 to 12 months, each with a date to
// revisit it with the mentor.
import { useState } from 'react';
import { addMonths, format } from 'date-fns';
import { addGoal, setGoalDone } from '@/lib/data/goals';
import type { Goal } from '@/lib/data/model';
import { shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '../notify-background';
import { useFailure } from '../failure';

export function GoalsEditor({ mentorId, goals, now }: { mentorId: string; goals: Goal[]; now: Date }) {
  const [text, setText] = useState('');
  const [revisitOn, setRevisitOn] = useState(() => format(addMonths(now, 3), 'yyyy-MM-dd'));
  const [missing, setMissing] = useState('');
  const { error, run } = useFailure();
  async function add(e: React.FormEvent) {
    e.preventDefault();
    const why = !text.trim() ? 'Write the goal first.' : !revisitOn ? 'Pick a day to revisit the goal.' : '';
    setMissing(why);
    if (why) return;
    await run('The goal was not added', async () => {
      await writeThenNotify(() => addGoal({ mentorId, text: text.trim(), revisitOn }, new Date()));
      setText('');
    });
  }
  return (
    <>
      <h2>Goals</h2>
      <ul>
        {goals.map((g) => (
          <li key={g.id}>
            <label>
              <input type="checkbox" checked={Boolean(g.done)} onChange={() => run('The goal was not updated', () => writeThenNotify(() => setGoalDone(g.id, !g.done)))} />{' '}
              {g.text}
            </label>{' '}
            <span className="muted">revisit {shortDate(g.revisitOn, now)}</span>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add} aria-label="Add a goal">
        <input aria-label="Goal" placeholder="e.g. Submit an abstract to the spring research day" value={text} onChange={(e) => setText(e.target.value)} maxLength={500} />
        <input aria-label="Revisit on" type="date" value={revisitOn} onChange={(e) => setRevisitOn(e.target.value)} />
        <button type="submit">Add goal</button>
        {(missing || error) && <p role="alert" className="error">{missing || error}</p>}
      </form>
    </>
  );
}
