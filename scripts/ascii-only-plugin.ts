// Chromium refuses a content script that is not valid UTF-8 and Vite 8's minifier emits a raw
// U+FFFF (from Dexie). Escaping every non-ASCII character keeps each emitted chunk pure ASCII.
import type { Plugin } from 'vite';

export function escapeNonAscii(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function asciiOnly(): Plugin {
  return {
    name: 'followthrough:ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
      }
    },
  };
}
