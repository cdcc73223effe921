/** The record sink: every record is checked with its schema before it is kept. */
import { describe, expect, it } from "vitest";
import { RecordSink } from "~/import/models-dev/steps/sink";
import type { Issue } from "~/import/models-dev/types";
import { Offering } from "~/schemas";
import { validOffering } from "../../../factories";

describe("RecordSink", () => {
  it("keeps a valid record as stable JSON and marks history-only ones", () => {
    const issues: Issue[] = [];
    const sink = new RecordSink(issues);
    expect(sink.write(Offering, "offerings/openai/a.json", validOffering(), "providers/openai/models/a.toml")).toBe(
      true,
    );
    expect(
      sink.write(Offering, "offerings/openai/b.json", validOffering(), "providers/openai/models/b.toml", true),
    ).toBe(true);
    expect(issues).toEqual([]);
    expect(JSON.parse(sink.files.get("offerings/openai/a.json")!)).toMatchObject({ model: "openai/gpt-4.1-nano" });
    expect(sink.files.get("offerings/openai/a.json")!.endsWith("}\n")).toBe(true);
    expect([...sink.historyOnly]).toEqual(["offerings/openai/b.json"]);
  });

  it("reports a record that fails its schema with the upstream path and key, and keeps nothing", () => {
    const issues: Issue[] = [];
    const sink = new RecordSink(issues);
    const bad = validOffering({ verified: "2025-02-31" });
    expect(sink.write(Offering, "offerings/openai/a.json", bad, "providers/openai/models/a.toml")).toBe(false);
    expect(sink.files.size).toBe(0);
    expect(issues).toEqual([
      {
        kind: "schema",
        path: "providers/openai/models/a.toml",
        key: "verified",
        reason: "must be a real calendar date written YYYY-MM-DD; record offerings/openai/a.json fails its schema",
      },
    ]);
  });
});
