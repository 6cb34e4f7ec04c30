/** Serves the demo site (tests/fixtures/site) on 127.0.0.1 until stopped: `npm run demo:serve -- [port]`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/site');
const port = Number(process.argv[2] ?? 8377);
const { origin } = await startStaticServer(root, port);
console.log(`Demo site: ${origin}/  (Ctrl-C to stop)`);
