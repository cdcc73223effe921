/** The mass-change guard on worked examples: per-provider share and minimum, overall share, price share. */
import { describe, expect, it } from "vitest";
import { checkMassChanges, LIMITS } from "~/import/models-dev/guard";
import type { Merged } from "~/import/models-dev/steps/merge-committed";

/** A merge result with `live` offerings per provider before, `retired` of them retired now. */
function merged(live: Record<string, number>, retired: Record<string, number>, priced = 0, changes = 0): Merged {
  const retirements = Object.entries(retired).flatMap(([provider, n]) =>
    Array.from({ length: n }, (_, i) => ({ rel: `offerings/${provider}/m${i}.json`, provider, date: "2026-07-02" })),
  );
  const priceChanges = Array.from({ length: changes }, (_, i) => ({ rel: `offerings/p/m${i}.json`, provider: "p" }));
  return {
    files: new Map(),
    renamed: new Map(),
    added: [],
    priceChanges: priceChanges as unknown as Merged["priceChanges"],
    retirements,
    liveBefore: new Map(Object.entries(live)),
    pricedBefore: priced,
    perProvider: new Map(),
  };
}

describe("checkMassChanges", () => {
  it("holds the issue's limits", () => {
    expect(LIMITS).toEqual({ providerShare: 0.05, providerMin: 3, overallShare: 0.02, priceShare: 0.3 });
  });

  it("refuses 6% of one provider's live offerings (6 of 100), accepts 4% (4 of 100)", () => {
    // 1,000 live offerings elsewhere keep the overall share under 2%.
    const six = checkMassChanges(merged({ acme: 100, big: 1000 }, { acme: 6 }));
    expect(six.reasons).toEqual([
      "acme: 6 of its 100 live offerings would be retired (6.0%; the limit is 5.0% and 3)",
      "rerun with --accept-removals if these retirements are real",
    ]);
    expect(checkMassChanges(merged({ acme: 100, big: 1000 }, { acme: 4 })).reasons).toEqual([]);
  });

  it("lets fewer than 3 retirements of one provider pass, whatever the share", () => {
    expect(checkMassChanges(merged({ tiny: 20, big: 1000 }, { tiny: 2 })).reasons).toEqual([]);
    expect(checkMassChanges(merged({ tiny: 20, big: 1000 }, { tiny: 3 })).reasons[0]).toMatch(/^tiny: 3 of its 20 /);
  });

  it("refuses more than 2% of all live offerings, even spread thinly", () => {
    const spread = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, 2]));
    const live = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, 100]));
    // 22 of 1,100 = 2.0%: at the limit, not over it; 24 of 1,100 is over.
    expect(checkMassChanges(merged(live, spread)).reasons).toEqual([]);
    const more = checkMassChanges(merged(live, { ...spread, p0: 4 }));
    expect(more.reasons).toEqual([
      "24 of 1100 live offerings would be retired (2.2%; the limit is 2.0%)",
      "rerun with --accept-removals if these retirements are real",
    ]);
  });

  it("refuses more than 30% of current prices changing, accepts 30%", () => {
    expect(checkMassChanges(merged({ p: 10 }, {}, 100, 30)).reasons).toEqual([]);
    expect(checkMassChanges(merged({ p: 10 }, {}, 100, 31)).reasons).toEqual([
      "31 of 100 current prices would change (31.0%; the limit is 30.0%); rerun with --accept-changes if they are real",
    ]);
  });

  it("goes on when the run accepts removals or changes, and guards nothing on a first import", () => {
    const both = merged({ acme: 100 }, { acme: 50 }, 100, 90);
    expect(checkMassChanges(both).reasons).toHaveLength(4); // provider, overall, the rerun hint, prices
    expect(checkMassChanges(both, { removals: true }).reasons).toEqual([expect.stringMatching(/current prices/)]);
    expect(checkMassChanges(both, { removals: true, changes: true }).reasons).toEqual([]);
    expect(checkMassChanges(merged({}, { acme: 5 }, 0, 5)).reasons).toEqual([]);
  });
});
