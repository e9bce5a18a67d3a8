// The people of the fixture pages, as seeded records.
import { isoDaysAgo } from './fixtures';

export const mentorRecord = (id: string, name: string, email: string, extra: object = {}) => ({
  id,
  name,
  title: 'Dr.',
  emails: [email],
  cadenceDays: 30,
  status: 'active',
  createdAt: isoDaysAgo(100),
  ...extra,
});

export const PATEL = mentorRecord('patel', 'Dr. Maya Patel', 'mpatel@med.example.edu');
/** Dr. Patel with her last email in the thread fixtures set aside ("No reply needed"), for tests
 * that count only the letter steps they seed. */
export const PATEL_ANSWERED = { ...PATEL, replyDismissedAt: new Date().toISOString() };
export const OKAFOR = mentorRecord('okafor', 'Dr. Samuel Okafor', 'sokafor@hospital.example.org');
export const NO_QUIET_HOURS = { quietStartHour: 0, quietEndHour: 0 };
