// What the options page's forms accept: the text a person typed, turned into typed values with
// the same rules a backup import applies (lib/backup/schema.ts), so both refuse the same things.
import { z } from 'zod';
import { isAddress } from '../mail/address';
import { personNameSchema } from '../backup/schema';
import { MENTOR_ROLES } from './model';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters`)
    .transform((s) => s || undefined);

export const mentorDraftSchema = z.object({
  name: personNameSchema,
  title: z
    .string()
    .trim()
    .transform((s) => s || undefined)
    .pipe(personNameSchema.optional()),
  emails: z
    .string()
    .transform((s) => s.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))
    .pipe(
      z
        .array(z.string().refine(isAddress, 'Each address must look like name@example.edu'))
        .min(1, 'Add at least one email address'),
    ),
  role: z.union([z.enum(MENTOR_ROLES), z.literal('').transform(() => undefined)]),
  cadenceDays: z.coerce.number('Enter a number of days').int('Whole days only').min(1, 'At least 1 day').max(365, 'At most 365 days'),
  notes: optionalText(5000),
});

export const LETTER_PURPOSES = ['medical school', 'residency', 'fellowship', 'scholarship', 'job', 'research position'] as const;

export const letterDraftSchema = z.object({
  mentorId: z.string().min(1, 'Choose the writer'),
  purpose: z.string().trim().min(1, 'Choose what the letter is for').max(200),
  program: z.string().trim().min(1, 'Name the program').max(200, 'Keep it under 200 characters'),
  programs: z
    .string()
    .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200, 'Keep each program under 200 characters')).max(50, 'At most 50 programs')),
  deadline: z.iso.date('Pick the deadline date'),
  portalName: optionalText(200),
  portalLetterId: optionalText(200),
});

/** The first message for each field, keyed by the field's name. */
export function firstErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
