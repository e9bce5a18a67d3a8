// The layout holds as the docs describe it: every path they name exists, the database is reached
// only through lib/data, each lib/ folder imports only what its README allows, and every message
// type has exactly one handler in the background.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function filesUnder(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(relative(ROOT, path).split(sep).join('/'));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

const SOURCE = ['lib', 'components', 'entrypoints'].flatMap((d) => filesUnder(d));
const DOCS = ['README.md', ...filesUnder('docs', /\.md$/), ...filesUnder('lib', /\.md$/)].filter((p) => existsSync(join(ROOT, p)));

/** Repository paths a document names in backticks or links: `lib/data/db.ts`, [x](rules.md). */
function pathsNamedIn(doc: string): string[] {
  const text = read(doc);
  const named = [...text.matchAll(/`((?:lib|components|entrypoints|tests|scripts|docs|\.ci|public)\/[\w./*-]*)`/g)].map((m) => m[1]);
  const linked = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)\)/g)].map((m) => join(doc, '..', m[1]).split(sep).join('/'));
  return [...named, ...linked];
}

/** The module specifiers a file imports, resolved to repository paths (external packages as named). */
function importsOf(file: string, { values = false } = {}): string[] {
  // Type-only imports are erased from the bundle: they count for layering, not for what runs.
  const text = values ? read(file).replace(/^(import|export) type [^;]*;/gm, '') : read(file);
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(([, spec]) => {
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return join(file, '..', spec).split(sep).join('/');
    return spec;
  });
}

describe('the docs match the tree', () => {
  it.each(DOCS)('every path %s names exists', (doc) => {
    // A placeholder such as vN.json or <version> names a kind of file: its folder must exist.
    const missing = pathsNamedIn(doc)
      .map((p) => (/[*<>]|\bvN\b/.test(p) ? p.slice(0, p.lastIndexOf('/')) : p))
      .filter((p) => !existsSync(join(ROOT, p)));
    expect(missing).toEqual([]);
  });
});

describe('the database is reached only through lib/data', () => {
  const outside = SOURCE.filter((f) => !f.startsWith('lib/data/'));

  it('no file outside lib/data imports the Dexie instance or Dexie itself', () => {
    const offenders = outside.filter((f) =>
      importsOf(f).some((spec) => spec === 'dexie' || spec === 'dexie-react-hooks' && f.startsWith('lib/') || (spec === 'lib/data/db' && /import \{[^}]*\bdb\b[^}]*\} from '[^']*data\/db'/.test(read(f)))),
    );
    expect(offenders).toEqual([]);
  });

  it('no file outside lib/data calls db.*', () => {
    const offenders = outside.filter((f) => /\bdb\.(\w+)/.test(read(f).replace(/\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});

describe('each lib/ folder imports what its README allows', () => {
  // Folder -> the lib/ paths it may import (a folder, or one file of it). Its own folder always.
  const ALLOWED: Record<string, string[]> = {
    data: ['lib/schedule', 'lib/backup', 'lib/mail'],
    schedule: ['lib/data/model', 'lib/mail/links'],
    views: ['lib/data', 'lib/schedule', 'lib/templates', 'lib/mail', 'lib/format'],
    messaging: ['lib/data/model', 'lib/mail', 'lib/schedule', 'lib/views', 'lib/templates'],
    navigation: ['lib/mail/links'],
    format: ['lib/schedule/dates'],
    mail: ['lib/data/model'],
    templates: ['lib/data/model', 'lib/schedule'],
    backup: ['lib/data/model', 'lib/data/settings-schema', 'lib/mail', 'lib/schedule'],
  };

  it('lists every folder of lib/', () => {
    const folders = readdirSync(join(ROOT, 'lib')).filter((n) => statSync(join(ROOT, 'lib', n)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it.each(Object.keys(ALLOWED))('lib/%s', (folder) => {
    const allowed = [`lib/${folder}`, ...ALLOWED[folder]];
    const wrong = filesUnder(`lib/${folder}`).flatMap((f) =>
      importsOf(f)
        .filter((spec) => /^(lib|components|entrypoints)\//.test(spec))
        .filter((spec) => !allowed.some((a) => spec === a || spec.startsWith(`${a}/`) || spec === `${a}.ts`))
        .map((spec) => `${f} -> ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the content script reaches no database, view or template code', () => {
    const seen = new Set<string>();
    const queue = filesUnder('entrypoints/content');
    const resolve = (spec: string) =>
      ['.ts', '.tsx', '/index.ts'].map((ext) => spec + ext).find((p) => existsSync(join(ROOT, p))) ?? (existsSync(join(ROOT, spec)) ? spec : undefined);
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of importsOf(file, { values: true })) {
        if (!/^(lib|components|entrypoints)\//.test(spec)) continue;
        const path = resolve(spec);
        if (path) queue.push(path);
      }
    }
    // The greeting check is the one piece of the templates an insert needs in the page.
    const heavy = [...seen].filter((f) => /^lib\/(data\/(?!model)|views|templates\/(?!greeting)|schedule|backup)/.test(f) || f.startsWith('components/'));
    expect(heavy).toEqual([]);
  });
});
