import { defineConfig, type WxtUnimportOptions } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

/**
 * Test seam for the provider end-to-end test only: a separate build (in its own folder) where the
 * provider hosts are granted at install, because no automation can click Chrome's permission prompt.
 * The code that checks the permission, fetches and parses is the same as in the real build.
 */
const grantProvidersForTests = process.env.BYLINE_E2E_GRANT_PROVIDERS === '1';
const PROVIDER_HOSTS = ['https://api.gdeltproject.org/*', 'https://news.google.com/*'];
/** The pages the probe runs on, where the background may inject the content script and the probe's relook script. */
const PAGE_HOSTS = ['http://*/*', 'https://*/*'];
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
  // lib/ is pure code that never uses WXT's auto-imports (and names like `t` or `browser` are ordinary locals
  // there): scanned, a parameter called `t` pulled the popup's i18n, and with it the API polyfill, into every script.
  // (`exclude` goes to unimport's plugin, which WXT's type does not list.)
  imports: { exclude: [/[\\/]node_modules[\\/]/, /[\\/]\.git[\\/]/, /[\\/]lib[\\/]/] } as WxtUnimportOptions,
  // WXT builds Firefox as MV2 unless told otherwise; Byline is MV3 in both browsers.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), leanUnlistedScripts(), ...keepAsyncEntryScripts(), selfContainedEntry('entrypoints/popup/main.ts', 'entrypoints/popup/index.html')],
    // Vite's modulepreload polyfill is for browsers without `<link rel="modulepreload">` (Chrome and Firefox 115+ have
    // it); shipped, it is a chunk every page fetches first, the popup's first script included. BYLINE_MINIFY=0: the
    // source's names in the bundle, for a profile (scripts/bench/extension-profile.ts).
    build: { sourcemap: process.env.BYLINE_SOURCEMAP === "1", modulePreload: { polyfill: false }, ...(process.env.BYLINE_MINIFY === '0' ? { minify: false } : {}) },
  }),
  webExt: { disabled: true },
  // The sources zip for AMO reviewers: only what git tracks (demo output, test artifacts and builds are ignored).
  zip: {
    excludeSources: ['demo-output/**', 'tests/e2e/artifacts/**', '.tmp/**', '**/*.log'],
  },
  hooks: {
    // The content script (entrypoints/full; its budget: 35 kB gzip, on every candidate page) uses only promise-based APIs that
    // Chrome and Firefox both have natively in MV3, and answers messages with sendResponse: it takes WXT's
    // bare `browser` (the browser's own object) instead of the webextension-polyfill the other entrypoints get.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The scripts injected into pages: the content script (entrypoints/full), the probe and its relook script.
      if (!entrypoints.some((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [native, ...alias] : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab results; scripting: the background injects the content script on the pages
    // the probe finds to be candidates (host permissions: the probe's own matches). The badge needs no
    // permission, and the popup addresses the active tab by id.
    permissions: ['storage', 'scripting'],
    // The probe runs on every page; the content script only where it finds a candidate (entrypoints/probe).
    content_scripts: [{ matches: PAGE_HOSTS, js: ['probe.js'], run_at: 'document_idle' }],
    // The provider hosts are asked for only when the reader turns a related-stories provider on in the options.
    ...(grantProvidersForTests
      ? { host_permissions: [...PAGE_HOSTS, ...PROVIDER_HOSTS] }
      : { host_permissions: PAGE_HOSTS, optional_host_permissions: PROVIDER_HOSTS }),
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

/**
 * WXT wraps each unlisted script (the every-page probe, its relook script) in a start-up wrapper whose only
 * extra is logging a crash in development; in a production build that logger does nothing, but its message
 * strings and plumbing still ship, 0.4 kB on every page. This is the same wrapper (run `main`, its result is the
 * script's) without them. Should WXT rename its virtual module, this matches nothing and WXT's own stays.
 */
function leanUnlistedScripts(): Plugin {
  const prefix = '\0virtual:wxt-unlisted-script-entrypoint?';
  return {
    name: 'byline:lean-unlisted-scripts',
    transform(_code, id) {
      if (!id.startsWith(prefix)) return null;
      return `import definition from ${JSON.stringify(id.slice(prefix.length))};\nexport default definition.main();\n`;
    },
  };
}

/**
 * Vite rewrites a page's module entry script and drops its `async`: a page whose source marks its entry
 * `async` (the popup, whose first script paints the stored result and should not wait for the stylesheet)
 * gets it back on the built tag.
 */
function keepAsyncEntryScripts(): Plugin[] {
  const marked = new Set<string>();
  const page = (ctx: IndexHtmlTransformContext) => ctx.filename;
  return [
    {
      name: 'byline:async-entry:read',
      transformIndexHtml: {
        order: 'pre',
        handler(html, ctx) {
          if (/<script\b[^>]*\btype="module"[^>]*\basync\b/.test(html)) marked.add(page(ctx));
          return html;
        },
      },
    },
    {
      name: 'byline:async-entry:write',
      transformIndexHtml: {
        order: 'post',
        handler: (html, ctx) => (marked.has(page(ctx)) ? html.replace(/<script type="module"(?![^>]*\basync\b)/, '<script type="module" async') : html),
      },
    },
  ];
}

/**
 * The popup's first script paints the stored result before anything else loads, so it is built as one file:
 * the modules it imports (i18n, the bar's links, the start-up read) are bundled into it as its own copies
 * instead of shared chunks, which cost a fetch each, `modulepreload` links in the page and code the first
 * paint never runs (date formatting). Its dynamic import (the full popup) is left as it is.
 */
function selfContainedEntry(entry: string, page: string): Plugin {
  const own = '?byline-own';
  const entryPath = path.resolve(entry);
  const pagePath = path.resolve(page);
  const isOurs = (importer: string | undefined) => !!importer && (importer === entryPath || importer.endsWith(own));
  return {
    name: 'byline:self-contained-entry',
    // Before Vite's own resolver, which would otherwise answer first.
    enforce: 'pre',
    // A dynamic import resolved here never reaches resolveId below: it stays a chunk of its own, shared.
    async resolveDynamicImport(source, importer) {
      if (typeof source !== 'string' || !isOurs(importer)) return null;
      const resolved = await this.resolve(source, importer!.replace(own, ''), { skipSelf: true });
      return resolved ? resolved.id : null;
    },
    async resolveId(source, importer, options) {
      // WXT's start-up module for its runtime plugins (none here), which WXT adds to every page: the page's own copy too.
      const wxtVirtual = source.startsWith('virtual:wxt-') && (isOurs(importer) || importer?.startsWith(pagePath));
      if (!wxtVirtual && (!isOurs(importer) || !source.startsWith('.'))) return null;
      const resolved = await this.resolve(source, importer!.replace(own, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !(wxtVirtual || /\.tsx?$/.test(resolved.id))) return resolved;
      return resolved.id + own;
    },
    // Files load by their path (Vite drops the query); a virtual module's copy is loaded as the original.
    async load(id) {
      if (!id.startsWith('\0') || !id.endsWith(own)) return null;
      return (await this.load({ id: id.slice(0, -own.length) })).code;
    },
  };
}
