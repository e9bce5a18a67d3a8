// The steps a user takes on a letter request, as pure transitions. Each returns the updated
// request and, when the step was contact with the mentor, the activity that records it.
import type { Activity, LetterRequest } from '../data/model';
import type { RuleSettings } from './settings';
import { askFollowUpOpen, canRemind } from './letters';

export type LetterAction =
  | 'asked'
  | 'agreed'
  | 'declined'
  | 'materials-sent'
  | 'reminder-sent'
  | 'submitted'
  | 'thanked'
  | 'outcome-shared'
  | 'decline-handled';

export const ACTION_LABELS: Record<LetterAction, string> = {
  asked: 'Mark asked',
  agreed: 'They agreed',
  declined: 'They declined',
  'materials-sent': 'Packet sent',
  'reminder-sent': 'Reminder sent',
  submitted: 'Letter submitted',
  thanked: 'Thank-you sent',
  'outcome-shared': 'Outcome shared',
  'decline-handled': 'Thanked; moving on',
};

/** The actions that make sense from a request's state, the usual next one first. */
export function letterActions(letter: LetterRequest, rules: RuleSettings, now: Date): LetterAction[] {
  switch (letter.status) {
    case 'planned':
      return ['asked'];
    case 'asked':
      // One follow-up on an unanswered request, once it is due; one of the letter's 1 to 2.
      return askFollowUpOpen(letter, rules, now) ? ['agreed', 'declined', 'reminder-sent'] : ['agreed', 'declined'];
    case 'agreed':
    case 'materials-sent': {
      const first: LetterAction[] = letter.status === 'agreed' ? ['materials-sent'] : [];
      const remind: LetterAction[] = canRemind(letter, rules, now) ? ['reminder-sent'] : [];
      return [...first, ...remind, 'submitted'];
    }
    case 'submitted':
      return ['thanked'];
    case 'thanked':
      return ['outcome-shared'];
    case 'declined':
      return letter.declineHandledAt ? [] : ['decline-handled'];
    case 'outcome-shared':
      return [];
  }
}

interface ActionResult {
  letter: LetterRequest;
  activity?: Omit<Activity, 'id'>;
}

export function applyLetterAction(letter: LetterRequest, action: LetterAction, now: Date): ActionResult {
  const at = now.toISOString();
  const contact = (kind: Activity['kind'], text: string): Omit<Activity, 'id'> => ({
    mentorId: letter.mentorId,
    kind,
    at,
    text: `${text}: ${letter.program}`,
  });
  switch (action) {
    case 'asked':
      return { letter: { ...letter, status: 'asked', askedAt: at }, activity: contact('email-sent', 'Asked for a letter') };
    case 'agreed':
      return { letter: { ...letter, status: 'agreed', agreedAt: at } };
    case 'declined':
      return { letter: { ...letter, status: 'declined', declinedAt: at } };
    case 'materials-sent':
      return { letter: { ...letter, status: 'materials-sent', materialsSentAt: at }, activity: contact('email-sent', 'Sent the letter packet') };
    case 'reminder-sent':
      return {
        letter: { ...letter, remindersSent: letter.remindersSent + 1, lastReminderAt: at },
        activity: contact('reminder', 'Letter reminder'),
      };
    case 'submitted':
      return { letter: { ...letter, status: 'submitted', submittedAt: at } };
    case 'thanked':
      return { letter: { ...letter, status: 'thanked', thankedAt: at }, activity: contact('thank-you', 'Thanked for the letter') };
    case 'outcome-shared':
      // Sharing the outcome is also a check-in that resets the cadence (docs/rules.md).
      return { letter: { ...letter, status: 'outcome-shared', outcomeSharedAt: at }, activity: contact('update', 'Shared the outcome') };
    case 'decline-handled':
      return { letter: { ...letter, declineHandledAt: at }, activity: contact('thank-you', 'Thanked after a decline') };
  }
}
