import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';
const [,, path, width, scheme, motion, out] = process.argv;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: +width, height: 800 }, colorScheme: scheme, reducedMotion: motion });
await page.goto('http://127.0.0.1:4351' + path);
await page.locator('#cues').scrollIntoViewIfNeeded();
await page.locator('#cues').locator('xpath=..').screenshot({ path: out });
await browser.close();
