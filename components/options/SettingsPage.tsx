// The user's name and stage (for templates), every figure of the rules, notifications.
import { useState } from 'react';
import { saveSettings } from '@/lib/data/db';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schedule';
import { SETTING_BOUNDS, settingsSchema } from '@/lib/data/settings-schema';
import { firstErrors } from '@/lib/data/forms';
import { failureMessage } from '../failure';
import { writeThenNotify } from '../notify-background';
import { Field } from './Field';
import { WRITE_WITH, type WriteWith } from '@/lib/mail/links';

const WRITE_WITH_LABELS: Record<WriteWith, string> = {
  auto: 'The webmail I last read them in (Gmail or Outlook)',
  gmail: 'Gmail',
  outlook: 'Outlook',
  mailto: 'My mail app',
};

type FigureKey = Exclude<keyof typeof SETTING_BOUNDS, 'quietStartHour' | 'quietEndHour'>;

/** Each figure with what the guidance says; its bounds are the settings schema's (lib/data/settings-schema.ts). */
const FIGURES: { key: FigureKey; label: string; hint: string }[] = [
  { key: 'defaultCadenceDays', label: 'Default check-in cadence (days)', hint: 'Guidance: at least monthly, or every 1 to 3 months' },
  { key: 'upcomingDays', label: 'Show upcoming items this many days ahead', hint: 'Shown, but not counted on the badge' },
  { key: 'askWarnDays', label: 'Ask for a letter at least this many days ahead', hint: 'Guidance: 6 to 8 weeks ideal (42 to 56 days)' },
  { key: 'askLateDays', label: 'Call a request late under this many days', hint: 'Guidance: 4 weeks at the least (28 days)' },
  { key: 'packetDays', label: 'Send the packet within (days of agreeing)', hint: 'Guidance: promptly' },
  { key: 'reminderDaysBefore', label: 'Reminder this many days before the deadline', hint: 'Guidance: about a week' },
  { key: 'maxReminders', label: 'Reminders at most', hint: 'Guidance: 1 to 2 follow-ups in all, no more' },
  { key: 'minDaysBetweenReminders', label: 'Days between reminders at least', hint: 'Never two within a few days' },
  { key: 'thankYouDays', label: 'Thank-you within (days)', hint: 'Guidance: within a day or two' },
  { key: 'agendaDaysBefore', label: 'Send a meeting agenda (days before)', hint: 'A short agenda before each meeting' },
  { key: 'outcomeDays', label: 'Share an outcome within (days)', hint: 'Tell them how it went, and thank them again' },
  { key: 'earlyReminderDaysBefore', label: 'Optional early reminder this many days before the deadline', hint: 'When two follow-ups remain: about three weeks' },
  { key: 'replyDueDays', label: 'Reply to a mentor within (days)', hint: 'Answer promptly: due after 2 days' },
  { key: 'replyOverdueDays', label: 'A reply is overdue after (days)', hint: 'Default 5' },
  { key: 'replyDropDays', label: 'Stop asking for a reply after (days)', hint: 'Then the check-in takes over: default 14' },
  { key: 'askFollowUpDays', label: 'Follow up an unanswered letter request after (days)', hint: 'One polite follow-up after a week; it counts toward the reminders' },
  { key: 'awaitingReplyDays', label: 'Suggest following up an unanswered email after (days)', hint: 'Quiet: no badge, no notification' },
];

const PLACEMENTS = [
  ['beside', "Beside the page, in the browser's side panel"],
  ['inside', 'Inside the page, opened from a small tab'],
] as const;

export function SettingsPage({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState('');
  // The same schema a backup import applies: what is saved here always comes back from a backup.
  const parsed = settingsSchema.safeParse(draft);
  const errors: Partial<Record<keyof Settings, string>> = {};
  for (const [key, message] of Object.entries(parsed.success ? {} : firstErrors(parsed.error))) {
    errors[key as keyof Settings] = `${message[0].toUpperCase()}${message.slice(1)}`;
  }
  const valid = parsed.success;
  const change = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!parsed.success) return;
    try {
      // The last backup date is the backup's to write: an open page must not set it back.
      const values: Partial<Settings> = { ...parsed.data };
      delete values.lastBackupAt;
      await writeThenNotify(() => saveSettings(values));
      setSaved(true);
      setFailure('');
    } catch (err) {
      setFailure(failureMessage('The settings were not saved', err));
    }
  }

  return (
    <section aria-labelledby="settings-h">
      <h1 id="settings-h">Settings</h1>
      <form className="form" onSubmit={save} noValidate>
        <h2>You</h2>
        <Field label="Your name" hint="Signs the messages FollowThrough drafts">
          {(id, d) => <input id={id} aria-describedby={d} value={draft.userName} maxLength={200} onChange={(e) => change({ userName: e.target.value })} />}
        </Field>
        <Field label="Stage" hint="Premed, medical student, resident, fellow">
          {(id, d) => <input id={id} aria-describedby={d} value={draft.userStage} maxLength={200} onChange={(e) => change({ userStage: e.target.value })} />}
        </Field>
        <h2>Rules</h2>
        {FIGURES.map((f) => (
          <Field key={f.key} label={f.label} hint={`${f.hint}. Default ${DEFAULT_SETTINGS[f.key]}.`} error={errors[f.key]}>
            {(id, d) => (
              <input id={id} aria-describedby={d} type="number" min={SETTING_BOUNDS[f.key].min} max={SETTING_BOUNDS[f.key].max} value={String(draft[f.key])} onChange={(e) => change({ [f.key]: Number(e.target.value) })} />
            )}
          </Field>
        ))}
        <h2>Notifications</h2>
        <label className="check">
          <input type="checkbox" checked={draft.notificationsEnabled} onChange={(e) => change({ notificationsEnabled: e.target.checked })} /> Desktop notifications when something falls due
        </label>
        <Field label="Quiet from (hour, 0 to 23)" hint="No notifications between these hours; the badge still counts" error={errors.quietStartHour}>
          {(id, d) => <input id={id} aria-describedby={d} type="number" min={0} max={23} value={draft.quietStartHour} onChange={(e) => change({ quietStartHour: Number(e.target.value) })} />}
        </Field>
        <Field label="Quiet until (hour, 0 to 23)" error={errors.quietEndHour}>
          {(id) => <input id={id} type="number" min={0} max={23} value={draft.quietEndHour} onChange={(e) => change({ quietEndHour: Number(e.target.value) })} />}
        </Field>
        <h2>Sidebar</h2>
        <fieldset className="choice">
          <legend>Show the sidebar</legend>
          {PLACEMENTS.map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="sidebarPlacement" value={value} checked={draft.sidebarPlacement === value} onChange={() => change({ sidebarPlacement: value })} /> {label}
            </label>
          ))}
        </fieldset>
        <h2>Writing</h2>
        <Field label="Write with" hint="Where Write opens the message: a new compose in your webmail, or your mail app">
          {(id, d) => (
            <select id={id} aria-describedby={d} value={draft.writeWith} onChange={(e) => change({ writeWith: e.target.value as WriteWith })}>
              {WRITE_WITH.map((w) => (
                <option key={w} value={w}>
                  {WRITE_WITH_LABELS[w]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="buttons">
          <button type="submit" className="primary" disabled={!valid}>
            Save settings
          </button>
          <button type="button" onClick={() => change({ ...DEFAULT_SETTINGS, userName: draft.userName, userStage: draft.userStage, writeWith: draft.writeWith })}>
            Restore the guidance defaults
          </button>
          {saved && <span role="status">Saved.</span>}
          {!valid && <span role="status">Fix the marked fields to save.</span>}
        </div>
        {failure && <p role="alert" className="error">{failure}</p>}
      </form>
    </section>
  );
}
