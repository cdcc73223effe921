/**
 * `npm run preview` in the background for scripts that measure the built site (lighthouse,
 * bench:search): started in its own process group and stopped by that group, never by name.
 */
import { spawn, type ChildProcess } from "node:child_process";

export const ORIGIN = `http://127.0.0.1:${process.env.ATLAS_PORT ?? 4321}`;

export interface PreviewServer {
  /** Everything the server printed, for error messages. */
  log(): string;
  /** Stops the server's whole process group (npm, astro and their children); a no-op if it was reused or is gone. */
  stop(): void;
}

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(`${ORIGIN}/`, { signal: AbortSignal.timeout(2_000) })).status < 500;
  } catch {
    return false;
  }
}

/**
 * Starts the preview server and waits until it answers. If something already answers on the port:
 * with `reuse` (and not in CI) it is used as it is; otherwise that is an error, since the
 * measurement must run against this checkout's dist/.
 */
export async function startPreview(name: string, { reuse = false, timeoutMs = 60_000 } = {}): Promise<PreviewServer> {
  let server: ChildProcess | undefined;
  let log = "";
  const handle: PreviewServer = {
    log: () => log,
    stop() {
      if (server?.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
      try {
        process.kill(-server.pid, "SIGTERM"); // negative pid: the whole group
      } catch {
        // Already gone.
      }
    },
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      handle.stop();
      process.exit(130);
    });
  }
  if (await isUp()) {
    if (!reuse || process.env.CI)
      throw new Error(`something already listens on ${ORIGIN}; stop it, or set ATLAS_PORT to a free port`);
    console.log(`${name}: reusing the server already listening on ${ORIGIN}`);
    return handle;
  }
  console.log(`${name}: starting \`npm run preview\` on ${ORIGIN}`);
  server = spawn("npm", ["run", "preview"], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (chunk) => (log += chunk));
  server.stderr?.on("data", (chunk) => (log += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(
        `\`npm run preview\` exited with code ${server.exitCode} (has the site been built? run \`npm run build\`)`,
      );
    if (await isUp()) return handle;
    await new Promise((r) => setTimeout(r, 300));
  }
  handle.stop();
  throw new Error(`${ORIGIN}/ did not answer within ${timeoutMs / 1000} s`);
}
