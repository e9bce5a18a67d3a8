// Reading a backup file: everything is checked before anything is written, and each problem is
// told with the record and field it is in.
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup } from './schema';

export const RECORD_TABLES = ['mentors', 'threads', 'letters', 'activities', 'goals', 'templates'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
const MENTOR_OWNED = ['threads', 'letters', 'activities', 'goals'] as const;

export type ParseResult = { ok: true; backup: Backup } | { ok: false; errors: string[] };

const MAX_CHARS = 20 * 1024 * 1024;
const MAX_ERRORS = 20;

export function parseBackup(text: string): ParseResult {
  // Refused before parsing: JSON.parse of a huge file would freeze the options page.
  if (text.length > MAX_CHARS) return failed([`This file is too large for a FollowThrough backup (over ${MAX_CHARS / 1024 / 1024} MB)`]);
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return failed(['This file is empty']);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    return failed([`This file is not JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const header = headerError(data);
  if (header) return failed([header]);
  const parsed = backupSchema.safeParse(data, { error: fallbackMessage });
  if (!parsed.success) return failed(parsed.error.issues.map((issue) => describeIssue(issue, data as Record<string, unknown>)));
  const crossErrors = crossRecordErrors(parsed.data);
  if (crossErrors.length) return failed(crossErrors);
  return { ok: true, backup: parsed.data };
}

function failed(errors: string[]): { ok: false; errors: string[] } {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `and ${errors.length - MAX_ERRORS} more`] };
}

function headerError(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return `This is not a FollowThrough backup (it has no "format": "${BACKUP_FORMAT}")`;
  }
  if (!('version' in data)) return `This backup has no version; this FollowThrough reads version ${BACKUP_VERSION}`;
  const { version } = data;
  if (version !== BACKUP_VERSION) {
    const shown = typeof version === 'number' ? String(version) : JSON.stringify(version);
    return `This backup is version ${shown}; this FollowThrough reads version ${BACKUP_VERSION}`;
  }
  return null;
}

/** Messages for what the schema leaves to zod (a record that is not an object, ...). */
const fallbackMessage: z.core.$ZodErrorMap = (iss) => {
  if (iss.input === undefined) return 'is missing';
  if (iss.code === 'invalid_type') return `must be ${iss.expected === 'array' ? 'a list' : iss.expected === 'object' ? 'an object' : `a ${iss.expected}`}`;
  return undefined;
};

/** `letters[3] (Internal Medicine, Penn): deadline must be a date like 2027-01-15`. */
function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const [head, index, ...rest] = issue.path;
  if (typeof head === 'string' && (RECORD_TABLES as readonly string[]).includes(head) && typeof index === 'number') {
    const record = (data[head] as unknown[])[index];
    const where = recordName(head, index, record);
    return rest.length ? `${where}: ${fieldPath(rest)} ${issue.message}` : `${where} ${issue.message}`;
  }
  if (head === 'settings' && index !== undefined) return `settings: ${fieldPath([index, ...rest])} ${issue.message}`;
  return `${fieldPath(issue.path)} ${issue.message}`;
}

function fieldPath(path: PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** `letters[3] (Internal Medicine, Penn)`: the position, and whatever names the record. */
function recordName(table: string, index: number, record: unknown): string {
  const fields = record && typeof record === 'object' ? (record as Record<string, unknown>) : {};
  const label = [fields.name, fields.program, fields.subject, fields.text].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return `${table}[${index}]${label ? ` (${clip(label)})` : ''}`;
}

function clip(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function crossRecordErrors(backup: Backup): string[] {
  const errors: string[] = [];
  for (const table of RECORD_TABLES) {
    const first = new Map<string, number>();
    backup[table].forEach((record, i) => {
      const earlier = first.get(record.id);
      if (earlier === undefined) first.set(record.id, i);
      else errors.push(`${recordName(table, i, record)}: id "${clip(record.id)}" is also the id of ${table}[${earlier}]`);
    });
  }
  const mentorIds = new Set(backup.mentors.map((m) => m.id));
  for (const table of MENTOR_OWNED) {
    backup[table].forEach((record, i) => {
      if (!mentorIds.has(record.mentorId)) {
        errors.push(`${recordName(table, i, record)}: mentorId "${clip(record.mentorId)}" is not a mentor in this file`);
      }
    });
  }
  return errors;
}
