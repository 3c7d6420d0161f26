// Finds the Chromium the tests drive. Playwright cannot download browsers on these machines, so
// the order is: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Playwright's own download if present.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  // The network is closed: without these Chromium retries its own background connections.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}

export function chromiumPath() {
  const path = findChromium();
  if (!path) {
    throw new Error(
      'No Chromium found. Install Debian\'s: sudo apt-get install chromium (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return path;
}
