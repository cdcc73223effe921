/** The path of a `/changes/` listing page, for the pages and the provider select alike. */
export interface ChangesPathFilter {
  provider?: string | undefined;
  kind?: string | undefined;
}

/** `/changes/provider/openai/kind/price/page/2/`; page 1 has no `page/` part. */
export function changesPath(filter: ChangesPathFilter, page = 1): string {
  let path = "/changes/";
  if (filter.provider) path += `provider/${filter.provider}/`;
  if (filter.kind) path += `kind/${filter.kind}/`;
  if (page > 1) path += `page/${page}/`;
  return path;
}
