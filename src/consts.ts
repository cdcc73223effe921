export const SITE_NAME = "Model Atlas";
export const SITE_DESCRIPTION =
  "An open catalog of AI models: prices at every provider and over time, context windows, capabilities and benchmarks, each fact with its source.";
/** Records not verified for this many days are flagged as stale on their pages. */
export const STALE_AFTER_DAYS = 180;

/** The main tasks, linked from the header on every page (a menu on a phone). */
export const MAIN_NAV = [
  { href: "/models/", label: "Models" },
  { href: "/providers/", label: "Providers" },
  { href: "/compare/", label: "Compare" },
  { href: "/benchmarks/", label: "Benchmarks" },
  { href: "/value/", label: "Value" },
  { href: "/changes/", label: "Changes" },
] as const;
