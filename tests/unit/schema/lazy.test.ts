/** lazySchema: a schema is built when first used, and then behaves exactly as the schema itself. */
import { describe, expect, it } from 'vitest';
import { lazySchema, z } from '../../../lib/schema/zod';
import { Analysis, Quote, Span, TabState } from '../../../lib/schema';

describe('lazySchema', () => {
  it('builds nothing until the schema is used, then builds once', () => {
    let builds = 0;
    const Point = lazySchema(() => {
      builds++;
      return z.object({ x: z.number(), y: z.number() });
    });
    const Line = lazySchema(() => z.object({ from: Point, to: Point }));
    expect(builds).toBe(0);
    expect(Line.safeParse({ from: { x: 1, y: 2 }, to: { x: 3, y: 4 } }).success).toBe(true);
    expect(Line.safeParse({ from: { x: 1 }, to: { x: 3, y: 4 } }).success).toBe(false);
    expect(Point.parse({ x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    expect(builds).toBe(1);
  });

  it('stands in for the schema: extend, shape, optional, array, instanceof, discriminated unions', () => {
    const Base = lazySchema(() => z.object({ kind: z.literal('a'), n: z.number() }));
    const Other = lazySchema(() => z.object({ kind: z.literal('b') }));
    const Either = lazySchema(() => z.discriminatedUnion('kind', [Base, Other]));
    expect(Either.parse({ kind: 'a', n: 1 })).toEqual({ kind: 'a', n: 1 });
    expect(Either.safeParse({ kind: 'c' }).success).toBe(false);
    expect(z.extend(Base, { m: z.string() }).parse({ kind: 'a', n: 1, m: 'x' })).toEqual({ kind: 'a', n: 1, m: 'x' });
    expect(Object.keys(Base.shape)).toEqual(['kind', 'n']);
    expect(z.optional(Base).parse(undefined)).toBeUndefined();
    expect(z.array(Base).parse([{ kind: 'a', n: 2 }])).toHaveLength(1);
    expect(Base instanceof z.ZodMiniObject).toBe(true);
    expect('shape' in Base).toBe(true);
  });

  it('keeps the shared schemas working: spans, quotes, a whole tab state', () => {
    const span = { start: 0, end: 5, block: 0, selector: { exact: 'Hello', prefix: '', suffix: ' world' } };
    expect(Span.safeParse(span).success).toBe(true);
    expect(Span.safeParse({ ...span, start: -1 }).success).toBe(false);
    expect(Quote.shape.start).toBeDefined();
    expect(TabState.safeParse({ status: 'analyzed', analysis: {} }).success).toBe(false);
    expect(Analysis.safeParse(null).success).toBe(false);
  });
});
