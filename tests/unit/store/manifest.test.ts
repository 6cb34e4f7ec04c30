/**
 * Store readiness of the manifest as wxt.config.ts writes it: icons at every size and present on disk,
 * Firefox consent and version fields, and a sources zip that leaves out what git ignores.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const root = path.resolve(__dirname, '../../..');
type Manifest = Record<string, any>;
const manifestFor = (browser: string): Manifest =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser, manifestVersion: 3, mode: 'production', command: 'build',
  });

describe.each(['chrome', 'firefox'])('%s manifest', (browser) => {
  const manifest = manifestFor(browser);

  it('carries icons 16/32/48/128 for the extension and the toolbar, each a PNG of its size', () => {
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 128]);
      for (const [size, file] of Object.entries(icons as Record<string, string>)) {
        const png = readFileSync(path.join(root, 'public', file));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });
});

describe('Firefox', () => {
  const gecko = manifestFor('firefox').browser_specific_settings.gecko;

  it('declares no data collection, and the web providers as optional', () => {
    expect(gecko.data_collection_permissions.required).toEqual(['none']);
    expect(gecko.data_collection_permissions.optional).toEqual(['websiteContent']);
  });

  it('asks for Firefox 140+ (CSS Custom Highlight API) and has a permanent, non-placeholder id', () => {
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.id).toMatch(/^[a-z0-9-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(gecko.id).not.toMatch(/example/);
  });

  it('leaves every ignored source folder out of the sources zip', () => {
    const excluded = config.zip?.excludeSources ?? [];
    const ignored = readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    // Folders WXT never zips as sources anyway: dependencies and its own output.
    const wxtSkips = new Set(['node_modules/', '.output/', '.wxt/']);
    for (const entry of ignored.filter((e) => !wxtSkips.has(e))) {
      const glob = entry.endsWith('/') ? `${entry}**` : entry.startsWith('*') ? `**/${entry}` : entry;
      expect(excluded, entry).toContain(glob);
    }
  });
});

describe('store files', () => {
  it.each(['LICENSE', 'PRIVACY.md', 'store/icon.svg', 'store/description.en.md', 'store/description.ru.md', 'store/description.kk.md'])('%s exists', (file) => {
    expect(existsSync(path.join(root, file))).toBe(true);
  });

  it('has store screenshots at 1280×800 for en, ru and kk (npm run store:screenshots)', () => {
    const shots = readdirSync(path.join(root, 'store')).filter((f) => /^screenshot-\d+-[a-z]{2}\.png$/.test(f));
    expect(shots.map((f) => f.slice(-6, -4)).sort()).toEqual(['en', 'kk', 'ru']);
    for (const file of shots) {
      const png = readFileSync(path.join(root, 'store', file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
    }
  });

  it('LICENSE is the MIT licence package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});
