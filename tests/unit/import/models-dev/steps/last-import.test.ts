/** The last import, read from the committed provider records: the latest date and its commit. */
import { describe, expect, it } from "vitest";
import { lastImportOf } from "~/import/models-dev/steps/last-import";

const provider = (verified: string, sources: object[]) => JSON.stringify({ name: "P", verified, sources });
const modelsDev = (retrieved: string, commit?: string) => ({ name: "models.dev", retrieved, commit });

describe("lastImportOf", () => {
  it("reads the latest verified date of a provider and the commit its models.dev source names", () => {
    const committed = new Map([
      ["providers/a.json", provider("2026-03-01", [modelsDev("2026-03-01", "aaaaaaa")])],
      ["providers/b.json", provider("2026-05-01", [modelsDev("2026-05-01", "bbbbbbb")])],
      ["providers/c.json", provider("2026-04-01", [modelsDev("2026-04-01", "ccccccc")])],
      // Offerings and models are not read: only an import re-verifies every provider.
      ["offerings/a/x.json", provider("2026-06-30", [modelsDev("2026-06-30", "fffffff")])],
    ]);
    expect(lastImportOf(committed)).toEqual({ date: "2026-05-01", commit: "bbbbbbb" });
  });

  it("gives the date without a commit when no models.dev source of that date names one", () => {
    const committed = new Map([
      ["providers/a.json", provider("2026-05-01", [{ name: "OpenAI docs", retrieved: "2026-05-01" }])],
      ["providers/b.json", provider("2026-04-01", [modelsDev("2026-04-01", "bbbbbbb")])],
    ]);
    expect(lastImportOf(committed)).toEqual({ date: "2026-05-01", commit: undefined });
  });

  it("skips a provider file that does not parse or has no date, and gives nothing for an empty catalog", () => {
    const committed = new Map([
      ["providers/broken.json", "{ not json"],
      ["providers/undated.json", JSON.stringify({ name: "U" })],
      ["providers/a.json", provider("2026-02-01", [modelsDev("2026-02-01", "aaaaaaa")])],
    ]);
    expect(lastImportOf(committed)).toEqual({ date: "2026-02-01", commit: "aaaaaaa" });
    expect(lastImportOf(new Map())).toBeUndefined();
  });
});
