// Finds a Chromium to drive: $CHROMIUM_PATH, then Debian's and the usual install places.
// Playwright cannot download its own browser here, so the project uses the system one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

export const INSTALL_HINT =
  'Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p)) ?? null;
}

/** Flags for a quiet, offline, extension-loading Chromium. */
export function chromiumArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-default-apps',
  ];
}
