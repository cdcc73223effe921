/**
 * Writes an import atomically: every file goes to a temporary folder beside the target, which then
 * replaces the target with a rename. On any failure the target is left as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";

/** Reads every file under `dir` as `relative path -> text` (empty when `dir` does not exist). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    for (const name of readdirSync(abs).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, childRel)).isDirectory()) walk(childRel);
      else out.set(childRel, readFileSync(join(dir, childRel), "utf8"));
    }
  };
  if (existsSync(dir)) walk("");
  return out;
}

/** Replaces `target` by a folder holding exactly `files` (relative path -> text). */
export function writeTreeAtomically(target: string, files: Map<string, string>): void {
  const abs = resolve(target);
  if (abs.split(sep).includes("curated")) throw new Error(`refusing to write into curated content (${abs})`);
  const parent = dirname(abs);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(abs)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(abs)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (rel.split("/").some((part) => part === ".." || part === "")) throw new Error(`unsafe output path ${rel}`);
      const file = join(tmp, rel);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    mkdirSync(tmp, { recursive: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const hadTarget = existsSync(abs);
  if (hadTarget) renameSync(abs, old);
  try {
    renameSync(tmp, abs);
  } catch (error) {
    if (hadTarget) renameSync(old, abs);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
