/** What every file under /api/ carries: its absolute `$schema`, the API version and the data licence. */
import type { License } from "~/schemas/api-files";
import { repositoryFileUrl } from "~/consts";
import { absoluteUrl } from "~/shared/url";

/**
 * The API version, in every file (`apiVersion`). The promise: within version 1, fields and files
 * are only added; none is removed, renamed or changed in meaning. A breaking change publishes
 * version 2 under /api/v2/ and keeps version 1 for at least six months, announced on /api/.
 */
export const API_VERSION = 1 as const;

export const DATA_LICENSE: License = {
  name: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  terms: repositoryFileUrl("DATA-LICENSE"),
  attribution:
    "Model Atlas, CC BY 4.0. Imported records include data from models.dev (MIT, © 2025 models.dev) and the LiteLLM price file (MIT, © 2023 Berri AI); keep those notices (see DATA-LICENSE).",
};

/** The absolute URL of a published JSON Schema, `/schemas/<name>.json`. */
export const schemaUrl = (name: string, site: URL | string) => absoluteUrl(`/schemas/${name}.json`, site);

/** `$schema`, `apiVersion` and `dataLicense`, to spread at the top of an API file. */
export function apiMeta(schema: string, site: URL | string) {
  return { $schema: schemaUrl(schema, site), apiVersion: API_VERSION, dataLicense: DATA_LICENSE };
}
