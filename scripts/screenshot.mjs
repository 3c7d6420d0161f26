// Saves PNG screenshots of pages on a running preview: node scripts/screenshot.mjs /path [/path…]
// Options via env: WIDTH (default 390, a phone), THEME=dark, FULL=1 for the full page.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({
  viewport: { width: Number(process.env.WIDTH ?? 390), height: 844 },
  colorScheme: process.env.THEME === 'dark' ? 'dark' : 'light',
});
page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text()));
mkdirSync('reports/shots', { recursive: true });
for (const path of process.argv.slice(2)) {
  await page.goto(base + path);
  const file = `reports/shots/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}${process.env.THEME === 'dark' ? '-dark' : ''}.png`;
  await page.screenshot({ path: file, fullPage: !!process.env.FULL });
  console.log(file);
}
await browser.close();
