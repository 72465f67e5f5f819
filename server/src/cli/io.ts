import { readFile } from 'node:fs/promises';

/** Where a command reads and writes; tests pass their own to capture output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

/** The real process: stdout, stderr and the file system (UTF-8). */
export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => utf8Text(await readFile(path)),
};

/**
 * A file's bytes as text, refusing what is not UTF-8: reading with 'utf8' turned a
 * Latin-1 or Windows-1252 file's accented letters into U+FFFD and the import went on,
 * writing damaged text. The error names the first line that is not UTF-8.
 */
export function utf8Text(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NotUtf8Error('the file is UTF-16: save it as UTF-8 and try again');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let end = 0;
    // The longest prefix that decodes: the bad byte is just after it.
    for (let size = bytes.length; size > 0; size = Math.floor(size / 2)) {
      while (end + size <= bytes.length && decodes(bytes.subarray(0, end + size))) end += size;
    }
    // A lead byte whose sequence was cut short is the culprit, not the byte that ended it.
    for (let back = 1; back <= 3 && end - back >= 0; back++) {
      const byte = bytes[end - back]!;
      if (byte < 0xc0) continue;
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
      break;
    }
    for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
    throw new NotUtf8Error(
      `line ${line} is not UTF-8 text (byte 0x${bytes[end]!.toString(16).padStart(2, '0')}; Latin-1 or Windows-1252?): save the file as UTF-8 and try again`,
    );
  }
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export class NotUtf8Error extends Error {}

/** A failure the user can fix; `run` prints the message and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
