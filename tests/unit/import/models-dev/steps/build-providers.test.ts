/** Provider records: from provider.toml, then for creators without one, then history-only providers. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSnapshot } from "~/import/models-dev/snapshot";
import { buildProviders } from "~/import/models-dev/steps/build-providers";
import { RecordSink } from "~/import/models-dev/steps/sink";
import { withTables } from "~/import/models-dev/tables";
import type { Issue, StepContext } from "~/import/models-dev/types";

const FIXTURE = fileURLToPath(new URL("../../../../fixtures/models-dev/basic/", import.meta.url));

function build() {
  const issues: Issue[] = [];
  const ctx: StepContext = {
    meta: { date: "2026-03-01", commit: "0123456789abcdef0123456789abcdef01234567" },
    known: { curatedModels: new Map(), benchmarks: new Set() },
    tables: withTables({ providerRoles: { relay: ["router"] } }),
    issues,
  };
  const sink = new RecordSink(issues);
  const providers = buildProviders(
    readSnapshot(FIXTURE),
    ["acme/rocket-1", "zzlab/thing"],
    [
      { provider: "gonehost", fileId: "x", path: "providers/gonehost/models/x.toml" },
      { provider: "hostco", fileId: "y", path: "providers/hostco/models/y.toml" },
    ],
    sink,
    ctx,
  );
  return { providers, sink, issues };
}

describe("buildProviders", () => {
  it("writes one record per provider.toml, a lab as lab and host, others by the roles table", () => {
    const { providers, sink } = build();
    expect(providers.get("acme")!.roles).toEqual(["lab", "host"]);
    expect(providers.get("hostco")!.roles).toEqual(["host"]);
    expect(providers.get("relay")!.roles).toEqual(["router"]);
    expect(sink.files.has("providers/acme.json")).toBe(true);
    expect(providers.get("acme")!.verified).toBe("2026-03-01");
  });

  it("adds a minimal lab record for a creator without provider.toml", () => {
    const zz = build().providers.get("zzlab")!;
    expect(zz.roles).toEqual(["lab"]);
    expect(zz.sources[0]!.note).toBe("creator of models in the snapshot, which has no provider.toml for it");
  });

  it("adds a history-only record for a provider gone upstream, marked so a committed one wins", () => {
    const { providers, sink } = build();
    expect(providers.get("gonehost")!.sources[0]!.note).toBe(
      "provider no longer in the upstream catalog; known from its history",
    );
    expect([...sink.historyOnly]).toEqual(["providers/gonehost.json"]);
    // A folder without provider.toml is not made a provider from its offerings in the snapshot.
    expect(providers.has("noprovider")).toBe(false);
  });
});
