export const SITE_NAME = "Model Atlas";
export const SITE_DESCRIPTION =
  "An open catalog of AI models: prices at every provider and over time, context windows, capabilities and benchmarks, each fact with its source.";
/** Records not verified for this many days are flagged as stale on their pages. */
export const STALE_AFTER_DAYS = 180;

/**
 * The repository's web address, for "edit this record" links and the About page. One setting:
 * the environment variable ATLAS_REPOSITORY overrides it (the GitHub Pages workflow sets it to the
 * repository it builds from); ATLAS_REPOSITORY_BRANCH names the branch (default `main`).
 */
export const REPOSITORY_URL = (process.env.ATLAS_REPOSITORY || "https://github.com/model-atlas/model-atlas").replace(
  /\/+$/,
  "",
);
export const REPOSITORY_BRANCH = process.env.ATLAS_REPOSITORY_BRANCH || "main";

/** A repository file's page (`blob`) or its editor (`edit`), from its project-relative path. */
export const repositoryFileUrl = (path: string, action: "blob" | "edit" = "blob") =>
  `${REPOSITORY_URL}/${action}/${REPOSITORY_BRANCH}/${path.split("/").map(encodeURIComponent).join("/")}`;
/** The main tasks, linked from the header on every page (a menu on a phone). */
export const MAIN_NAV = [
  { href: "/models/", label: "Models" },
  { href: "/providers/", label: "Providers" },
  { href: "/find/", label: "Find" },
  { href: "/compare/", label: "Compare" },
  { href: "/benchmarks/", label: "Benchmarks" },
  { href: "/value/", label: "Value" },
  { href: "/changes/", label: "Changes" },
] as const;
