// A compose that already opens with a greeting ("Hello Dr. Raman," typed by the user or put there
// by the webmail) must not get a second one from the template: its salutation is left out.

/** A short line that opens with a greeting word and has no comma but a final one. Titles keep
 * their dot ("Dr."), so dots are allowed; a sentence ("Hi Sam, thanks for...") is not a greeting. */
const GREETING_LINE = /^(dear|hello|hi|hey|greetings|good (morning|afternoon|evening))\b[^,;:!?\n]{0,60}[,;:!]?$/i;

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.replace(/\u00a0/g, ' ').trim()).find((l) => l.length > 0) ?? '';
}

export function isGreetingLine(line: string): boolean {
  return GREETING_LINE.test(line.replace(/\u00a0/g, ' ').trim());
}

/** The body to insert: without its own salutation (and the blank lines after it) when the
 * compose's existing text already starts with a greeting. */
export function bodyForCompose(existingText: string, body: string): string {
  if (!isGreetingLine(firstLine(existingText))) return body;
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim().length > 0);
  if (first < 0 || !isGreetingLine(lines[first])) return body;
  let next = first + 1;
  while (next < lines.length && lines[next].trim() === '') next++;
  return lines.slice(next).join('\n');
}
