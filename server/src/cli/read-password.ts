import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The new account's password: the first line of a file (`-` is standard input), or typed at a prompt
 * without echo. Never an argument: arguments show in `ps` and in shell history.
 */
export async function readPassword(file: string | undefined): Promise<string> {
  if (file) return (readFileSync(file === '-' ? 0 : file, 'utf8').split(/\r?\n/)[0] ?? '').trim();
  if (!process.stdin.isTTY)
    throw new Error('give --password-file <file> (or - for standard input), or run on a terminal');
  const first = await prompt('Password: ');
  const again = await prompt('Password again: ');
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Readline echoes what is typed through _writeToOutput; show the question only.
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  let asked = false;
  muted._writeToOutput = (s: string) => {
    if (!asked) process.stderr.write(s);
    asked = true;
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    }),
  );
}
