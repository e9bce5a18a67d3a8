// The sidebar (components/sidebar), wherever it renders: the browser's side panel of a mail tab,
// opened here as a page (`sidepanel.html?tabId=N`, see the `sidePanel` fixture), or the in-page
// frame inside the mail page's `followthrough-sidebar` shadow root (see mail-page.ts).
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { Part, WriteActions } from './parts';

export class Sidebar {
  constructor(readonly root: Page | FrameLocator) {}

  /** The sidebar's content. */
  get main(): Locator {
    return this.root.locator('main');
  }

  /** Every mentor card on screen; `.first()` or `.nth(i)` for one of them. */
  get mentorCard(): MentorCard {
    return new MentorCard(this.root.getByTestId('mentor-card'));
  }

  /** Every mentor's name, card by card. */
  get mentorNames(): Locator {
    return this.mentorCard.name;
  }

  get lastContact(): Locator {
    return this.mentorCard.lastContact;
  }

  /** What is due with the mentors on screen. */
  get dueItem(): DueItem {
    return this.mentorCard.dueItem;
  }

  /** The mentors' letters, each with its next step. */
  get letterItem(): LetterItem {
    return this.mentorCard.letterItem;
  }

  /** The suggested messages, best first. */
  get suggestion(): Suggestion {
    return this.mentorCard.suggestion;
  }

  /** Chooses a template in "All templates" (of the one card on screen). */
  async chooseTemplate(name: string): Promise<void> {
    await this.mentorCard.chooseTemplate(name);
  }

  /** Inserts the template chosen in "All templates". */
  async insertChosen(): Promise<void> {
    await this.mentorCard.insertChosen();
  }

  /** Chooses a template in "All templates" and inserts it. */
  async insertTemplate(name: string): Promise<void> {
    await this.mentorCard.insertTemplate(name);
  }

  /** Someone in the conversation who is not tracked yet. */
  get unknownPerson(): UnknownPerson {
    return new UnknownPerson(this.root.getByTestId('unknown-person'));
  }

  /** What the last action did ("Inserted into your message", "copied", "Recorded"...). */
  get notice(): Locator {
    return this.root.getByTestId('sidebar-notice');
  }

  /** The notice's "I sent it": records the letter step the inserted message was for. */
  get confirmSent(): Locator {
    return this.root.getByTestId('confirm-sent');
  }

  /** The quiet state of a view that cannot be read. */
  get unreadable(): Locator {
    return this.root.getByTestId('unreadable');
  }

  /** On a page with nobody to show: the link to the deadline overview (the popup). */
  get openOverview(): Locator {
    return this.root.getByTestId('open-overview');
  }

  /** "Show the page's structure", and the skeleton it shows. */
  get reportPageButton(): Locator {
    return this.root.getByTestId('report-page');
  }

  get reportText(): Locator {
    return this.root.getByTestId('report-text');
  }

  /** The in-page frame's own Close button. */
  get closeButton(): Locator {
    return this.root.getByTestId('close-frame');
  }
}

/** The sidebar in the browser's side panel, a page of its own. */
export class SidePanel extends Sidebar {
  constructor(readonly page: Page) {
    super(page);
  }
}

/** A tracked mentor's card: name, last contact, what is due, letters, suggested messages. */
export class MentorCard extends Part {
  get name(): Locator {
    return this.root.getByTestId('mentor-name');
  }

  get lastContact(): Locator {
    return this.root.getByTestId('last-contact');
  }

  get dueItem(): DueItem {
    return new DueItem(this.root.getByTestId('due-item'));
  }

  get letterItem(): LetterItem {
    return new LetterItem(this.root.getByTestId('letter-item'));
  }

  get suggestion(): Suggestion {
    return new Suggestion(this.root.getByTestId('template-suggestion'));
  }

  /** "All templates": every template, one pick away. */
  get templatePicker(): Locator {
    return this.root.getByTestId('template-picker');
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.templatePicker.selectOption({ label: name });
  }

  async insertChosen(): Promise<void> {
    await this.root.getByTestId('insert-picked').click();
  }

  async insertTemplate(name: string): Promise<void> {
    await this.chooseTemplate(name);
    await this.insertChosen();
  }
}

/** Something due with a mentor: its Write button, and the reply marks. */
export class DueItem extends WriteActions {
  /** "No reply needed" / "They replied". */
  get replyMark(): Locator {
    return this.root.getByTestId('reply-mark');
  }
}

/** A letter on a mentor card, with the buttons that record its next step. */
export class LetterItem extends Part {
  /** The step button labelled `label`: "Reminder sent", "Thank-you sent"... */
  action(label: string): Locator {
    return this.root.getByTestId('letter-action').filter({ hasText: label });
  }
}

/** A suggested message, with why it is suggested and its Insert button. */
export class Suggestion extends Part {
  get insertButton(): Locator {
    return this.root.getByTestId('insert-template');
  }

  /** Inserts it into the compose the user was writing in (or copies it). */
  async insert(): Promise<void> {
    await this.insertButton.click();
  }
}

/** Someone not tracked: "Track as mentor", and for a name without an address, the address asked for. */
export class UnknownPerson extends Part {
  get trackButton(): Locator {
    return this.root.getByTestId('add-mentor');
  }

  get emailInput(): Locator {
    return this.root.getByTestId('add-mentor-email');
  }

  get error(): Locator {
    return this.root.getByTestId('add-mentor-error');
  }
}
