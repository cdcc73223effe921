import { describe, expect, it } from "vitest";
import {
  PAGE_SIZE,
  applyState,
  defaultState,
  formatModalities,
  matches,
  paginate,
  parseState,
  serializeState,
  sortRows,
  type BrowseRow,
} from "~/shared/browse-state";
import { describeSort } from "~/shared/browse-render";
import { decodeIndex, encodeIndex } from "~/shared/browse-index";
import { pageWindow } from "~/shared/browse-render";

function row(overrides: Partial<BrowseRow> = {}): BrowseRow {
  return {
    id: "openai/gpt-4.1-nano",
    name: "GPT-4.1 nano",
    creator: "openai",
    creatorName: "OpenAI",
    providers: ["azure", "openai"],
    input: 0.1,
    output: 0.4,
    context: 1_047_576,
    maxOutput: 32_768,
    modalitiesIn: ["text", "image"],
    modalitiesOut: ["text"],
    caps: ["toolCalling", "structuredOutputs"],
    openWeights: false,
    released: "2025-04-14",
    status: "active",
    kind: "chat",
    ...overrides,
  };
}

describe("URL state", () => {
  it("reads the example URL of the brief", () => {
    const s = parseState("?creator=openai&cap=toolCalling&maxInput=0.2&sort=-context");
    expect(s).toEqual({
      ...defaultState(),
      creator: ["openai"],
      cap: ["toolCalling"],
      maxInput: 0.2,
      sort: "context",
      desc: true,
    });
  });

  it("round-trips every field through the query string", () => {
    const s = {
      ...defaultState(),
      creator: ["openai", "anthropic"],
      provider: ["azure"],
      input: ["image" as const],
      output: ["text" as const],
      cap: ["toolCalling" as const, "reasoning" as const],
      open: false,
      status: ["preview" as const],
      retired: true,
      minInput: 0,
      maxInput: 0.2,
      minOutput: 0.05,
      maxOutput: 10,
      minContext: 128_000,
      maxContext: 2_000_000,
      sort: "released" as const,
      desc: true,
      page: 3,
    };
    const query = serializeState(s);
    expect(query).toBe(
      "creator=openai,anthropic&provider=azure&input=image&output=text&cap=toolCalling,reasoning&status=preview&open=0&retired=1&minInput=0&maxInput=0.2&minOutput=0.05&maxOutput=10&minContext=128000&maxContext=2000000&sort=-released&page=3",
    );
    expect(parseState(query)).toEqual(s);
  });

  it("writes nothing for the default view and drops what it does not know", () => {
    expect(serializeState(defaultState())).toBe("");
    const s = parseState(
      "cap=flying,toolCalling&input=smell&sort=colour&maxInput=cheap&minContext=-5&page=0&open=maybe",
    );
    expect(s).toEqual({ ...defaultState(), cap: ["toolCalling"] });
  });

  it("accepts repeated parameters as well as comma lists, without duplicates", () => {
    expect(parseState("cap=toolCalling&cap=reasoning,toolCalling").cap).toEqual(["toolCalling", "reasoning"]);
  });
});

describe("filters", () => {
  const s = (query: string) => parseState(query);

  it("hides retired and delisted models by default, and shows them on request", () => {
    expect(matches(row({ status: "retired" }), defaultState())).toBe(false);
    expect(matches(row({ status: "delisted" }), defaultState())).toBe(false);
    expect(matches(row({ status: "deprecated" }), defaultState())).toBe(true);
    expect(matches(row({ status: "retired" }), s("retired=1"))).toBe(true);
    expect(matches(row({ status: "retired" }), s("status=retired"))).toBe(true);
    expect(matches(row({ status: "active" }), s("status=retired"))).toBe(false);
  });

  it("never treats an unknown price as 0", () => {
    expect(matches(row({ input: null }), s("maxInput=0.2"))).toBe(false);
    expect(matches(row({ input: null }), s("minInput=0"))).toBe(false);
    expect(matches(row({ input: 0 }), s("maxInput=0.2"))).toBe(true);
    expect(matches(row({ input: 0.2 }), s("maxInput=0.2"))).toBe(true);
    expect(matches(row({ input: 0.21 }), s("maxInput=0.2"))).toBe(false);
    expect(matches(row({ output: 0.4 }), s("minOutput=0.5"))).toBe(false);
    // A row with an unknown price still shows when no price filter is set.
    expect(matches(row({ input: null, output: null }), defaultState())).toBe(true);
  });

  it("filters the context range, unknown excluded", () => {
    expect(matches(row({ context: 128_000 }), s("minContext=128000&maxContext=200000"))).toBe(true);
    expect(matches(row({ context: 100_000 }), s("minContext=128000"))).toBe(false);
    expect(matches(row({ context: null }), s("maxContext=200000"))).toBe(false);
  });

  it("requires every chosen modality and capability to be known", () => {
    expect(matches(row(), s("input=image&cap=toolCalling"))).toBe(true);
    expect(matches(row(), s("input=image,audio"))).toBe(false);
    expect(matches(row({ modalitiesIn: null }), s("input=text"))).toBe(false);
    expect(matches(row(), s("output=image"))).toBe(false);
    expect(matches(row(), s("cap=toolCalling,reasoning"))).toBe(false);
  });

  it("filters by creator, provider (any of) and open weights (unknown excluded)", () => {
    expect(matches(row(), s("creator=anthropic"))).toBe(false);
    expect(matches(row(), s("creator=anthropic,openai"))).toBe(true);
    expect(matches(row(), s("provider=azure"))).toBe(true);
    expect(matches(row(), s("provider=groq"))).toBe(false);
    expect(matches(row(), s("open=0"))).toBe(true);
    expect(matches(row(), s("open=1"))).toBe(false);
    expect(matches(row({ openWeights: null }), s("open=0"))).toBe(false);
  });
});

describe("sorting", () => {
  const rows = [
    row({ id: "a/cheap", name: "Cheap", input: 0.05, context: 8_000, released: "2024-01-01" }),
    row({ id: "a/unknown", name: "Unknown", input: null, context: null, released: null }),
    row({ id: "a/free", name: "Free", input: 0, context: 1_000_000, released: "2025-06-01" }),
    row({ id: "a/dear", name: "Dear", input: 15, context: 200_000, released: "2025-01-01" }),
  ];
  const ids = (list: BrowseRow[]) => list.map((r) => r.id.slice(2));

  it("puts unknown values last in both directions, and 0 first ascending", () => {
    expect(ids(sortRows(rows, "input"))).toEqual(["free", "cheap", "dear", "unknown"]);
    expect(ids(sortRows(rows, "input", true))).toEqual(["dear", "cheap", "free", "unknown"]);
    expect(ids(sortRows(rows, "context", true))).toEqual(["free", "dear", "cheap", "unknown"]);
    expect(ids(sortRows(rows, "released", true))).toEqual(["free", "dear", "cheap", "unknown"]);
  });

  it("sorts names alphabetically and breaks ties by name then id", () => {
    expect(ids(sortRows(rows, "name"))).toEqual(["cheap", "dear", "free", "unknown"]);
    const twins = [row({ id: "b/x", name: "Same", input: 1 }), row({ id: "a/x", name: "Same", input: 1 })];
    expect(sortRows(twins, "input").map((r) => r.id)).toEqual(["a/x", "b/x"]);
  });

  it("sorts by provider count and status order", () => {
    const list = [
      row({ id: "a/one", providers: ["x"], status: "deprecated" }),
      row({ id: "a/three", providers: ["x", "y", "z"], status: "preview" }),
    ];
    expect(ids(sortRows(list, "providers", true))).toEqual(["one", "three"].reverse());
    expect(ids(sortRows(list, "status"))).toEqual(["three", "one"]);
  });

  it("applies filters then sort", () => {
    expect(ids(applyState(rows, parseState("maxInput=1&sort=-input")))).toEqual(["cheap", "free"]);
  });
});

describe("pages", () => {
  it("cuts pages and clamps out-of-range pages", () => {
    const list = Array.from({ length: 2.5 * PAGE_SIZE }, (_, i) => i);
    expect(paginate(list, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(paginate(list, 3).rows).toEqual(list.slice(2 * PAGE_SIZE));
    expect(paginate(list, 9).page).toBe(3);
    expect(paginate([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("shows the first, last and nearby page numbers with gaps", () => {
    expect(pageWindow(1, 58)).toEqual([1, 2, 3, 0, 58]);
    expect(pageWindow(30, 58)).toEqual([1, 0, 28, 29, 30, 31, 32, 0, 58]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
});

describe("compact index", () => {
  it("decodes exactly what it encoded, unknowns included", () => {
    const rows = [
      row(),
      row({
        id: "acme/rocket-1",
        name: "Rocket 1",
        creator: "acme",
        creatorName: "Acme",
        providers: [],
        input: null,
        output: 0,
        context: null,
        maxOutput: null,
        modalitiesIn: null,
        modalitiesOut: null,
        caps: [],
        openWeights: null,
        released: null,
        status: "retired",
      }),
      row({
        id: "openai/o3",
        name: "o3",
        caps: ["reasoning", "attachments"],
        openWeights: true,
        modalitiesIn: ["text", "image", "audio", "video", "pdf"],
      }),
    ];
    const index = encodeIndex(
      rows,
      new Map([
        ["azure", "Azure"],
        ["openai", "OpenAI"],
      ]),
    );
    expect(index.creators).toEqual([
      ["openai", "OpenAI"],
      ["acme", "Acme"],
    ]);
    expect(index.providers).toEqual([
      ["azure", "Azure"],
      ["openai", "OpenAI"],
    ]);
    expect(index.rows[0]).toEqual([
      "gpt-4.1-nano",
      "GPT-4.1 nano",
      0,
      [0, 1],
      0.1,
      0.4,
      1_047_576,
      32_768,
      3,
      1,
      5,
      0,
      "2025-04-14",
      0,
      0,
    ]);
    expect(decodeIndex(JSON.parse(JSON.stringify(index)))).toEqual(rows);
  });

  it("prints modalities as input → output, unknown as —", () => {
    expect(formatModalities(row())).toBe("text + image → text");
    expect(formatModalities(row({ modalitiesIn: null, modalitiesOut: null }))).toBe("—");
  });
});

describe("default order", () => {
  it("lists the most widely served models first and keeps that out of the URL", () => {
    const s = defaultState();
    expect([s.sort, s.desc]).toEqual(["providers", true]);
    expect(serializeState(s)).toBe("");
    expect(serializeState({ ...s, sort: "name", desc: false })).toBe("sort=name");
  });
  it("says how a view is sorted, with units", () => {
    expect(describeSort("providers", true)).toBe("number of providers, most first");
    expect(describeSort("input", false)).toBe("input price (USD per 1M tokens), lowest first");
    expect(describeSort("released", true)).toBe("release date, newest first");
  });
});

describe("kinds", () => {
  it("the kind filter lists only that kind, and lives in the URL", () => {
    const s = parseState("?kind=embedding,bogus");
    expect(s.kind).toEqual(["embedding"]);
    expect(serializeState(s)).toBe("kind=embedding");
    expect(matches(row({ kind: "embedding" }), s)).toBe(true);
    expect(matches(row({ kind: "chat" }), s)).toBe(false);
    expect(matches(row({ kind: null }), s)).toBe(false);
    expect(matches(row({ kind: null }), defaultState())).toBe(true);
  });
  it("price sorts compare like with like: an embedding is never cheaper than a chat model", () => {
    const rows = [
      row({ id: "a/embed", name: "Embed", kind: "embedding", input: 0.02 }),
      row({ id: "a/chat", name: "Chat", kind: "chat", input: 0.1 }),
      row({ id: "a/unknown", name: "Unknown", kind: null, input: 0.01 }),
    ];
    expect(sortRows(rows, "input").map((r) => r.id)).toEqual(["a/chat", "a/embed", "a/unknown"]);
    expect(sortRows(rows, "name").map((r) => r.id)).toEqual(["a/chat", "a/embed", "a/unknown"]);
  });
  it("the compact table keeps the kind", () => {
    const rows = [row({ kind: "image" }), row({ id: "x/y", creator: "x", kind: null })];
    expect(decodeIndex(encodeIndex(rows, new Map())).map((r) => r.kind)).toEqual(["image", null]);
  });
});
