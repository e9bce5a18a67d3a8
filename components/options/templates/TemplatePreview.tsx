// The template as it would land in a compose window, filled in exactly as the sidebar fills it
// (renderFor), for one of the user's mentors or a sample one. Rendered as text, never as markup.
import { useState } from 'react';
import type { Activity, LetterRequest, Mentor } from '@/lib/data/model';
import { isOpen, lastContact } from '@/lib/schedule';
import { dayKey, plusDays } from '@/lib/schedule/dates';
import { renderFor, type MentorContext } from '@/lib/views/suggestions';
import type { ScheduleState } from '../../useSchedule';
import { Field } from '../Field';
import type { TemplateDraft } from './draft';

const SAMPLE = '';
const DAY = 86_400_000;

/** A mentor with a letter under way and a recent meeting, so most placeholders show a value. */
function sampleContext(now: Date): MentorContext {
  const mentorId = 'sample-mentor';
  const weekAgo = new Date(now.getTime() - 7 * DAY).toISOString();
  const mentor: Mentor = {
    id: mentorId,
    name: 'Dr. Maya Patel',
    title: 'Dr.',
    emails: ['mpatel@med.example.edu'],
    cadenceDays: 30,
    status: 'active',
    createdAt: new Date(now.getTime() - 200 * DAY).toISOString(),
  };
  const letter: LetterRequest = {
    id: 'sample-letter',
    mentorId,
    purpose: 'residency',
    program: 'Internal Medicine, Mass General Brigham',
    deadline: dayKey(plusDays(now, 21)),
    status: 'agreed',
    remindersSent: 0,
    portal: { name: 'ERAS', letterId: 'L-0042' },
  };
  const meeting: Activity = { id: 'sample-meeting', mentorId, kind: 'meeting', at: weekAgo };
  return { mentor, letters: [letter], activities: [meeting], due: [], lastContactAt: weekAgo };
}

function mentorContext(mentor: Mentor, state: ScheduleState): MentorContext {
  const activities = state.data.activities.filter((a) => a.mentorId === mentor.id);
  return {
    mentor,
    letters: state.data.letters.filter((l) => l.mentorId === mentor.id),
    activities,
    due: [],
    lastContactAt: lastContact(mentor, activities, state.now),
  };
}

/** The open letter with the nearest deadline, as the sidebar's picker chooses. */
function firstOpenLetter(ctx: MentorContext): string | undefined {
  return ctx.letters.filter(isOpen).sort((a, b) => a.deadline.localeCompare(b.deadline))[0]?.id;
}

export function TemplatePreview({ draft, state }: { draft: TemplateDraft; state: ScheduleState }) {
  const mentors = state.data.mentors.filter((m) => m.status === 'active');
  const [chosen, setChosen] = useState(mentors[0]?.id ?? SAMPLE);
  const mentor = mentors.find((m) => m.id === chosen);
  const ctx = mentor ? mentorContext(mentor, state) : sampleContext(state.now);
  const rendered = renderFor(draft, ctx, state.settings, state.now, firstOpenLetter(ctx));

  return (
    <section aria-labelledby="template-preview-h">
      <h2 id="template-preview-h">Preview</h2>
      <Field label="Preview with" hint="Placeholders are filled in from this mentor and their nearest open letter">
        {(id, d) => (
          <select id={id} aria-describedby={d} value={mentor ? chosen : SAMPLE} onChange={(e) => setChosen(e.target.value)}>
            {mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
            <option value={SAMPLE}>Sample mentor: Dr. Maya Patel</option>
          </select>
        )}
      </Field>
      <p>
        Subject: <strong data-testid="template-preview-subject">{rendered.subject}</strong>
      </p>
      <pre className="preview" data-testid="template-preview">
        {rendered.body}
      </pre>
      {rendered.missing.length > 0 && (
        <p className="muted">
          Not known here, so left in [brackets] to fill in: {rendered.missing.map((name) => `{{${name}}}`).join(', ')}
        </p>
      )}
    </section>
  );
}
