// The messages that fit this mentor now (top three, each with why), and every other template
// one pick away. Buttons keep the focus where it is (in the in-page panel, the compose window).
import { useId, useState } from 'react';
import type { MentorCardView } from '@/lib/views/sidebar';
import type { TemplateChoice } from '@/lib/views/suggestions';
import type { InsertRequest } from '@/lib/messaging/payloads';

const keepFocus = (e: React.MouseEvent) => e.preventDefault();

export function Suggestions(props: {
  card: MentorCardView;
  templates: TemplateChoice[];
  onInsert(req: InsertRequest): void;
  onPick(templateId: string, mentorId: string): Promise<Omit<InsertRequest, 'mentorEmails'>>;
  onFailure(message: string): void;
}) {
  const { card, templates, onInsert, onPick, onFailure } = props;
  const [picked, setPicked] = useState('');
  const pickerId = useId();
  const emails = card.mentor.emails;
  return (
    <section aria-label="Suggested messages">
      <h3>Suggested messages</h3>
      <ul>
        {card.suggestions.map((s) => (
          <li key={`${s.templateId}:${s.letterId ?? ''}`} className="suggestion" data-testid="template-suggestion">
            <strong>{s.name}</strong>
            <p className="reason">{s.reason}</p>
            <button
              className="secondary"
              data-testid="insert-template"
              onMouseDown={keepFocus}
              onClick={() => onInsert({ mentorEmails: emails, subject: s.subject, body: s.body, missing: s.missing, letterId: s.letterId, confirms: s.confirms })}
            >
              Insert
            </button>
          </li>
        ))}
      </ul>
      <div className="picker">
        <label htmlFor={pickerId}>All templates</label>
        <select id={pickerId} data-testid="template-picker" value={picked} onChange={(e) => setPicked(e.target.value)}>
          <option value="">Choose...</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button
          className="secondary"
          data-testid="insert-picked"
          disabled={!picked}
          onMouseDown={keepFocus}
          onClick={() =>
            onPick(picked, card.mentor.id).then(
              (rendered) => onInsert({ mentorEmails: emails, ...rendered }),
              (err: Error) => onFailure(err.message),
            )
          }
        >
          Insert
        </button>
      </div>
    </section>
  );
}
