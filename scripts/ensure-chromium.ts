/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium before the Playwright tests run.
 * `npx playwright install` cannot download browsers here, so the tests drive the system browser;
 * a fresh CI machine may lack it, so this installs the `chromium` package (CI runs as root).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH as CHROMIUM } from "./chromium";

function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? `signal ${result.signal}`}`;
    console.error(`ensure-chromium: \`${command} ${args.join(" ")}\` failed (${why}).`);
    console.error(
      `ensure-chromium: install Chromium yourself (as root: apt-get install -y chromium) so that ${CHROMIUM} exists.`,
    );
    process.exit(1);
  }
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is present; nothing to do.`);
} else {
  console.log(`ensure-chromium: ${CHROMIUM} is missing; installing the Debian package "chromium".`);
  if (process.getuid?.() !== 0) {
    console.error(
      `ensure-chromium: installing needs root (running as uid ${process.getuid?.()}); run as root: apt-get update && apt-get install -y chromium`,
    );
    process.exit(1);
  }
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
  if (!existsSync(CHROMIUM)) {
    console.error(`ensure-chromium: apt-get installed "chromium" but ${CHROMIUM} still does not exist.`);
    process.exit(1);
  }
  console.log(`ensure-chromium: installed ${CHROMIUM}.`);
}
