// Worker threads do not inherit tsx's TypeScript loader on Node 20: register it, then load the worker.
// The packages the worker needs are imported first, natively: through the loader's hooks each of
// linkedom's ~150 modules costs a round trip to the hooks thread (~0.2 s of CPU per worker).
import 'linkedom';
import 'zod/mini';
import 'zod';
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
