// Checks for a library far larger than today's (`npm run test:scale`), run in a copy made by
// scripts/bench/generate.mjs, where groups grow long enough to fold; `npm test` does not run them.
import { defineConfig } from '@playwright/test';
import config from './playwright.config';

export default defineConfig({ ...config, testDir: 'tests/scale' });
