// The exec target: runs a program without a shell, the prompt on stdin or in its arguments, and
// takes its stdout as the output. Prompts are data: no shell ever parses them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, type TargetConfigOf, TargetError } from '../core/index.js';
import { compileTemplate, type Template, TemplateError } from '../template/index.js';
import type { TargetFactory } from './types.js';

/** More output than this is a runaway program, not an answer. */
const MAX_STDOUT_BYTES = 16 * 1024 * 1024;
const STDERR_TAIL_CHARS = 1000;
/** `{{ prompt }}`, `{{ prompt | upper }}`, `{% if prompt %}`: the word inside a tag, not in plain text. */
const MENTIONS_PROMPT = /\{[{%][^}%]*\bprompt\b/;

export const createExecTarget: TargetFactory<'exec'> = (config, context) => {
  const cwd = config.cwd === undefined ? context.baseDir : resolve(context.baseDir, config.cwd);
  // spawn reports a missing cwd as ENOENT, indistinguishable from a missing command.
  if (!existsSync(cwd)) throw new ConfigError(`target ${config.id}: cwd ${cwd} does not exist`);
  // `./tools/app` is relative to the suite, like every other path in it; bare names go through PATH.
  const command =
    config.command.includes('/') && !isAbsolute(config.command)
      ? resolve(context.baseDir, config.command)
      : config.command;
  const argTemplates = config.args.map((arg, index) => compileArg(config, arg, index));
  const appendPrompt = config.input === 'argv' && !config.args.some((arg) => MENTIONS_PROMPT.test(arg));
  const env = { ...context.env, ...config.env };

  return {
    id: config.id,
    config,
    // A program may read files, clocks or the network: reuse only when the suite says so.
    cacheable: false,
    async call({ prompt, vars, signal }) {
      const templateContext = { ...vars, prompt: prompt.text, vars };
      const args = argTemplates.map((template) => template.render(templateContext));
      if (appendPrompt) args.push(prompt.text);
      const stdin = config.input === 'stdin' ? prompt.text : '';
      const output = await runProcess(config, { command, args, cwd, env, stdin, signal });
      return { output };
    },
  };
};

function compileArg(config: TargetConfigOf<'exec'>, arg: string, index: number): Template {
  try {
    return compileTemplate(arg);
  } catch (err) {
    if (err instanceof TemplateError)
      throw new ConfigError(`target ${config.id}: args[${index}]: ${err.message}`);
    throw err;
  }
}

interface ProcessRequest {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: string;
  signal: AbortSignal;
}

function runProcess(config: TargetConfigOf<'exec'>, request: ProcessRequest): Promise<string> {
  const { id } = config;
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so that killing it on abort also kills whatever it started.
    const child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: request.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let settled = false;

    const settle = (error: TargetError | undefined, output?: string) => {
      if (settled) return;
      settled = true;
      request.signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolvePromise(output ?? '');
    };
    const onAbort = () => {
      killGroup(child.pid);
      settle(new TargetError(id, 'process aborted'));
    };
    if (request.signal.aborted) return onAbort();
    request.signal.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > MAX_STDOUT_BYTES) {
        killGroup(child.pid);
        settle(new TargetError(id, `${config.command} wrote more than ${MAX_STDOUT_BYTES} bytes to stdout`));
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    child.on('error', (err: NodeJS.ErrnoException) => settle(spawnError(config, request.command, err)));
    child.on('close', (code, signalName) => {
      if (code === 0) {
        settle(
          undefined,
          Buffer.concat(stdout)
            .toString('utf8')
            .replace(/\r?\n$/, ''),
        );
        return;
      }
      const how = code === null ? `was killed by ${signalName}` : `exited with code ${code}`;
      const tail = stderrTail.trim();
      settle(new TargetError(id, `${config.command} ${how}${tail ? `: ${tail}` : ''}`));
    });
    // A program that exits without reading stdin closes the pipe under us: not an error of ours.
    child.stdin.on('error', () => {});
    child.stdin.end(request.stdin);
  });
}

function spawnError(
  config: TargetConfigOf<'exec'>,
  command: string,
  err: NodeJS.ErrnoException,
): TargetError {
  if (err.code === 'ENOENT') {
    return new TargetError(config.id, `command not found: ${command}`, {
      hint: 'check `command` (a program on PATH, or a path relative to the suite file) and `cwd`',
    });
  }
  if (err.code === 'EACCES') return new TargetError(config.id, `command is not executable: ${command}`);
  return new TargetError(config.id, `could not start ${command}: ${err.message}`);
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
