// Whether bytes are exactly one JSON text (RFC 8259): a value, optionally surrounded by white space,
// nothing after it. The proxy checks every upstream body with it without building the value:
// decoding and parsing a 120 KB page cost more than the rest of the proxy's work together
// (bench case 2), and the browser parses the body anyway. Same verdict as JSON.parse (the tests use
// it as the oracle), a single pass over the bytes, no allocation but the nesting stack. Pure.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
// `}` and `]` are their openers + 2.
const CLOSE_OFFSET = 2;

function table(chars: string): Uint8Array {
  const t = new Uint8Array(256);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const SPACE = table(' \t\n\r');
const DIGIT = table('0123456789');
const HEX = table('0123456789abcdefABCDEF');
const ESCAPED = table('"\\/bfnrt');
/** Bytes that end a run of ordinary string content: the quote, a backslash, a control character. */
const STRING_STOP = table('"\\');
for (let b = 0; b < 0x20; b++) STRING_STOP[b] = 1;

const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];

// Each scanner takes the index where its token starts and returns the index after it, or -1.

function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && SPACE[b[i]!] === 1) i++;
  return i;
}

function stringEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  i++;
  for (;;) {
    while (i < n && STRING_STOP[b[i]!] === 0) i++;
    if (i >= n) return -1;
    const c = b[i]!;
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return -1; // a raw control character
    const e = b[i + 1] ?? 0;
    if (e === 0x75) {
      if (!(HEX[b[i + 2] ?? 0] && HEX[b[i + 3] ?? 0] && HEX[b[i + 4] ?? 0] && HEX[b[i + 5] ?? 0])) return -1;
      i += 6;
    } else if (ESCAPED[e] === 1) i += 2;
    else return -1;
  }
}

function digitsEnd(b: Uint8Array, i: number): number {
  if (DIGIT[b[i] ?? 0] !== 1) return -1;
  do i++;
  while (DIGIT[b[i] ?? 0] === 1);
  return i;
}

function numberEnd(b: Uint8Array, i: number): number {
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else if ((i = digitsEnd(b, i)) < 0) return -1;
  if (b[i] === 0x2e && (i = digitsEnd(b, i + 1)) < 0) return -1;
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    i = digitsEnd(b, i);
  }
  return i;
}

function literalEnd(b: Uint8Array, i: number, word: readonly number[]): number {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return -1;
  return i + word.length;
}

/** After `{` or an object's `,`: a key and its colon. */
function keyEnd(b: Uint8Array, i: number): number {
  i = skipSpace(b, i);
  if (b[i] !== QUOTE || (i = stringEnd(b, i)) < 0) return -1;
  i = skipSpace(b, i);
  return b[i] === 0x3a ? i + 1 : -1;
}

export function isStrictJson(b: Uint8Array): boolean {
  // The open containers, innermost last, by their opening byte.
  let open = new Uint8Array(64);
  let depth = 0;
  let i = 0;
  for (;;) {
    // One value; a container is entered and its first element read by the next turn.
    i = skipSpace(b, i);
    const c = b[i];
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      i = skipSpace(b, i + 1);
      if (b[i] === c + CLOSE_OFFSET) i++;
      else {
        if (depth === open.length) {
          const grown = new Uint8Array(depth * 2);
          grown.set(open);
          open = grown;
        }
        open[depth++] = c;
        if (c === OPEN_OBJECT && (i = keyEnd(b, i)) < 0) return false;
        continue;
      }
    } else if (c === QUOTE) i = stringEnd(b, i);
    else if (c === 0x2d || DIGIT[c ?? 0] === 1) i = numberEnd(b, i);
    else if (c === 0x74) i = literalEnd(b, i, TRUE);
    else if (c === 0x66) i = literalEnd(b, i, FALSE);
    else if (c === 0x6e) i = literalEnd(b, i, NULL);
    else return false;
    if (i < 0) return false;
    // After a value: the end of the text, the next element, or the end of containers.
    for (;;) {
      i = skipSpace(b, i);
      if (depth === 0) return i === b.length;
      const opener = open[depth - 1]!;
      if (b[i] === 0x2c) {
        i++;
        if (opener === OPEN_OBJECT && (i = keyEnd(b, i)) < 0) return false;
        break;
      }
      if (b[i] !== opener + CLOSE_OFFSET) return false;
      depth--;
      i++;
    }
  }
}
