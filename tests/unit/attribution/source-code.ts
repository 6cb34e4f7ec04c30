/**
 * Reading the project's own TypeScript for structural tests: the files of a folder, and their code
 * with comments removed (strings, template literals and regex literals kept, since those carry behaviour).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');

/** Every .ts/.tsx file under `folder` (relative to the project root), sorted. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(path.join(ROOT, folder));
  return out;
}

/** Characters after which a slash opens a regex literal rather than dividing. */
const BEFORE_REGEX = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const KEYWORDS_BEFORE_REGEX = /(?:^|[^\w$])(?:return|typeof|case|of|in|do|else|void|yield|await)$/;

/** The source with comments blanked (newlines kept, so line numbers stay right). */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  let lastSignificant = '';
  const n = src.length;
  const copyQuoted = (q: string) => {
    out += src[i++];
    while (i < n && src[i] !== q) {
      if (src[i] === '\\') out += src[i++];
      if (q === '`' && src[i] === '$' && src[i + 1] === '{') {
        // A template hole: copy up to its matching brace (holes rarely nest comments).
        let depth = 0;
        do {
          if (src[i] === '{') depth++;
          if (src[i] === '}') depth--;
          out += src[i++];
        } while (i < n && depth > 0);
        continue;
      }
      out += src[i++] ?? '';
    }
    out += src[i++] ?? '';
  };
  while (i < n) {
    const c = src[i]!;
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      copyQuoted(c);
      lastSignificant = c;
      continue;
    }
    if (c === '/' && (BEFORE_REGEX.has(lastSignificant) || KEYWORDS_BEFORE_REGEX.test(out.trimEnd()))) {
      // A regex literal: up to the closing slash outside a character class.
      let inClass = false;
      out += src[i++];
      while (i < n && (inClass || src[i] !== '/') && src[i] !== '\n') {
        if (src[i] === '\\') out += src[i++];
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        out += src[i++] ?? '';
      }
      out += src[i++] ?? '';
      lastSignificant = '/';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) lastSignificant = /[\w$)\].]/.test(c) ? 'x' : c;
    i++;
  }
  return out;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
