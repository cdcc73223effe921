/**
 * Which committed offerings to keep untouched this time: those whose upstream file could not be
 * used (it failed to parse, or names a missing `base_model`) and every offering of a provider folder
 * that could not be read (no or unparsable provider.toml). Such an offering is reported, never
 * retired or rewritten, until its upstream file reads again. (A dangling link is not kept: upstream
 * itself no longer has that file, so its offering retires as a removed file does.)
 */
import type { Issue } from "../types";

const KEEP_KINDS = new Set(["unparsable", "missing-provider", "missing-base"]);

/** A predicate over record paths (`offerings/<p>/<id>.json`), matched case-insensitively. */
export function keptByIssues(issues: readonly Issue[]): (rel: string) => boolean {
  const offerings = new Set<string>();
  const providers = new Set<string>();
  for (const issue of issues) {
    if (!KEEP_KINDS.has(issue.kind)) continue;
    const file = /^providers\/([^/]+)\/models\/(.+)\.toml$/.exec(issue.path);
    if (file) offerings.add(`offerings/${file[1]}/${file[2]}.json`.toLowerCase());
    const folder = /^providers\/([^/]+)(\/provider\.toml)?$/.exec(issue.path);
    if (folder) providers.add(folder[1]!);
  }
  return (rel) => offerings.has(rel.toLowerCase()) || providers.has(rel.split("/")[1]!);
}
