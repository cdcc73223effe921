/**
 * Step: provider records, from every provider.toml, then a minimal one for every creator without
 * one, then one for every provider known only from the history.
 */
import { Provider } from "~/schemas";
import { Reporter, snapshotSource } from "../fields";
import { providerOf } from "../provider-facts";
import type { Snapshot } from "../snapshot";
import type { OfferingDraft, StepContext } from "../types";
import type { RecordSink } from "./sink";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildProviders(
  snap: Snapshot,
  modelIds: Iterable<string>,
  drafts: OfferingDraft[],
  sink: RecordSink,
  ctx: StepContext,
): Map<string, Provider> {
  const { meta, issues } = ctx;
  const { labNames, servesOwnModelsOnly, providerRoles } = ctx.tables;
  const providers = new Map<string, Provider>();
  const labs = new Set([...snap.labs, ...Object.keys(labNames)]);
  for (const [id, file] of snap.providers) {
    const roles: Provider["roles"] =
      labs.has(id) || servesOwnModelsOnly.has(id) ? ["lab", "host"] : (providerRoles[id] ?? ["host"]);
    const record = providerOf(file.data, roles, new Reporter(file.path, issues), meta, id);
    if (sink.write(Provider, `providers/${id}.json`, record, file.path)) providers.set(id, record);
  }
  const creators = new Set([...modelIds].map((id) => id.split("/")[0]!));
  for (const creator of [...creators].sort(cmp)) {
    if (providers.has(creator)) continue;
    const record: Provider = {
      name: labNames[creator] ?? creator,
      roles: ["lab"],
      sources: [
        { ...snapshotSource(meta), note: "creator of models in the snapshot, which has no provider.toml for it" },
      ],
      verified: meta.date,
    };
    if (sink.write(Provider, `providers/${creator}.json`, record, `providers/${creator}`))
      providers.set(creator, record);
  }
  for (const d of drafts) {
    if (providers.has(d.provider) || d.resolved) continue;
    const record: Provider = {
      name: d.provider,
      roles: providerRoles[d.provider] ?? ["host"],
      sources: [
        { ...snapshotSource(meta), note: "provider no longer in the upstream catalog; known from its history" },
      ],
      verified: meta.date,
    };
    if (sink.write(Provider, `providers/${d.provider}.json`, record, `providers/${d.provider}`, true))
      providers.set(d.provider, record);
  }
  return providers;
}
