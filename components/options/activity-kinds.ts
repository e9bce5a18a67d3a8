import type { Activity } from '@/lib/data/model';

/** Each kind of activity as a person reads it (mentor page history, contact history). */
export const KIND_LABELS: Record<Activity['kind'], string> = {
  'email-sent': 'Email sent',
  'email-received': 'Email received',
  meeting: 'Meeting',
  update: 'Update',
  'thank-you': 'Thank-you',
  reminder: 'Reminder',
  note: 'Note',
};
