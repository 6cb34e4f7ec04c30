/**
 * Starts Debian Firefox ESR with the built Firefox extension installed as a temporary add-on,
 * through puppeteer-core over WebDriver BiDi: the Firefox counterpart of `chromium.ts`.
 * Firefox's automation refuses `moz-extension://` pages, so this drives web pages only
 * (content script, highlights); the popup and options pages are tested in Chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { projectRoot } from './chromium';

export const firefoxBuildDir = path.join(projectRoot, '.output', 'firefox-mv3');

/** Where Debian puts Firefox: ESR first (what CI installs), then a regular build. */
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * The machine has no network beyond loopback: keep Firefox from reaching out. Puppeteer already
 * turns off updates and telemetry; these cover the rest that would otherwise retry in the background.
 * Host permissions are left at Firefox's default (granted at install since Firefox 127), so the test
 * sees what a reader who installs Byline sees.
 */
const OFFLINE_PREFS: Record<string, unknown> = {
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
};

/** The Firefox binary to use, or null when none is installed (FIREFOX_PATH overrides). */
export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's gecko id). */
  addonId: string;
  /** e.g. "firefox/153.7.0" */
  version: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(options: { headless: boolean; extensionDir?: string }): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) {
    throw new Error('Firefox not found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  }
  const extensionDir = options.extensionDir ?? firefoxBuildDir;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'byline-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless,
    userDataDir,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: OFFLINE_PREFS,
    // Firefox reads MOZ_HEADLESS as well as --headless; set both so child processes agree.
    env: { ...process.env, ...(options.headless ? { MOZ_HEADLESS: '1' } : {}) },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    const version = await browser.version();
    return {
      browser,
      addonId,
      version,
      close: async () => {
        await browser.close().catch(() => undefined);
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
