/**
 * zod, configured once for every schema Byline builds. Extension pages and content scripts forbid
 * `eval` (their CSP), so zod's compiled fast path is never available there; `jitless` also stops the
 * `new Function` probe zod would otherwise make, which a strict CSP reports as a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
