import { describe, expect, it } from 'vitest';
import { NotUtf8Error, utf8Text } from './io.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('utf8Text', () => {
  it('reads UTF-8, a byte-order mark and characters of every width', () => {
    expect(utf8Text(bytes('a,b\nè,한국어,😀\n'))).toBe('a,b\nè,한국어,😀\n');
  });

  it('names the first line that is not UTF-8 (a Latin-1 è)', () => {
    const latin1 = bytes('id,text\n1,ok\n2,perch', [0xe8], ' no\n');
    expect(() => utf8Text(latin1)).toThrow(NotUtf8Error);
    expect(() => utf8Text(latin1)).toThrow(/^line 3 is not UTF-8 text \(byte 0xe8/);
    expect(() => utf8Text(bytes([0xc3]))).toThrow(/^line 1 /);
    expect(() => utf8Text(bytes('a\nb\nc\n', [0xff]))).toThrow(/^line 4 /);
  });

  it('refuses UTF-16 with a word on what to do', () => {
    expect(() => utf8Text(Buffer.from('\ufeffid', 'utf16le'))).toThrow(/UTF-16: save it as UTF-8/);
  });
});
