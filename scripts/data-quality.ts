/**
 * `npm run data-quality`: the data-quality report in the terminal (the same numbers as
 * `/data-quality/` and `/api/data-quality.json`). Exits 0 whatever it finds; exits 1 only when the
 * content itself is invalid.
 */
import { resolve } from "node:path";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/catalog/problems";
import { buildViews } from "../src/views/catalog-views";
import { dataQuality } from "../src/views/data-quality";

const root = resolve(process.argv[2] ?? ".");
const { catalog, problems } = loadCatalog(root);
const errors = problems.filter((p) => p.level === "error");
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`\n${errors.length} errors: content is not valid`);
  process.exit(1);
}
const q = dataQuality(buildViews(catalog));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const t = q.totals;
const n = (x: number | undefined) => (x === undefined ? "—" : String(Number(x.toPrecision(6))));

console.log(`Data quality on ${q.today}\n`);
console.log(
  `Disputed prices: ${t.disputedEntries} entries in ${t.disputedOfferings} offerings (${t.heldLatest} are the latest upstream entry)`,
);
for (const [rule, n] of Object.entries(t.byRule))
  console.log(`  ${rule.padEnd(18)} ${String(n).padStart(4)}  ${q.rules[rule as keyof typeof q.rules]}`);
for (const d of q.disputed)
  console.log(
    `  ${d.from}  ${d.offering}${d.latest ? " (latest)" : ""} [${d.status}]: ${d.flags.map((f) => `${f.rule}: ${f.message}`).join("; ")}`,
  );

console.log(`\nSibling groups whose current prices disagree: ${t.siblingGroups}`);
for (const g of q.siblings)
  console.log(
    `  ${g.provider} ${g.key} (${g.differs.join(", ")}): ` +
      g.members.map((m) => `${m.apiId} ${n(m.input)}/${n(m.output)}/${n(m.cacheRead)}`).join("; "),
  );

console.log(`\nCross-source disagreements: ${t.disagreements} in ${t.disagreeingOfferings} offerings`);
for (const d of q.disagreements)
  console.log(
    `  ${d.offering} ${d.field}: ${n(d.current)} now; ${d.otherSource} lists ${n(d.other)} since ${d.otherFrom}`,
  );

for (const c of q.crossChecks) {
  console.log(
    `\nFirst-party current prices against ${c.source}: ${c.agree} of ${c.matched} agree (${pct(c.matched ? c.agree / c.matched : 0)}); ` +
      `${c.differ.filter((d) => d.explained).length} of ${c.differ.length} differences dated apart; ` +
      `${c.confirmed} confirmed ours against a third source (agree or confirmed: ${c.agree + c.confirmed} of ${c.matched}, ${pct(c.matched ? (c.agree + c.confirmed) / c.matched : 0)})`,
  );
  for (const d of c.differ)
    console.log(
      `  ${d.offering} ${d.fields.join(", ")}: ours since ${d.oursFrom}, theirs since ${d.theirsFrom}` +
        (d.confirmedBy ? `; ours confirmed by ${d.confirmedBy}` : ""),
    );
}

console.log(`\nProviders (live offerings, share priced, newest check, stale > 90 days, disputed, disagreeing):`);
for (const p of q.providers) {
  if (!p.offerings && !p.disputed) continue;
  console.log(
    `  ${p.provider.padEnd(28)} ${String(p.offerings).padStart(5)}  ${pct(p.offerings ? p.priced / p.offerings : 0).padStart(6)}  ${(p.newestCheck ?? "—").padEnd(10)} ${p.ageDays === undefined ? "" : `${p.ageDays}d`.padStart(5)}  ${String(p.stale).padStart(4)}  ${String(p.disputed).padStart(3)}  ${String(p.disagreeing).padStart(3)}`,
  );
}
console.log(
  `\nTotal: ${t.offerings} offerings (${t.liveOfferings} live), ${pct(t.pricedShare)} of live ones priced, ${t.stale} possibly stale, ` +
    `${t.disputedEntries} disputed entries, ${t.siblingGroups} sibling groups, ${t.disagreements} disagreements`,
);
