// What the page objects share: a part of a page found by its test id (a row, a card, an item),
// which narrows as a locator does, and the "Write" and "Open thread" buttons that several of them hold.
import type { Locator } from '@playwright/test';

/** A repeated piece of a page: one of them, or all of them at once, as a locator may match many.
 * `root` is the piece itself, for assertions on it as a whole (count, text, class). */
export class Part {
  constructor(readonly root: Locator) {}

  first(): this {
    return this.nth(0);
  }

  nth(index: number): this {
    return this.narrowed(this.root.nth(index));
  }

  /** The pieces holding `text`. */
  withText(text: string | RegExp): this {
    return this.narrowed(this.root.filter({ hasText: text }));
  }

  private narrowed(root: Locator): this {
    return new (this.constructor as new (root: Locator) => this)(root);
  }
}

/** "Write" and "Open thread" (components/WriteActions.tsx, and the sidebar's due items). */
export class WriteActions extends Part {
  /** "Write", or "Copy and write" when the message is too long for a link. */
  get write(): Locator {
    return this.root.getByTestId('write-message');
  }

  /** "Open thread": the last conversation with the mentor. */
  get openThread(): Locator {
    return this.root.getByTestId('open-thread');
  }
}
