#!/usr/bin/env node
import "./v8-tuning.js";
import { runCli } from "./run.js";

/**
 * A stream whose reader went away (`godot-typed ... | head`) reports EPIPE as an 'error' event,
 * which would crash the process with a stack trace. The reader wanted no more output, so from
 * then on writes are dropped quietly and the command finishes its work (an interrupted write
 * would leave a staging folder behind) with its own exit code.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): { write(text: string): unknown } {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
    else throw error;
  });
  return { write: (text: string) => (closed ? false : stream.write(text)) };
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: quietOnClosedPipe(process.stdout),
  stderr: quietOnClosedPipe(process.stderr),
  cwd: process.cwd(),
  env: process.env,
});
