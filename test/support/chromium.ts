import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const EXECUTABLE = '/usr/bin/chromium';

/**
 * Debian's Chromium for browser tests. Missing on a newcomer's laptop: the tests skip with a
 * notice; missing with CI=true: they fail (.ci/run installs it).
 */
export function chromiumAvailable(): boolean {
  if (existsSync(EXECUTABLE)) return true;
  if (process.env.CI === 'true') throw new Error(`${EXECUTABLE} is missing; CI requires it (apt-get install -y chromium)`);
  console.warn(`${EXECUTABLE} not found: browser tests skipped (apt-get install -y chromium)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
