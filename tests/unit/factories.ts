// Small builders for records, with defaults that make a test say only what it is about.
import type { Activity, LetterRequest, Mentor } from '@/lib/data/model';
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
