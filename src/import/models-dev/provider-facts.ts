/** A provider record from an upstream provider.toml. */
import { Url, type Provider } from "~/schemas";
import { matches, snapshotSource, text, type Reporter } from "./fields";
import { SUBSCRIPTION_IDS, SUBSCRIPTION_NAME } from "./tables";
import type { SnapshotMeta, Table } from "./types";

/** A provider record from provider.toml. */
export function providerOf(
  data: Table,
  roles: Provider["roles"],
  r: Reporter,
  meta: SnapshotMeta,
  fallbackName: string,
  id = fallbackName,
): Provider {
  const name = text(data, "name", r) ?? fallbackName;
  const subscription = SUBSCRIPTION_NAME.test(name) || SUBSCRIPTION_IDS.has(id);
  const doc = text(data, "doc", r);
  if (doc && !matches(Url, doc)) r.invalid("doc", "an http(s) URL", doc);
  const env =
    data.env === undefined
      ? undefined
      : Array.isArray(data.env) && data.env.every((e) => typeof e === "string")
        ? (data.env as string[])
        : undefined;
  if (data.env !== undefined && !env) r.invalid("env", "an array of strings", data.env);
  for (const key of Object.keys(data).sort()) {
    if (!["name", "env", "npm", "api", "doc"].includes(key))
      r.add({ kind: "unknown-field", key, reason: "provider field not known to the importer; ignored" });
  }
  return {
    name,
    roles,
    ...(subscription ? { billing: "subscription" as const } : {}),
    docs: doc && matches(Url, doc) ? doc : undefined,
    apiBaseUrl: text(data, "api", r),
    sdkPackage: text(data, "npm", r),
    env: env?.length ? env : undefined,
    sources: [snapshotSource(meta, r.path)],
    verified: meta.date,
  };
}
