import { describe, expect, it } from "vitest";
import { DEFAULT_REQUIREMENTS } from "~/shared/find";
import { parseFindState, serializeFindState } from "~/shared/find-state";
import { DEFAULT_WORKLOAD } from "~/shared/workload-table";

describe("find state in the URL", () => {
  it("reads the issue's question and writes it back the same way", () => {
    const q = "input=image&cap=toolCalling&context=128000";
    const s = parseFindState(`${q}&in=2000&out=500&perDay=1000`);
    expect(s.req).toEqual({
      ...DEFAULT_REQUIREMENTS,
      input: ["image"],
      capabilities: ["toolCalling"],
      minContext: 128_000,
    });
    expect(s.workload).toEqual(DEFAULT_WORKLOAD);
    // The default workload and kind are not written.
    expect(serializeFindState(s)).toBe(q);
  });

  it("round-trips every requirement and the workload", () => {
    const q =
      "kind=any&input=text,image&output=text&cap=toolCalling,reasoning&context=1000&maxOut=2000&open=1&license=mit" +
      "&provider=openai,azure&exclude=openrouter&bench=gpqa&score=55.5&ended=1&in=100&cache=50&batch=25&perDay=10";
    expect(serializeFindState(parseFindState(q))).toBe(q);
    const s = parseFindState(q);
    expect(s.req.kind).toBeNull();
    expect(s.workload).toMatchObject({ inputTokens: 100, cacheShare: 0.5, batchShare: 0.25, requestsPerDay: 10 });
  });

  it("keeps defaults for malformed values and drops unknown words", () => {
    const s = parseFindState("kind=toaster&input=smell,image,image&cap=flying&context=-5&provider=../x&score=abc");
    expect(s.req.kind).toBe("chat");
    expect(s.req.input).toEqual(["image"]);
    expect(s.req.capabilities).toEqual([]);
    expect(s.req.minContext).toBeNull();
    expect(s.req.providers).toEqual([]);
    expect(s.req.minScore).toBeNull();
    expect(serializeFindState(parseFindState(""))).toBe("");
  });
});
