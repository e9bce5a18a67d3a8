// The value of an <input type="datetime-local">: a wall-clock time with no zone, which the browser
// shows and returns as the user's own local time. Filling it from toISOString() (UTC) and reading
// it back as local moved a logged contact by the zone's offset, so both ways go through date-fns
// in the local zone here.
import { format, isValid, parse } from 'date-fns';

const PATTERN = "yyyy-MM-dd'T'HH:mm";

/** `date` as the input shows it, in the user's zone: "2026-11-30T23:11". */
export function toDateTimeLocal(date: Date): string {
  return format(date, PATTERN);
}

/** What the input holds, as the instant it means in the user's zone; undefined when incomplete. */
export function fromDateTimeLocal(value: string): Date | undefined {
  // Browsers may add seconds ("...T23:11:05") when the step allows them.
  const at = parse(value, value.length > 16 ? `${PATTERN}:ss` : PATTERN, new Date(0));
  return isValid(at) ? at : undefined;
}
