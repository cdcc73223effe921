/**
 * `npm run lighthouse [-- <path>]`: audits one page of the already-built site (run `npm run build`
 * first; this builds nothing). Starts `npm run preview` in its own process group, runs Lighthouse
 * (mobile, default config) in Debian's Chromium, prints the four category scores and the audits
 * that cost points, then stops the server by killing its process group.
 */
import { CATEGORIES, lighthouseAudit } from "./lighthouse-audit";
import { ORIGIN, startPreview, type PreviewServer } from "./preview-server";

const path = process.argv[2] ?? "/models/openai/gpt-4.1-nano/";
if (!path.startsWith("/")) {
  console.error(`lighthouse: the path must start with "/" (found "${path}")`);
  process.exit(2);
}

async function audit(url: string): Promise<void> {
  const result = await lighthouseAudit(url);
  console.log(`\nLighthouse ${result.version}, mobile, ${result.url}\n`);
  for (const id of CATEGORIES) console.log(`${id.padEnd(16)} ${String(result.scores[id] ?? "—").padStart(3)}`);
  for (const id of CATEGORIES) {
    const lost = result.failing[id];
    if (!lost?.length) continue;
    console.log(`\n${id}: failing audits`);
    for (const line of lost) console.log(`  ${line}`);
  }
}

let server: PreviewServer | undefined;
try {
  server = await startPreview("lighthouse", { reuse: true });
  await audit(new URL(path, ORIGIN).href);
} catch (error) {
  console.error(`lighthouse: ${(error as Error).message}`);
  const log = server?.log().trim();
  if (log) console.error(`\nserver output:\n${log}`);
  process.exitCode = 1;
} finally {
  server?.stop();
}
