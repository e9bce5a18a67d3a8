// Every template as the sidebar offers it, with where it comes from and what can be done to it.
import type { Template } from '@/lib/templates';

type TemplateKind = 'Built-in' | 'Customised' | 'Yours';

function kindOf(t: Template): TemplateKind {
  if (t.source === 'builtin') return 'Built-in';
  return t.builtinId ? 'Customised' : 'Yours';
}

export function TemplateList(props: {
  templates: Template[];
  onEdit(t: Template): void;
  onDuplicate(t: Template): void;
  onDelete(t: Template): void;
  onRestore(t: Template): void;
}) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Subject</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {props.templates.map((t) => {
          const kind = kindOf(t);
          return (
            <tr key={t.id} data-testid="template-row">
              <td>
                {t.name}
                <span className="tag">{kind}</span>
              </td>
              <td className="muted">{t.subject}</td>
              <td>
                {/* Each button names its template: a screen reader lists many "Edit" buttons. */}
                <div className="buttons">
                  <button type="button" data-testid="edit-template" aria-label={`Edit ${t.name}`} onClick={() => props.onEdit(t)}>
                    Edit
                  </button>
                  <button type="button" data-testid="duplicate-template" aria-label={`Duplicate ${t.name}`} onClick={() => props.onDuplicate(t)}>
                    Duplicate
                  </button>
                  {kind === 'Yours' && (
                    <button type="button" className="danger" data-testid="delete-template" aria-label={`Delete ${t.name}`} onClick={() => props.onDelete(t)}>
                      Delete
                    </button>
                  )}
                  {kind === 'Customised' && (
                    <button type="button" data-testid="restore-template" aria-label={`Restore the original of ${t.name}`} onClick={() => props.onRestore(t)}>
                      Restore the original
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
