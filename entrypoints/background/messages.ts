// Every message the background answers, each by the module it concerns. The map is checked whole:
// a message type that no module answers, or that two do, fails the type check.
import { handleMessages, type Handlers } from '@/lib/messaging/protocol';
import { dataHandlers } from './data-requests';
import { tabHandlers } from './webmail-tabs';

/** Joins two modules' handler maps; a message type in both makes `b`'s handler for it `never`. */
function joined<A extends object, B extends object>(a: A, b: B & { [K in keyof A & keyof B]: never }): A & B {
  return { ...a, ...b };
}

export const handlers = joined(tabHandlers, dataHandlers) satisfies Handlers;

export function setupMessages(): void {
  handleMessages(handlers);
}
