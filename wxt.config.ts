import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest V3 for Chrome and Firefox from one source; per-browser keys in the function form.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT builds Firefox as MV2 unless told otherwise; Byline is MV3 in both browsers.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab results. Nothing else: the content script's matches give page access,
    // the badge needs no permission, and the popup addresses the active tab by id.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdToggleHighlights__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'byline@byline.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
