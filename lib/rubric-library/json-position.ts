/**
 * Where JSON text first goes wrong, as an offset. JSON.parse only sometimes says (V8 gives a
 * position for some errors, only the bad token for others), and a person fixing a pack by hand
 * needs the line and column every time. A small scanner that follows the JSON grammar; it is run
 * only after JSON.parse has failed, so it never decides what is valid.
 */
const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const ESCAPE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  ws() {
    while (WS.has(this.s[this.i] ?? '')) this.i++;
  }

  fail(): never {
    throw this.i;
  }

  value(depth: number): void {
    if (depth > 512) this.fail();
    this.ws();
    const c = this.s[this.i];
    if (c === '{') {
      this.container('}', depth, true);
      return;
    }
    if (c === '[') {
      this.container(']', depth, false);
      return;
    }
    if (c === '"') {
      this.string();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    const number = NUMBER.exec(this.s.slice(this.i, this.i + 400));
    if (!number) this.fail();
    this.i += number[0].length;
  }

  container(close: string, depth: number, keyed: boolean): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      if (keyed) {
        this.ws();
        if (this.s[this.i] !== '"') this.fail();
        this.string();
        this.ws();
        if (this.s[this.i] !== ':') this.fail();
        this.i++;
      }
      this.value(depth + 1);
      this.ws();
      const c = this.s[this.i];
      this.i++;
      if (c === close) return;
      if (c !== ',') {
        this.i--;
        this.fail();
      }
    }
  }

  string(): void {
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c < ' ') this.fail();
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const sequence = ESCAPE.exec(this.s.slice(this.i + 1, this.i + 6));
        if (!sequence) this.fail();
        this.i += sequence[0].length;
      }
      this.i++;
    }
  }
}

/** The offset of the first error in `text`, or undefined when the scanner finds none. */
export function jsonErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.ws();
    return scanner.i < text.length ? scanner.i : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
