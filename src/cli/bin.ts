#!/usr/bin/env node
// Entry point of the `groundtruth` command: wires signals to an AbortController and exits with the
// code `main` decides. A first Ctrl-C stops the run cleanly (it stays resumable); a second one exits at once.
import { ExitCode } from '../core/errors.js';
import { processIO } from './io.js';
import { main } from './main.js';

const controller = new AbortController();
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupts++;
    if (interrupts > 1) process.exit(ExitCode.interrupted);
    process.stderr.write(`\n${signal}: stopping after the calls in flight (again to quit at once)\n`);
    controller.abort(signal);
  });
}

const code = await main(process.argv.slice(2), processIO(controller.signal));
process.exitCode = code;
// Open handles (keep-alive sockets of SDKs, a user module's timers) must not keep a finished run alive.
setTimeout(() => process.exit(code), 1_000).unref();
