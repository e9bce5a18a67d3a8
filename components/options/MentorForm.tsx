// Add or edit a mentor. Values are validated with the same schema a backup import uses.
import { useState } from 'react';
import { MENTOR_ROLES, MENTOR_ROLE_LABELS, type Mentor } from '@/lib/data/model';
import { mentorDraftSchema, firstErrors } from '@/lib/data/forms';
import type { MentorValues } from '@/lib/data/mentors';
import { Field } from './Field';
import { useFailure } from '../failure';

export interface MentorDraft {
  name: string;
  title: string;
  emails: string;
  role: string;
  cadenceDays: string;
  notes: string;
}

export function draftOf(m?: Mentor, defaultCadence = 30): MentorDraft {
  return {
    name: m?.name ?? '',
    title: m?.title ?? '',
    emails: m?.emails.join(', ') ?? '',
    role: m?.role ?? '',
    cadenceDays: String(m?.cadenceDays ?? defaultCadence),
    notes: m?.notes ?? '',
  };
}

export function MentorForm(props: {
  initial: MentorDraft;
  submitLabel: string;
  onSubmit(values: MentorValues): Promise<void>;
  onCancel?(): void;
  /** Off where the form is not what the page is for (the welcome page keeps focus at its top). */
  autoFocus?: boolean;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A save that fails says why in the form, where the user acted, and keeps what they typed.
  const { error, run } = useFailure();
  const set = (key: keyof MentorDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = mentorDraftSchema.safeParse(draft);
    if (!parsed.success) return setErrors(firstErrors(parsed.error));
    setErrors({});
    await run('The mentor was not saved', () => props.onSubmit(parsed.data));
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="mentor-form">
      <Field label="Name" error={errors.name} hint="As you address them, e.g. Dr. Maya Patel">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.name} onChange={set('name')} required autoFocus={props.autoFocus ?? true} />}
      </Field>
      <Field label="Title" error={errors.title} hint="Dr., Professor, Program Director...">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.title} onChange={set('title')} />}
      </Field>
      <Field label="Email addresses" error={errors.emails} hint="Separate several with commas">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.emails} onChange={set('emails')} required />}
      </Field>
      <Field label="Role" error={errors.role}>
        {(id) => (
          <select id={id} value={draft.role} onChange={set('role')}>
            <option value="">Not set</option>
            {MENTOR_ROLES.map((r) => (
              <option key={r} value={r}>
                {MENTOR_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Check in every (days)" error={errors.cadenceDays} hint="30 is a good default; 60 or 90 for a lighter touch">
        {(id, d) => <input id={id} aria-describedby={d} type="number" min={1} max={365} value={draft.cadenceDays} onChange={set('cadenceDays')} />}
      </Field>
      <Field label="Notes" error={errors.notes}>
        {(id) => <textarea id={id} rows={3} value={draft.notes} onChange={set('notes')} />}
      </Field>
      {error && (
        <p role="alert" className="error" data-testid="mentor-form-error">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary">
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

