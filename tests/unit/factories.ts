// Small builders for records, with defaults that make a test say only what it is about.
import type { Activity, LetterRequest, Mentor } from '@/lib/data/model';
import type { OpenThread } from '@/lib/mail/types';
import { DEFAULT_RULES, type RuleSettings } from '@/lib/schedule/settings';

export const rules: RuleSettings = { ...DEFAULT_RULES };

/** A local wall-clock time in the test's zone (vitest sets TZ=America/New_York). */
export function at(y: number, m: number, d: number, h = 10, min = 0): Date {
  return new Date(y, m - 1, d, h, min);
}

export function mentor(over: Partial<Mentor> = {}): Mentor {
  return {
    id: 'm1',
    name: 'Dr. Maya Patel',
    title: 'Dr.',
    emails: ['mpatel@med.example.edu'],
    cadenceDays: 30,
    status: 'active',
    createdAt: at(2026, 1, 1).toISOString(),
    ...over,
  };
}

export function letter(over: Partial<LetterRequest> = {}): LetterRequest {
  return {
    id: 'l1',
    mentorId: 'm1',
    purpose: 'residency',
    program: 'Internal Medicine, Mass General',
    deadline: '2027-01-15',
    status: 'planned',
    remindersSent: 0,
    ...over,
  };
}

let seq = 0;
export function activity(kind: Activity['kind'], when: Date, over: Partial<Activity> = {}): Activity {
  seq += 1;
  return { id: `a${seq}`, mentorId: 'm1', kind, at: when.toISOString(), ...over };
}

/** Dr. Patel (the default mentor) and the user, as a mail page names them. */
export const patel = { name: 'Dr. Maya Patel', email: 'mpatel@med.example.edu' };
export const me = { name: 'Jordan Lee', email: 'jordan.lee@gmail.com' };

/** A Gmail thread with Dr. Patel: her email, the user's reply, her answer. */
export function thread(over: Partial<OpenThread> = {}): OpenThread {
  return {
    provider: 'gmail',
    providerThreadId: '19a36435ce2f0ff3',
    subject: 'Research meeting follow-up',
    participants: [patel],
    messages: [
      { key: 'a', from: patel, at: '2026-11-10T15:00:00.000Z', fromMe: false },
      { key: 'b', from: me, at: '2026-11-11T14:00:00.000Z', fromMe: true },
      { key: 'c', from: patel, at: '2026-11-12T16:30:00.000Z', fromMe: false },
    ],
    ...over,
  };
}
