/**
 * `npm run identity:stats [-- <catalog.json>]` (default dist/api/catalog.json): the measures of
 * issue 10 on a built catalog. Active models (status active, at least one live offering), those
 * sharing a normalized name with another active model, active models whose creator is a reseller
 * or gateway, live offerings per active model (median, max), and the two reference models.
 */
import { readFileSync } from "node:fs";
import { RESELLERS } from "../src/import/identity/creators";
import { normalizedName } from "../src/import/identity/normalize";

interface CatalogModel {
  id: string;
  name: string;
  status: string;
  creator: { id: string } | null;
  creatorUnknown?: boolean;
  offerings: { status: string }[];
}

const file = process.argv[2] ?? "dist/api/catalog.json";
const models = (JSON.parse(readFileSync(file, "utf8")) as { models: CatalogModel[] }).models;
const live = (m: CatalogModel) => m.offerings.filter((o) => o.status !== "retired" && o.status !== "delisted").length;
const active = models.filter((m) => m.status === "active" && live(m) > 0);
const byName = new Map<string, number>();
for (const m of active) byName.set(normalizedName(m.name), (byName.get(normalizedName(m.name)) ?? 0) + 1);
const colliding = active.filter((m) => byName.get(normalizedName(m.name))! > 1);
const resold = new Map<string, number>();
for (const m of active)
  if (m.creator && RESELLERS.has(m.creator.id)) resold.set(m.creator.id, (resold.get(m.creator.id) ?? 0) + 1);
const counts = active.map(live).sort((a, b) => a - b);
const pick = (name: string) =>
  active
    .filter((m) => normalizedName(m.name) === normalizedName(name))
    .map((m) => `${m.id} (${live(m)} live offerings)`)
    .join(", ") || "none";
const pct = (n: number) => `${((100 * n) / active.length).toFixed(1)}%`;
console.log(`file: ${file}`);
console.log(`models: ${models.length}; active: ${active.length}`);
console.log(`active sharing a normalized name: ${colliding.length} (${pct(colliding.length)})`);
console.log(
  `active under a reseller or gateway as creator: ${[...resold.values()].reduce((a, b) => a + b, 0)}` +
    ([...resold].length
      ? ` (${[...resold]
          .sort((a, b) => b[1] - a[1])
          .map(([p, n]) => `${p} ${n}`)
          .join(", ")})`
      : ""),
);
console.log(`live offerings per active model: median ${counts[Math.floor(counts.length / 2)]}, max ${counts.at(-1)}`);
console.log(`gpt-oss-120b: ${pick("gpt-oss-120b")}`);
console.log(`Claude Haiku 4.5: ${pick("Claude Haiku 4.5")}`);
