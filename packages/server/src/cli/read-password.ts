import { readFileSync } from 'node:fs';

/**
 * The password from `--password-file`, or from standard input: typed at a prompt that
 * echoes nothing (asked twice) on a terminal, else read whole from a pipe. One trailing
 * line break is dropped (what `echo` and editors add); nothing else is trimmed.
 */
export async function readPassword(options: { file?: string; prompt: string }): Promise<string> {
  if (options.file !== undefined) return dropLineBreak(readFileSync(options.file, 'utf8'));
  if (!process.stdin.isTTY) return dropLineBreak(await readAll(process.stdin));
  const first = await promptHidden(options.prompt);
  const second = await promptHidden('Once more: ');
  if (first !== second) throw new Error('The two passwords differ');
  return first;
}

function dropLineBreak(text: string): string {
  return text.replace(/\r?\n$/, '');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
