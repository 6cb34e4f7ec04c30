/**
 * zod's chainable API, for schemas that only the background and the CLI use (glossary data, language data,
 * provider answers): configured like the shared schemas (./zod.ts), which the bundles with a size budget use.
 */
import './zod';

export { z } from 'zod';
