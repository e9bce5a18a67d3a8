// A new letter request (or its details edited): writer, purpose, programs, deadline, portal.
import { useState } from 'react';
import type { LetterRequest, Mentor } from '@/lib/data/model';
import { LETTER_PURPOSES, firstErrors, letterDraftSchema } from '@/lib/data/forms';
import type { LetterValues } from '@/lib/data/letters';
import { Field } from './Field';
import { failureMessage } from '../failure';

type Draft = Record<'mentorId' | 'purpose' | 'program' | 'programs' | 'deadline' | 'portalName' | 'portalLetterId', string>;

export function letterDraft(l?: Partial<LetterRequest>): Draft {
  return {
    mentorId: l?.mentorId ?? '',
    purpose: l?.purpose ?? 'residency',
    program: l?.program ?? '',
    programs: l?.programs?.join(', ') ?? '',
    deadline: l?.deadline ?? '',
    portalName: l?.portal?.name ?? '',
    portalLetterId: l?.portal?.letterId ?? '',
  };
}

export function LetterForm(props: { initial: Draft; mentors: Mentor[]; submitLabel: string; onSubmit(v: LetterValues): Promise<void>; onCancel?(): void }) {
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = letterDraftSchema.safeParse(draft);
    if (!parsed.success) return setErrors(firstErrors(parsed.error));
    setErrors({});
    const { portalName, portalLetterId, programs, ...rest } = parsed.data;
    try {
      await props.onSubmit({
        ...rest,
        programs: programs.length ? programs : undefined,
        portal: portalName ? { name: portalName, letterId: portalLetterId ?? '' } : undefined,
      });
    } catch (err) {
      setErrors({ form: failureMessage('Not saved', err) });
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="letter-form">
      <Field label="Writer" error={errors.mentorId}>
        {(id) => (
          <select id={id} value={draft.mentorId} onChange={set('mentorId')}>
            <option value="">Choose a mentor</option>
            {props.mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="For" error={errors.purpose}>
        {(id) => (
          <select id={id} value={draft.purpose} onChange={set('purpose')}>
            {LETTER_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Program" error={errors.program} hint="e.g. Internal Medicine, Mass General Brigham">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.program} onChange={set('program')} />}
      </Field>
      <Field label="Other programs the same letter serves" hint="Separate with commas; leave empty if a program forbids sharing">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.programs} onChange={set('programs')} />}
      </Field>
      <Field label="Deadline" error={errors.deadline}>
        {(id, d) => <input id={id} aria-describedby={d} type="date" value={draft.deadline} onChange={set('deadline')} />}
      </Field>
      <Field label="Submitted through" hint="Portal or method, e.g. ERAS, AMCAS, email">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.portalName} onChange={set('portalName')} />}
      </Field>
      <Field label="Letter ID" hint="The ID the portal issued, if any">
        {(id, d) => <input id={id} aria-describedby={d} value={draft.portalLetterId} onChange={set('portalLetterId')} />}
      </Field>
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
      {errors.form && <p role="alert" className="error">{errors.form}</p>}
    </form>
  );
}
