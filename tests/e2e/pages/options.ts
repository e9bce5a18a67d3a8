// The options page (entrypoints/options), one hash route per section: #mentors, #mentor=ID,
// #letters, #letter=ID, #templates, #settings, #backup, #season and #welcome (the first run).
import type { Download, Locator, Page } from '@playwright/test';
import { Part, WriteActions } from './parts';

export class Options {
  constructor(readonly page: Page) {}

  /** The section's title. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Follows the link named exactly `name`: a section of the menu ('Mentors', 'Letters', 'Backup'...). */
  async goTo(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }

  /** Opens a mentor's page from a link naming them. */
  async openMentor(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).click();
  }

  /** Opens a letter's page from a link naming its program. */
  async openLetter(program: string): Promise<void> {
    await this.page.getByRole('link', { name: program }).click();
  }

  get mentors(): MentorsSection {
    return new MentorsSection(this.page);
  }

  get mentor(): MentorPage {
    return new MentorPage(this.page);
  }

  get letters(): LettersSection {
    return new LettersSection(this.page);
  }

  get letter(): LetterPage {
    return new LetterPage(this.page);
  }

  get templates(): TemplatesSection {
    return new TemplatesSection(this.page);
  }

  get settings(): SettingsSection {
    return new SettingsSection(this.page);
  }

  get backup(): BackupSection {
    return new BackupSection(this.page);
  }

  get season(): SeasonSection {
    return new SeasonSection(this.page);
  }

  get welcome(): WelcomeSection {
    return new WelcomeSection(this.page);
  }
}

class Section {
  constructor(readonly page: Page) {}
}

/** #mentors: the list, and the add form (open at once while there is no mentor). */
export class MentorsSection extends Section {
  get rows(): Locator {
    return this.page.getByTestId('mentor-row');
  }

  /** Fills the add form with a name and an address, and adds the mentor. */
  async add(name: string, email: string): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel('Email addresses').fill(email);
    await this.page.getByRole('button', { name: 'Add mentor' }).click();
  }
}

/** #mentor=ID: one mentor, how to write to them, and their contact history. */
export class MentorPage extends Section {
  /** "Write" and "Open thread" for this mentor. */
  get write(): WriteActions {
    return new WriteActions(this.page.getByTestId('mentor-write'));
  }

  /** Why Write copies the message instead of passing it in the link. */
  get writeTooLong(): Locator {
    return this.page.getByTestId('write-too-long');
  }

  get contactHistory(): ContactHistory {
    return new ContactHistory(this.page.getByTestId('contact-history'));
  }
}

/** The last 12 months of contact with a mentor, against their cadence. */
export class ContactHistory extends Part {
  /** One dot per contact on the year's line. */
  get dots(): Locator {
    return this.root.getByTestId('contact-dot');
  }

  get summary(): Locator {
    return this.root.getByTestId('contact-summary');
  }

  /** Contacts by kind. */
  get table(): Locator {
    return this.root.getByTestId('contact-table');
  }

  /** The gaps longer than the cadence. */
  get gaps(): Locator {
    return this.root.getByTestId('contact-gaps');
  }
}

/** #letters: every letter request, and the form for a new one. */
export class LettersSection extends Section {
  async add(request: { writer: string; program: string; deadline: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New letter request' }).click();
    await this.page.getByLabel('Writer').selectOption({ label: request.writer });
    await this.page.getByLabel('Program', { exact: true }).fill(request.program);
    await this.page.getByLabel('Deadline').fill(request.deadline);
    await this.page.getByRole('button', { name: 'Add request' }).click();
  }
}

/** #letter=ID: one letter request, its state, its next step and the buttons that record it. */
export class LetterPage extends Section {
  get root(): Locator {
    return this.page.getByTestId('letter-page');
  }

  get heading(): Locator {
    return this.root.getByRole('heading', { level: 1 });
  }

  /** The state, in its `data-status` attribute. */
  get status(): Locator {
    return this.page.getByTestId('letter-status');
  }

  /** "Next: ..." */
  get next(): Locator {
    return this.page.getByTestId('letter-next');
  }

  /** The step button named exactly `name`: "Mark asked", "They agreed", "Packet sent"... */
  step(name: string): Locator {
    return this.page.getByTestId('letter-actions').getByRole('button', { name, exact: true });
  }

  /** Why a step was not recorded. */
  get error(): Locator {
    return this.page.getByTestId('letter-error');
  }
}

/** #templates: the built-in and the user's own templates, and the editor with its live preview. */
export class TemplatesSection extends Section {
  /** The list row of the template named `name` (a copy's name holds the original's). */
  row(name: string): TemplateRow {
    return new TemplateRow(this.page.getByTestId('template-row').filter({ hasText: name }));
  }

  get newButton(): Locator {
    return this.page.getByTestId('new-template');
  }

  get name(): Locator {
    return this.page.getByTestId('template-name');
  }

  get subject(): Locator {
    return this.page.getByTestId('template-subject');
  }

  get body(): Locator {
    return this.page.getByTestId('template-body');
  }

  /** The button that puts `placeholder` (as `{{user.name}}`) at the caret. */
  placeholder(placeholder: string): Locator {
    return this.page.getByRole('button', { name: placeholder });
  }

  /** The body as a mentor would read it, and its subject. */
  get preview(): Locator {
    return this.page.getByTestId('template-preview');
  }

  get previewSubject(): Locator {
    return this.page.getByTestId('template-preview-subject');
  }

  /** The warning naming placeholders that fill nothing. */
  get unknownPlaceholders(): Locator {
    return this.page.getByTestId('unknown-placeholders');
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-template').click();
  }
}

/** A template in the list, with its buttons (each only where it applies). */
export class TemplateRow extends Part {
  get editButton(): Locator {
    return this.root.getByTestId('edit-template');
  }

  get duplicateButton(): Locator {
    return this.root.getByTestId('duplicate-template');
  }

  get deleteButton(): Locator {
    return this.root.getByTestId('delete-template');
  }

  /** A customised built-in's "Restore the original". */
  get restoreButton(): Locator {
    return this.root.getByTestId('restore-template');
  }
}

/** #settings */
export class SettingsSection extends Section {
  field(label: string): Locator {
    return this.page.getByLabel(label);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }

  /** "Saved." once saved. */
  get status(): Locator {
    return this.page.getByRole('status');
  }
}

/** A backup file chosen for import (components/options/BackupImport.tsx): on #backup and #welcome. */
class BackupImport extends Section {
  get importInput(): Locator {
    return this.page.getByTestId('import-backup');
  }

  /** What the import did: a status, or an alert saying why nothing was changed. */
  get importResult(): Locator {
    return this.page.getByTestId('import-result');
  }

  async importFile(files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
    await this.importInput.setInputFiles(files);
  }
}

/** #backup: export and import of everything, and the calendar export. */
export class BackupSection extends BackupImport {
  /** When the last backup was exported. */
  get lastBackup(): Locator {
    return this.page.getByTestId('last-backup');
  }

  /** Exports a backup; its download. */
  async exportBackup(): Promise<Download> {
    return this.download(this.page.getByTestId('export-backup'));
  }

  /** Exports the deadlines as an iCalendar file; its download. */
  async exportCalendar(): Promise<Download> {
    return this.download(this.page.getByTestId('export-ics'));
  }

  private async download(button: Locator): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await button.click();
    return downloading;
  }
}

/** #season: the season at a glance, a timeline and a table of the open requests. */
export class SeasonSection extends Section {
  get timeline(): Locator {
    return this.page.getByTestId('season-timeline');
  }

  /** The timeline's rows, one per open request (`data-letter-id`, `data-severity`). */
  get timelineLetters(): Locator {
    return this.timeline.getByTestId('timeline-letter');
  }

  /** Today's line. */
  get today(): Locator {
    return this.timeline.getByTestId('timeline-today');
  }

  /** The deadline marks, one per row. */
  get deadlines(): Locator {
    return this.timeline.getByTestId('timeline-deadline');
  }

  /** The table's rows, in the timeline's order. */
  get tableRows(): Locator {
    return this.page.getByTestId('season-table-row');
  }

  /** Orders by deadline rather than by writer. */
  async byDeadline(): Promise<void> {
    await this.page.getByLabel('By deadline').check();
  }
}

/** #welcome: the first run. About you, the first mentors, or a backup to start from. */
export class WelcomeSection extends BackupImport {
  /** "Nothing leaves this browser". */
  get privacyNote(): Locator {
    return this.page.getByTestId('privacy-note');
  }

  /** The keyboard shortcut the browser registered. */
  get shortcut(): Locator {
    return this.page.getByTestId('shortcut');
  }

  /** The "About you" form. */
  get aboutYou(): Locator {
    return this.page.getByTestId('about-you');
  }

  async saveAboutYou(name: string, stage: string): Promise<void> {
    await this.aboutYou.getByLabel('Your name').fill(name);
    await this.aboutYou.getByLabel('Stage').selectOption(stage);
    await this.aboutYou.getByRole('button', { name: 'Save' }).click();
  }

  /** Fills the mentor form and adds the mentor to the list below it. */
  async addMentor(mentor: { name: string; email: string; role: string; cadence: string }): Promise<void> {
    const form = this.page.getByTestId('mentor-form');
    await form.getByLabel('Name', { exact: true }).fill(mentor.name);
    await form.getByLabel('Email addresses').fill(mentor.email);
    await form.getByLabel('Role').selectOption({ label: mentor.role });
    await form.getByLabel('Check in every (days)').fill(mentor.cadence);
    await form.getByRole('button', { name: /^Add/ }).click();
  }

  /** The mentors added so far (the first twelve by name). */
  get mentors(): Locator {
    return this.page.getByTestId('welcome-mentors');
  }

  /** "and more": the count of those not named. */
  get moreMentors(): Locator {
    return this.page.getByTestId('welcome-more-mentors');
  }

  /** "Done": on to the season. */
  get finish(): Locator {
    return this.page.getByTestId('finish-welcome');
  }

  /** "Skip": to the mentors. */
  get skip(): Locator {
    return this.page.getByTestId('skip-welcome');
  }
}
