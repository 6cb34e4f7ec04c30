import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Test seam for the provider end-to-end test only: a separate build (in its own folder) where the
 * provider hosts are granted at install, because no automation can click Chrome's permission prompt.
 * The code that checks the permission, fetches and parses is the same as in the real build.
 */
const grantProvidersForTests = process.env.BYLINE_E2E_GRANT_PROVIDERS === '1';
const PROVIDER_HOSTS = ['https://api.gdeltproject.org/*', 'https://news.google.com/*'];
// Rendered from store/icon.svg by `npm run icons`.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
/**
 * Permanent once published on addons.mozilla.org: an address at a domain the project controls.
 * Firefox 140 is the first with the CSS Custom Highlight API (the highlights) and data_collection_permissions.
 */
const GECKO = {
  id: 'byline@byline-reader.org',
  strict_min_version: '140.0',
  // Nothing is collected; a related-stories provider, when the reader turns one on, sends names found on the page.
  data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
};

// Manifest V3 for Chrome and Firefox from one source; per-browser keys in the function form.
export default defineConfig({
  ...(grantProvidersForTests ? { outDir: '.output/e2e-providers' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT builds Firefox as MV2 unless told otherwise; Byline is MV3 in both browsers.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  webExt: { disabled: true },
  // The sources zip for AMO reviewers: only what git tracks (demo output, test artifacts and builds are ignored).
  zip: {
    excludeSources: ['demo-output/**', 'tests/e2e/artifacts/**', '.tmp/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab results. Nothing else: the content script's matches give page access,
    // the badge needs no permission, and the popup addresses the active tab by id.
    permissions: ['storage'],
    // Asked for only when the reader turns a related-stories provider on in the options.
    ...(grantProvidersForTests ? { host_permissions: PROVIDER_HOSTS } : { optional_host_permissions: PROVIDER_HOSTS }),
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdToggleHighlights__',
      },
      // The side panel: Chrome opens it from the background; Firefox's sidebar has a built-in command.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_cmdOpenPanel__',
      },
      'next-quote': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextQuote__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: GECKO } }
      : {}),
  }),
});
