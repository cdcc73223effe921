/**
 * Runs a command and measures it: wall time, and memory from /proc polled every 100 ms (the resident
 * set sizes of every process in its tree summed, the peak of that sum, the largest single process,
 * and the peak per kind of process). Linux only.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const PAGE_SIZE = 4096;

export interface Measured {
  wallS: number;
  peakTreeRssMb: number;
  peakProcessRssMb: number;
  /** Peak RSS per kind of process: astro, pagefind, other (tsx, npm). */
  peakByKindMb: Record<string, number>;
  stdout: string;
  status: number | null;
}

function readRss(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text) out.push(...text.split(" ").map(Number));
    }
  } catch {
    // the process ended between two reads
  }
  return out;
}

function kindOf(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmd.includes("pagefind")) return "pagefind";
    if (cmd.includes("astro")) return "astro";
  } catch {
    // gone
  }
  return "other";
}

/** Runs a command, polling its process tree's memory; resolves with its wall time and peaks. */
export function measure(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let peakTree = 0;
    let peakProcess = 0;
    const peakByKind: Record<string, number> = {};
    const poll = () => {
      const queue = [child.pid!];
      let sum = 0;
      while (queue.length) {
        const pid = queue.pop()!;
        const rss = readRss(pid);
        sum += rss;
        peakProcess = Math.max(peakProcess, rss);
        // Read each time: a child's command line is its parent's until it execs.
        const kind = kindOf(pid);
        peakByKind[kind] = Math.max(peakByKind[kind] ?? 0, rss);
        queue.push(...children(pid));
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = setInterval(poll, 100);
    child.on("error", fail);
    child.on("close", (status) => {
      clearInterval(timer);
      const mb = (b: number) => Math.round(b / 2 ** 20);
      if (status !== 0) process.stderr.write(stdout.slice(-4000) + stderr.slice(-4000));
      done({
        wallS: (performance.now() - started) / 1000,
        peakTreeRssMb: mb(peakTree),
        peakProcessRssMb: mb(peakProcess),
        peakByKindMb: Object.fromEntries(Object.entries(peakByKind).map(([k, v]) => [k, mb(v)])),
        stdout: stdout + stderr,
        status,
      });
    });
  });
}
