// Finds the words of a question (and named entities) inside an evidence sentence and marks them.
import { el } from './dom.js';

const minimumLength = 2;

/** Spans [start, end) of `text` covered by the longest pieces of `question` (two characters or more) and by `terms`. */
export function matchedSpans(text, question, terms = []) {
  const covered = new Array(text.length).fill(false);
  const mark = (piece) => {
    if (piece.length < minimumLength) return;
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) {
      for (let i = at; i < at + piece.length; i += 1) covered[i] = true;
    }
  };
  for (const term of terms) mark(term);
  let start = 0;
  while (start < question.length) {
    let length = 0;
    for (let end = question.length; end - start >= minimumLength; end -= 1) {
      if (text.includes(question.slice(start, end))) {
        length = end - start;
        break;
      }
    }
    if (length > 0) {
      mark(question.slice(start, start + length));
      start += length;
    } else {
      start += 1;
    }
  }
  const spans = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!covered[i]) continue;
    const from = i;
    while (i < text.length && covered[i]) i += 1;
    spans.push([from, i]);
  }
  return spans;
}

/** A paragraph of `text` with the matched spans wrapped in <mark>, built from text nodes only. */
export function highlighted(text, question, terms) {
  const paragraph = el('p', { class: 'evidence-text' });
  let at = 0;
  for (const [from, to] of matchedSpans(text, question, terms)) {
    paragraph.append(text.slice(at, from), el('mark', { text: text.slice(from, to) }));
    at = to;
  }
  paragraph.append(text.slice(at));
  return paragraph;
}
