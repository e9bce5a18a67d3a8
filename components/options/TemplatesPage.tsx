// The message library: built-ins, the user's versions of them, and the user's own templates.
// Create, edit, duplicate, delete; a built-in is customised and restored, never changed.
import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadUserTemplates } from '@/lib/data/reads';
import { BUILTIN_TEMPLATES, templatesWithUserOverrides, type Template } from '@/lib/templates';
import type { ScheduleState } from '../useSchedule';
import { deleteTemplate, duplicateTemplate, restoreBuiltin } from './templates/actions';
import type { EditTarget } from './templates/draft';
import { TemplateEditor } from './templates/TemplateEditor';
import { TemplateList } from './templates/TemplateList';

export function TemplatesPage({ state }: { state: ScheduleState }) {
  const userTemplates = useLiveQuery(() => loadUserTemplates());
  const [editing, setEditing] = useState<EditTarget | undefined>();
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!userTemplates) return <p aria-busy="true">Loading...</p>;
  const library = templatesWithUserOverrides(BUILTIN_TEMPLATES, userTemplates);

  const open = (target: EditTarget) => {
    setNotice('');
    setEditing(target);
  };
  // The editor goes away with the focus in it: the keyboard resumes from the page's heading.
  const done = (message: string) => {
    setEditing(undefined);
    setNotice(message);
    headingRef.current?.focus();
  };
  // Whatever is removed must not stay open in the editor, where saving would bring it back.
  const isOpen = (t: Template) => editing?.kind === 'edit' && editing.template.id === t.id;

  async function duplicate(t: Template) {
    const copy = await duplicateTemplate(t, library);
    open({ kind: 'edit', template: copy });
    setNotice(`Made "${copy.name}". Change it below, or leave it as it is.`);
  }

  async function remove(t: Template) {
    if (!confirm(`Delete the template "${t.name}"?`)) return;
    await deleteTemplate(t.id);
    if (isOpen(t)) setEditing(undefined);
    setNotice(`Deleted "${t.name}".`);
  }

  async function restore(t: Template) {
    if (!t.builtinId || !confirm(`Restore the original "${t.name}"? Your changes to it will be lost.`)) return;
    await restoreBuiltin(t.builtinId);
    if (isOpen(t)) setEditing(undefined);
    setNotice(`Restored the original "${t.name}".`);
  }

  return (
    <section aria-labelledby="templates-h">
      <div className="page-head">
        <h1 id="templates-h" ref={headingRef} tabIndex={-1}>Templates</h1>
        <button className="primary" data-testid="new-template" onClick={() => open({ kind: 'new' })}>
          New template
        </button>
      </div>
      <p className="muted">
        The messages the sidebar suggests and inserts. Edit a built-in to make it your own; the original is kept and can be restored.
      </p>
      <p role="status" data-testid="templates-notice">
        {notice}
      </p>
      {editing && (
        <TemplateEditor
          // A new target is a fresh form, not the last one's leftovers.
          key={editing.kind === 'new' ? 'new' : editing.template.id}
          target={editing}
          state={state}
          onSaved={(name) => done(`Saved "${name}".`)}
          onCancel={() => done('')}
        />
      )}
      <h2>All templates</h2>
      <TemplateList templates={library} onEdit={(t) => open({ kind: 'edit', template: t })} onDuplicate={duplicate} onDelete={remove} onRestore={restore} />
    </section>
  );
}
