// Puts a fixture webmail page in place of the test document (happy-dom), title and <html lang>
// included, as the browser would have it, for the adapter tests.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function loadFixture(provider: 'gmail' | 'outlook', name: string): Document {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures', provider, name);
  const parsed = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
  document.documentElement.remove();
  document.appendChild(document.importNode(parsed.documentElement, true));
  return document;
}

/** Moves the test document to another URL without loading anything. */
export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
