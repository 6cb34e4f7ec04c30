/**
 * KazNERD (Kazakh, IOB2 "token TAG" lines, blank line between sentences): turns sentences into
 * pseudo-documents the engine can read — tokens joined by spaces, sentences by a space, a blank
 * line every few sentences so there are paragraphs — keeping each token's offset, and collects the
 * gold entities (PERSON, POSITION…) as character ranges of that text.
 */
import type { Range } from './text';

/** Sentences per paragraph: news paragraphs hold a few sentences. */
const SENTENCES_PER_PARAGRAPH = 5;

export interface IobSentence {
  tokens: string[];
  tags: string[];
}

export interface IobEntity {
  type: string;
  range: Range;
  text: string;
}

export interface IobDocument {
  text: string;
  entities: IobEntity[];
}

export function parseIob2(content: string): IobSentence[] {
  const sentences: IobSentence[] = [];
  let current: IobSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (current.tokens.length) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    // The tag is the last field; tokens never hold spaces or tabs.
    const m = line.match(/^(\S+)\s+(\S+)$/);
    if (!m) continue;
    current.tokens.push(m[1]!);
    current.tags.push(m[2]!);
  }
  flush();
  return sentences;
}

/**
 * Groups sentences into documents of `perDocument` sentences. An entity starts at B-X, or at I-X
 * that does not continue an X (lenient IOB2 reading), and runs over the following I-X tokens.
 */
export function buildDocuments(sentences: readonly IobSentence[], perDocument: number): IobDocument[] {
  const docs: IobDocument[] = [];
  for (let i = 0; i < sentences.length; i += perDocument) {
    let text = '';
    const entities: IobEntity[] = [];
    sentences.slice(i, i + perDocument).forEach((sentence, k) => {
      if (k > 0) text += k % SENTENCES_PER_PARAGRAPH === 0 ? '\n\n' : ' ';
      let open: { type: string; start: number; end: number } | null = null;
      const close = () => {
        if (open) entities.push({ type: open.type, range: [open.start, open.end], text: text.slice(open.start, open.end) });
        open = null;
      };
      sentence.tokens.forEach((token, t) => {
        if (t > 0) text += ' ';
        const start = text.length;
        text += token;
        const tag = sentence.tags[t] ?? 'O';
        const [prefix, type] = tag.split('-', 2) as [string, string | undefined];
        if (prefix === 'I' && open && type === open.type) {
          open.end = text.length;
          return;
        }
        close();
        if ((prefix === 'B' || prefix === 'I') && type) open = { type, start, end: text.length };
      });
      close();
    });
    docs.push({ text, entities });
  }
  return docs;
}
