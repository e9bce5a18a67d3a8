// Name, subject and body of one template, placeholders one click away, and a live preview.
// Errors show once the user tries to save; unknown placeholders are only a warning, because
// the renderer turns them into a visible [fill-in] rather than sending "{{...}}".
import { useLayoutEffect, useRef, useState } from 'react';
import type { ScheduleState } from '../../useSchedule';
import { LIMITS } from '@/lib/backup/schema';
import { Field } from '../Field';
import { saveTemplate } from './actions';
import { draftErrors, draftOf, unknownPlaceholders, type EditTarget, type TemplateDraft } from './draft';
import { PlaceholderPicker } from './PlaceholderPicker';
import { TemplatePreview } from './TemplatePreview';

type TextField = 'subject' | 'body';

function heading(target: EditTarget): string {
  if (target.kind === 'new') return 'New template';
  const t = target.template;
  return t.source === 'builtin' ? `Customise "${t.name}"` : `Edit "${t.name}"`;
}

export function TemplateEditor(props: { target: EditTarget; state: ScheduleState; onSaved(name: string): void; onCancel(): void }) {
  const { target } = props;
  const [draft, setDraft] = useState(() => draftOf(target));
  const [tried, setTried] = useState(false);
  const [lastField, setLastField] = useState<TextField>('body');
  const fields = { name: useRef<HTMLInputElement>(null), subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  // Where the caret goes once an inserted placeholder is on screen.
  const caret = useRef<{ field: TextField; at: number } | null>(null);
  const errors = tried ? draftErrors(draft) : {};
  const unknown = unknownPlaceholders(draft);

  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const el = fields[pending.field].current;
    el?.focus();
    el?.setSelectionRange(pending.at, pending.at);
  });

  const set = (key: keyof TemplateDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  function insert(token: string) {
    const el = fields[lastField].current;
    const value = draft[lastField];
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    caret.current = { field: lastField, at: start + token.length };
    setDraft({ ...draft, [lastField]: value.slice(0, start) + token + value.slice(end) });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    const found = draftErrors(draft);
    const firstInvalid = (['name', 'subject', 'body'] as const).find((k) => found[k]);
    if (firstInvalid) return fields[firstInvalid].current?.focus();
    const saved = await saveTemplate(target, draft);
    props.onSaved(saved.name);
  }

  return (
    <section aria-labelledby="template-editor-h">
      <h2 id="template-editor-h">{heading(target)}</h2>
      {target.kind === 'edit' && target.template.source === 'builtin' && (
        <p className="muted">Your version takes the built-in's place in the sidebar. You can restore the original at any time.</p>
      )}
      <form className="form" onSubmit={submit} noValidate data-testid="template-form">
        <Field label="Name" error={errors.name} hint="How it is listed in the sidebar's templates">
          {(id, d) => <input id={id} ref={fields.name} aria-describedby={d} aria-invalid={!!errors.name} data-testid="template-name" value={draft.name} onChange={set('name')} required autoFocus />}
        </Field>
        <Field label="Subject" error={errors.subject} hint="Used when the message has no subject yet">
          {(id, d) => (
            <input
              id={id}
              ref={fields.subject}
              aria-describedby={d}
              aria-invalid={!!errors.subject}
              data-testid="template-subject"
              value={draft.subject}
              onChange={set('subject')}
              onFocus={() => setLastField('subject')}
            />
          )}
        </Field>
        <Field label="Body" error={errors.body} hint={`${draft.body.length.toLocaleString('en-US')} characters, at most ${LIMITS.body.toLocaleString('en-US')}`}>
          {(id, d) => (
            <textarea
              id={id}
              ref={fields.body}
              aria-describedby={d}
              aria-invalid={!!errors.body}
              data-testid="template-body"
              rows={14}
              value={draft.body}
              onChange={set('body')}
              onFocus={() => setLastField('body')}
              required
            />
          )}
        </Field>
        <PlaceholderPicker target={lastField} onInsert={insert} />
        {unknown.length > 0 && (
          <p className="banner" role="status" data-testid="unknown-placeholders">
            Not a placeholder FollowThrough knows: {unknown.join(', ')}. It stays in the message as a [fill-in] for you to complete.
          </p>
        )}
        <div className="buttons">
          <button type="submit" className="primary" data-testid="save-template">
            Save template
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
      <TemplatePreview draft={draft} state={props.state} />
    </section>
  );
}
