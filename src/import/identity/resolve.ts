/**
 * Identity resolution: which candidate models are one underlying model, and which id is canonical.
 * Pure: candidates in, decisions out. Evidence, in order of trust:
 * 1. curated decisions (`content/curated/identity.json`): aliases force a merge, "not the same"
 *    pairs forbid one;
 * 2. the maker: known for model files, curated records and creator-qualified ids; otherwise read
 *    from vendor words in the provider id (`anthropic.`, `@cf/meta/`, `openai-…`), the display
 *    name ("AionLabs: …"), a family name only one lab uses (`llama…`, `qwen…`, `deepseek-…`), or
 *    an organisation segment that is not a host (`arcee-ai/trinity-mini` at a router);
 * 3. the identity key of the id with provider conventions removed (normalize.ts): same maker and
 *    same key is one model; a model whose maker is unknown joins another only when exactly one
 *    maker has its key;
 * 4. consistency vetoes against the canonical model: text output on one side only, a context
 *    window over 8x the canonical one, a (real, not placeholder) release date over 400 days before it.
 * Never merged on a name alone; sizes, versions and dates are in the key, so they stay apart.
 */
import { creatorOfFamily, creatorOfVendor, mayCreate, RESELLERS_THAT_MAKE } from "./creators";
import { identityKey, splitVendorName, type ParsedId } from "./normalize";

export interface CandidateFacts {
  context?: number;
  output?: readonly string[];
  releaseDate?: string;
}

export interface Candidate {
  /** The model id the importer would use without identity resolution. */
  id: string;
  /** The maker, when the record says it (model file, curated record, qualified id). */
  creator?: string;
  origin: "curated" | "file" | "derived";
  /** The primary provider id, parsed. */
  parsed: ParsedId;
  name?: string;
  facts: CandidateFacts;
  /** Offerings on it (the tie-breaker for the canonical id). */
  offerings: number;
  /**
   * A committed record the snapshot no longer builds: it may join a canonical model, never be one,
   * and is not reported when it stays apart.
   */
  joinOnly?: boolean;
}

export interface CuratedIdentity {
  aliases: { model: string; sameAs: string; note: string }[];
  notSame: { models: [string, string]; note: string }[];
}

export type IdentityRule =
  "curated" | "same-id" | "provider-id" | "name" | "family" | "key-only-maker" | "apart" | "own";

export interface Resolution {
  /** Candidate id -> canonical id, for every candidate that moves. */
  canonical: Map<string, string>;
  /** How each candidate was resolved. */
  rule: Map<string, IdentityRule>;
  /** Canonical id -> the maker, for canonical ids no candidate has (new ids). */
  created: Map<string, string>;
  /** Groups of more than one candidate: canonical id and the members merged into it. */
  groups: { canonical: string; members: string[] }[];
  /** Candidates left apart, and why (for the maintainer to decide in the curated file). */
  apart: { id: string; reason: string }[];
}

const DAY = 86_400_000;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");

/** The maker of a candidate and the evidence for it. */
export function makerOf(
  c: Candidate,
  hosts: ReadonlySet<string> = new Set(),
): { creator?: string; rule: IdentityRule } {
  if (c.creator && mayCreate(c.creator)) return { creator: c.creator, rule: "same-id" };
  if (c.parsed.vendor) return { creator: c.parsed.vendor, rule: "provider-id" };
  const named = c.name ? splitVendorName(c.name).vendor : undefined;
  const byName = named ? creatorOfVendor(named) : undefined;
  if (byName) return { creator: byName, rule: "name" };
  const family = creatorOfFamily(c.parsed.core);
  if (family) return { creator: family, rule: "family" };
  const org = c.parsed.org;
  if (org && ((mayCreate(org) && !hosts.has(org)) || RESELLERS_THAT_MAKE.has(org)))
    return { creator: org, rule: "provider-id" };
  return { rule: "apart" };
}

/** Why `m` cannot be the same model as `canon`, or undefined when nothing contradicts. */
export function veto(m: CandidateFacts, canon: CandidateFacts): string | undefined {
  const textOut = (f: CandidateFacts) => (f.output ? f.output.includes("text") : undefined);
  const [a, b] = [textOut(m), textOut(canon)];
  if (a !== undefined && b !== undefined && a !== b)
    return `output modalities differ (${m.output!.join(", ")} vs ${canon.output!.join(", ")})`;
  if (m.context && canon.context && m.context > 8 * canon.context)
    return `context window ${m.context} is over 8x the canonical ${canon.context}`;
  // Placeholder dates (1970-01-01, a 1 January) say nothing; a moving alias's date is its latest version.
  const real = (d?: string) => (d && !d.endsWith("-01-01") ? Date.parse(d) : undefined);
  const [mine, theirs] = [real(m.releaseDate), real(canon.releaseDate)];
  if (mine !== undefined && theirs !== undefined && mine < theirs - 400 * DAY)
    return `released ${m.releaseDate}, over 400 days before the canonical model (${canon.releaseDate})`;
  return undefined;
}

const ORIGIN_RANK = { curated: 0, file: 1, derived: 2 } as const;

/**
 * @param hosts providers known to serve others' models: an organisation segment naming one of them
 * in an id is a route (`cerebras/gpt-oss-120b` at a gateway), not a maker.
 */
export function resolveIdentity(
  candidates: readonly Candidate[],
  curated: CuratedIdentity,
  hosts: ReadonlySet<string> = new Set(),
): Resolution {
  const res: Resolution = { canonical: new Map(), rule: new Map(), created: new Map(), groups: [], apart: [] };
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const forced = new Map(curated.aliases.map((a) => [a.model, a.sameAs]));
  const notSame = new Map<string, string>();
  for (const {
    models: [a, b],
    note,
  } of curated.notSame) {
    notSame.set(`${a}|${b}`, note);
    notSame.set(`${b}|${a}`, note);
  }

  // Group by maker and key; a candidate of unknown maker waits.
  const groups = new Map<string, { creator: string; members: Candidate[] }>();
  const unknown: Candidate[] = [];
  const keyOf = new Map<string, string>();
  for (const c of [...candidates].sort((a, b) => cmp(a.id, b.id))) {
    if (forced.has(c.id)) continue;
    const key = identityKey(c.parsed.core);
    keyOf.set(c.id, key);
    const { creator, rule } = makerOf(c, hosts);
    if (!creator) {
      unknown.push(c);
      continue;
    }
    res.rule.set(c.id, rule);
    const g = groups.get(`${creator}|${key}`) ?? { creator, members: [] };
    g.members.push(c);
    groups.set(`${creator}|${key}`, g);
  }
  const makersOfKey = new Map<string, string[]>();
  for (const k of groups.keys()) {
    const [creator, key] = [k.slice(0, k.indexOf("|")), k.slice(k.indexOf("|") + 1)];
    makersOfKey.set(key, [...(makersOfKey.get(key) ?? []), creator]);
  }
  for (const c of unknown) {
    let makers = makersOfKey.get(keyOf.get(c.id)!) ?? [];
    // `arcee-trinity-mini` at a host: a leading word that starts the name of the one maker of the rest.
    const lead = /^([a-z0-9]+)-(.+)$/.exec(c.parsed.core);
    if (!makers.length && lead) {
      const rest = identityKey(lead[2]!);
      const named = (makersOfKey.get(rest) ?? []).filter((m) => m.startsWith(lead[1]!));
      if (named.length === 1) {
        makers = named;
        keyOf.set(c.id, rest);
      }
    }
    if (makers.length === 1) {
      groups.get(`${makers[0]}|${keyOf.get(c.id)}`)!.members.push(c);
      res.rule.set(c.id, "key-only-maker");
    } else if (!c.joinOnly) {
      res.rule.set(c.id, "apart");
      res.apart.push({
        id: c.id,
        reason: makers.length
          ? `maker unknown and ${makers.length} makers have a model with this id (${makers.join(", ")})`
          : "maker unknown: no vendor in its id or name, and no family name one lab uses",
      });
    }
  }

  // A known model of the maker followed by more words (`gemma-4-31b-darkidol`; a date or a number
  // alone is a snapshot, not a derivative): likely someone else's fine-tune of it.
  const derivative = (c: Candidate, creator: string) => {
    const words = c.parsed.core.split(/[-_]/);
    for (let i = words.length - 1; i > 0; i--) {
      const rest = words.slice(i);
      if (rest.every((w) => /^\d+$/.test(w))) continue;
      if (groups.has(`${creator}|${identityKey(words.slice(0, i).join("-"))}`)) return true;
    }
    return false;
  };
  const taken = new Set(candidates.map((c) => c.id));
  for (const [k, { creator, members }] of [...groups].sort(([a], [b]) => cmp(a, b))) {
    if (members.every((m) => m.joinOnly)) continue;
    // A family name alone (`gemma-…-darkidol` at one host) is a name, not evidence of the maker: such
    // an id joins a model the maker is known to have, or one that at least two providers list under
    // the same id; it never makes one on its own (it may be a fine-tune by someone else).
    const familyOnly = members.every((m) => m.joinOnly || res.rule.get(m.id) === "family");
    const listedBy = new Set(members.filter((m) => !m.joinOnly).map((m) => m.id.split("/")[0]));
    // A canonical model an earlier import made stays (its evidence was enough then): stable imports.
    const earlier = members.some((m) => m.joinOnly && m.id.startsWith(`${creator}/`));
    if (familyOnly && !earlier && listedBy.size < 2 && members.some((m) => !m.joinOnly && derivative(m, creator))) {
      for (const m of members)
        if (!m.joinOnly) {
          res.rule.set(m.id, "apart");
          res.apart.push({
            id: m.id,
            reason: `maker only from the family name (${creator}), one provider lists it, and it is a ${creator} model's id with more words (a fine-tune by someone else?)`,
          });
        }
      continue;
    }
    const own = members.filter((m) => m.id.startsWith(`${creator}/`) && !m.joinOnly);
    own.sort(
      (a, b) =>
        ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] ||
        b.offerings - a.offerings ||
        a.id.length - b.id.length ||
        cmp(a.id, b.id),
    );
    // No candidate of the maker is built this time: an existing record of the maker (kept from an
    // earlier import) stays canonical, so the choice is stable from one import to the next.
    const kept = members
      .filter((m) => m.joinOnly && m.id.startsWith(`${creator}/`))
      .sort((a, b) => a.id.length - b.id.length || cmp(a.id, b.id))[0];
    let canonId = own[0]?.id;
    let canonFacts = own[0]?.facts;
    if (!canonId && kept) {
      canonId = kept.id;
      res.created.set(canonId, creator);
      canonFacts = members.filter((m) => !m.joinOnly).sort((a, b) => b.offerings - a.offerings || cmp(a.id, b.id))[0]!
        .facts;
    }
    if (!canonId) {
      const cores = new Map<string, number>();
      for (const m of members) if (!m.joinOnly) cores.set(m.parsed.core, (cores.get(m.parsed.core) ?? 0) + m.offerings);
      const core = [...cores].sort(([a, x], [b, y]) => y - x || a.length - b.length || cmp(a, b))[0]![0];
      canonId = `${creator}/${slug(core)}`;
      if (taken.has(canonId) && !members.some((m) => m.id === canonId)) {
        for (const m of members)
          res.apart.push({ id: m.id, reason: `would be ${canonId}, which is another model's id (key ${k})` });
        continue;
      }
      res.created.set(canonId, creator);
      taken.add(canonId);
      canonFacts = members.filter((m) => !m.joinOnly).sort((a, b) => b.offerings - a.offerings || cmp(a.id, b.id))[0]!
        .facts;
    }
    const merged: string[] = [];
    for (const m of members) {
      if (m.id === canonId) {
        res.rule.set(m.id, "own");
        continue;
      }
      const why = notSame.get(`${m.id}|${canonId}`) ?? veto(m.facts, canonFacts!);
      if (why && m.joinOnly) continue;
      if (why) {
        res.apart.push({ id: m.id, reason: `not merged into ${canonId}: ${why}` });
        res.rule.set(m.id, "apart");
        continue;
      }
      res.canonical.set(m.id, canonId);
      merged.push(m.id);
    }
    if (merged.length) res.groups.push({ canonical: canonId, members: merged });
  }
  for (const [model, target] of forced) {
    if (!byId.has(model)) continue;
    res.canonical.set(model, res.canonical.get(target) ?? target);
    res.rule.set(model, "curated");
  }
  return res;
}
