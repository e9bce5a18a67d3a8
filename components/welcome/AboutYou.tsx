// The user's name and stage, which the message templates use ("I am a medical student...").
import { useState } from 'react';
import { saveSettings } from '@/lib/data/db';
import type { Settings } from '@/lib/schedule';
import { Field } from '../options/Field';
import { writeThenNotify } from '../notify-background';

/** Worded to follow "I am a ..." in the templates. */
const STAGES = ['premed student', 'medical student', 'resident', 'fellow'];

export function AboutYou({ settings }: { settings: Settings }) {
  const [name, setName] = useState(settings.userName);
  const [stage, setStage] = useState(settings.userStage);
  const [saved, setSaved] = useState<string | null>(null);
  // A stage typed on the Settings page stays choosable.
  const stages = STAGES.includes(settings.userStage) || !settings.userStage ? STAGES : [...STAGES, settings.userStage];

  async function save(e: React.FormEvent) {
    e.preventDefault();
    await writeThenNotify(() => saveSettings({ userName: name.trim(), userStage: stage }));
    setSaved(name.trim() ? `Saved. Hello, ${name.trim()}.` : 'Saved.');
  }

  return (
    <section aria-labelledby="about-h">
      <h2 id="about-h">About you</h2>
      <p className="muted">Your name and stage fill in the suggested messages. Both stay on this computer.</p>
      <form className="form" onSubmit={save} data-testid="about-you">
        <Field label="Your name" hint="As you sign your emails">
          {(id, d) => <input id={id} aria-describedby={d} value={name} maxLength={200} autoComplete="name" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Stage">
          {(id) => (
            <select id={id} value={stage} onChange={(e) => setStage(e.target.value)}>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {s[0].toUpperCase() + s.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="buttons">
          <button type="submit" className="primary">
            Save
          </button>
          <span role="status">{saved}</span>
        </div>
      </form>
    </section>
  );
}
