// The popup (entrypoints/popup): the season's letter requests soonest first, the check-ins due,
// the quiet "awaiting a reply" items, and the first-run hint.
import type { Locator, Page } from '@playwright/test';
import { WriteActions } from './parts';

export class Popup {
  constructor(readonly page: Page) {}

  /** The first-run hint, shown until there is a mentor. */
  get welcome(): Locator {
    return this.page.getByTestId('welcome');
  }

  /** Every open letter request, soonest deadline first. */
  get deadlineRows(): PopupRow {
    return new PopupRow(this.page.getByTestId('deadline-row'));
  }

  /** The deadline row of one letter, by the letter's id. */
  letterRow(letterId: string): PopupRow {
    return new PopupRow(this.deadlineRows.root.and(this.page.locator(`[data-letter-id="${letterId}"]`)));
  }

  /** The mentors a check-in is due with. */
  get checkinRows(): PopupRow {
    return new PopupRow(this.page.getByTestId('checkin-row'));
  }

  /** Other items due, as "No answer from ..." (a reply awaited). */
  get dueRows(): PopupRow {
    return new PopupRow(this.page.getByTestId('due-row'));
  }

  /** The "Next:" step of every letter row. */
  get nextSteps(): Locator {
    return this.deadlineRows.nextStep;
  }
}

/** A row of the popup: a letter request, a check-in or an item due. */
export class PopupRow extends WriteActions {
  /** The letter's program, in bold. */
  get program(): Locator {
    return this.root.locator('strong');
  }

  /** "Next: ..." */
  get nextStep(): Locator {
    return this.root.getByTestId('next-step');
  }

  /** The deadline in words: "in 5 days", "2 days ago". */
  get daysLeft(): Locator {
    return this.root.getByTestId('days-left');
  }

  /** "They replied" / "No reply needed". */
  get replyMark(): Locator {
    return this.root.getByTestId('reply-mark');
  }

  /** A button that records a step: "Mark asked", "Thank-you sent", "Checked in"... */
  button(name: string): Locator {
    return this.root.getByRole('button', { name });
  }

  /** Why a step was not recorded. */
  get alert(): Locator {
    return this.root.getByRole('alert');
  }
}
