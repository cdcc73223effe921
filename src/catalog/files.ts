/**
 * The files under `content/`, read safely: the walk follows symbolic links only inside the
 * project and reports broken ones, loops and links that leave it; every folder and file name is
 * one the layout knows; a file's bytes must be UTF-8 without a byte order mark. Each refusal is a
 * problem naming the path, never a stack trace or a silent skip.
 */
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { extname, isAbsolute, join, relative, sep } from "node:path";
import type { Problem } from "./problems";

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Project-relative path with forward slashes. */
export const relPath = (root: string, path: string) => relative(root, path).split(sep).join("/");

/** Names the walk passes over: importers' staging folders (`.models-dev.tmp-*`) and editor files. */
const hidden = (name: string) => name.startsWith(".");

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export interface Walker {
  root: string;
  problems: Problem[];
  /** realpath of the project root, computed once. */
  realRoot: string;
}

export function walker(root: string, problems: Problem[]): Walker {
  return { root, problems, realRoot: realpathSync(root) };
}

/**
 * Where a path really leads, or undefined after reporting a broken link, a link loop or a link
 * that leaves the project.
 */
function resolveLink(w: Walker, path: string): string | undefined {
  const file = relPath(w.root, path);
  const err = (message: string) => w.problems.push({ file, field: "", message, level: "error" });
  let target = "";
  try {
    target = readlinkSync(path);
    const real = realpathSync(path);
    if (!inside(w.realRoot, real)) {
      err(`symbolic link leaves the repository (expected a target inside the project, found a link to "${target}")`);
      return undefined;
    }
    return real;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP")
      err(`symbolic link loop (expected a link to a file or folder, found a link that leads back to itself)`);
    else err(`broken symbolic link (expected a link to an existing file or folder, found a link to "${target}")`);
    return undefined;
  }
}

/**
 * Every file under `dir` (sorted, hidden names skipped), following links inside the project.
 * `ancestors` holds the real paths of the folders above, so a link back to one is a loop.
 */
export function walk(w: Walker, dir: string, ancestors: ReadonlySet<string> = new Set()): string[] {
  let entries: Dirent[];
  try {
    // Dirents save a stat call per file (15,000 on the real catalog); only links are resolved.
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  } catch {
    return [];
  }
  const here = new Set(ancestors).add(realpathSync(dir));
  const out: string[] = [];
  for (const entry of entries) {
    if (hidden(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const real = resolveLink(w, path);
      if (real === undefined) continue;
      isDir = statSync(real).isDirectory();
      // A plain folder cannot be its own ancestor; a linked one can.
      if (isDir && here.has(real)) {
        w.problems.push({
          file: relPath(w.root, path),
          field: "",
          message: `symbolic link loop (expected a link to a file or folder, found a link to the folder that holds it: ${relPath(w.root, real)})`,
          level: "error",
        });
        continue;
      }
    }
    if (isDir) out.push(...walk(w, path, here));
    else out.push(path);
  }
  return out;
}

/**
 * Reports every entry of `dir` that is not one of the `folders` (or `files`) the layout expects (a
 * typo such as `modles/`, a stray file). Missing folders and files are fine.
 */
export function checkFolders(w: Walker, dir: string, folders: readonly string[], files: readonly string[] = []): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort(byName);
  } catch {
    return;
  }
  for (const name of names) {
    if (hidden(name)) continue;
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A broken link: the walk does not go here, so report it now.
      resolveLink(w, path);
      continue;
    }
    if (isDir ? folders.includes(name) : files.includes(name)) continue;
    const expected = [
      ...(folders.length ? [`the folder${folders.length > 1 ? "s" : ""} ${folders.join(", ")}`] : []),
      ...(files.length ? [`the file${files.length > 1 ? "s" : ""} ${files.join(", ")}`] : []),
    ];
    w.problems.push({
      file: relPath(w.root, path),
      field: "",
      message: `unknown ${isDir ? "folder" : "file"} (expected ${expected.length ? `only ${expected.join(" and ")}` : "nothing"} here, found ${isDir ? `folder ${name}/` : `file ${name}`})`,
      level: "error",
    });
  }
}

/** Splits files by extension; reports any other (including a case variant such as `.JSON`). */
export function byExtension(w: Walker, files: string[], allowed: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>(allowed.map((ext) => [ext, []]));
  for (const path of files) {
    const ext = extname(path);
    const list = out.get(ext);
    if (list) list.push(path);
    else
      w.problems.push({
        file: relPath(w.root, path),
        field: "",
        message: `unknown file type (expected ${allowed.join(" or ")}, found ${ext ? ext : "no extension"})`,
        level: "error",
      });
  }
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The text of a file, or undefined after reporting a byte order mark or bytes that are not UTF-8. */
export function readText(w: Walker, path: string): string | undefined {
  const file = relPath(w.root, path);
  const bytes = readFileSync(path);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    w.problems.push({
      file,
      field: "",
      message: "file starts with a UTF-8 byte order mark (expected UTF-8 without a BOM, found bytes EF BB BF)",
      level: "error",
    });
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const before = lossy.slice(0, lossy.indexOf("\uFFFD"));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    w.problems.push({
      file,
      field: "",
      message: `invalid UTF-8 at line ${line}, column ${column} (expected UTF-8 text, found bytes that are not UTF-8)`,
      level: "error",
    });
    return undefined;
  }
}
