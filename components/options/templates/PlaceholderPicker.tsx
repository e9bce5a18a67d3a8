// One button per placeholder the renderer knows; the editor puts it where the caret was. A toolbar
// with one tab stop (arrow keys move along it), so the keyboard reaches Save without 19 stops.
import { useId, useRef, useState } from 'react';
import { PLACEHOLDER_NAMES } from '@/lib/templates';

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i, last) => (i === last ? 0 : i + 1),
  ArrowDown: (i, last) => (i === last ? 0 : i + 1),
  ArrowLeft: (i, last) => (i === 0 ? last : i - 1),
  ArrowUp: (i, last) => (i === 0 ? last : i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

export function PlaceholderPicker(props: { target: 'subject' | 'body'; onInsert(token: string): void }) {
  const labelId = useId();
  const hintId = useId();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(e: React.KeyboardEvent) {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(current, PLACEHOLDER_NAMES.length - 1);
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="field">
      <strong id={labelId}>Insert a placeholder</strong>
      <div role="toolbar" aria-labelledby={labelId} aria-describedby={hintId} className="buttons" onKeyDown={onKeyDown}>
        {PLACEHOLDER_NAMES.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setCurrent(i)}
            onClick={() => props.onInsert(`{{${name}}}`)}
          >
            {`{{${name}}}`}
          </button>
        ))}
      </div>
      <small id={hintId}>
        Goes where the cursor was in the {props.target}; filled in from the mentor, the letter and your settings. Arrow keys move between them.
      </small>
    </div>
  );
}
