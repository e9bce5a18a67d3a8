import { useId, type ReactNode } from 'react';

/** A labelled form control with an optional hint and error, wired for screen readers. */
export function Field(props: { label: string; hint?: string; error?: string; children: (id: string, describedBy?: string) => ReactNode }) {
  const id = useId();
  const hintId = props.hint || props.error ? `${id}-hint` : undefined;
  return (
    <div className={`field${props.error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, hintId)}
      {(props.hint || props.error) && (
        <small id={hintId} role={props.error ? 'alert' : undefined}>
          {props.error ?? props.hint}
        </small>
      )}
    </div>
  );
}
