// Finds the Chromium the tests run in, or installs Debian's package when we are root.
// Test tools never download a browser of their own: that fails on machines without internet.
import { execSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for headless Chromium on a machine without a network: without the background-networking
 * ones it keeps trying, and failing, to reach Google's services.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium() {
  for (const path of candidates) {
    if (!path) continue;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && process.getuid?.() === 0 && process.platform === 'linux') {
    console.log('Chromium not found: installing the Debian package "chromium" (about 80 MB)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', {
      stdio: 'inherit',
    });
    found = findChromium();
  }
  if (!found) {
    console.error(
      'Tests need Chromium: run "sudo apt-get install -y chromium" (Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
}
