/**
 * zod, configured once for every schema Byline builds. The shared schemas use `zod/mini` (same package, same
 * parser, functional API): a script that parses messages then carries only what its schemas use, not zod's
 * whole chainable API (the content script and the extension pages). Extension pages and content scripts forbid
 * `eval` (their CSP), so zod's compiled fast path is never available there; `jitless` also stops the
 * `new Function` probe zod would otherwise make, which a strict CSP reports as a violation (one setting for
 * `zod` and `zod/mini`, which share their core).
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };

/**
 * A schema built the first time it is used. Every script imports the whole schema set and uses a few of
 * them: building all of them as a content script starts cost 40–60 ms of one task in a cold page (zod
 * runs a good deal of code per schema), on every page. The proxy stands for the schema in every way zod
 * and callers look at it (properties, `in`, prototype), so the laziness is invisible to them.
 * Marked free of side effects: a bundle keeps only the schemas its script uses (the content script parses
 * a few messages; the schema modules define every one).
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const found = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may only report non-configurable properties its own target has.
      return found ? { ...found, configurable: true } : undefined;
    },
  });
}
