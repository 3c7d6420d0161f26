// The every-page accessibility sweep (`npm run test:a11y-all`): the browser suite's settings, with
// the sweep's own folder, which `npm test` does not run.
import { defineConfig } from '@playwright/test';
import config from './playwright.config';

export default defineConfig({ ...config, testDir: 'tests/a11y' });
