/**
 * Writes an import atomically: every file goes to a staging folder beside the target
 * (`.<name>.tmp-<pid>`), which then replaces the target with two renames (the old tree waits in
 * `.<name>.old-<pid>` for a moment). On any failure the target is left as it was; the staging
 * folders are removed on every exit path (the script also cleans them on a signal), and a run
 * killed outright leaves them to `cleanStaging`, which the next run calls first. Both names are ignored by git.
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

/** Staging folders of `target` left by earlier runs (any pid). */
function stagingOf(target: string): { tmp: string[]; old: string[] } {
  const parent = dirname(target);
  const name = basename(target);
  const names = existsSync(parent) ? readdirSync(parent) : [];
  const pick = (kind: string) => names.filter((n) => n.startsWith(`.${name}.${kind}-`)).map((n) => join(parent, n));
  return { tmp: pick("tmp"), old: pick("old") };
}

/**
 * Removes staging folders left by a run that was killed. If the kill fell between the two renames
 * (the target is missing and an old tree is waiting), the old tree is put back first.
 * Returns what it did, for the report.
 */
export function cleanStaging(target: string): string[] {
  const abs = resolve(target);
  const done: string[] = [];
  const { tmp, old } = stagingOf(abs);
  if (!existsSync(abs) && old.length) {
    renameSync(old[0]!, abs);
    done.push(`restored ${abs} from ${old[0]}`);
  }
  for (const dir of [...tmp, ...old]) {
    if (!existsSync(dir)) continue;
    rmSync(dir, { recursive: true, force: true });
    done.push(`removed ${dir}`);
  }
  return done;
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
    writeStaged(abs, tmp, old, files);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

function writeStaged(abs: string, tmp: string, old: string, files: Map<string, string>): void {
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
