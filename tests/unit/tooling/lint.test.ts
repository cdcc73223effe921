/** The lint rules that guard the browser bundles: src/scripts/ and src/shared/ import no Node, zod or build stages. */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("browser-safe imports", () => {
  it.each([
    ['import { readFileSync } from "node:fs";', "Node modules"],
    ['import { z } from "zod";', "zod stays out"],
    ['import { Model } from "~/schemas";', "types only"],
    ['import { loadCatalog } from "~/catalog/load-catalog";', "only from src/shared/"],
  ])("refuses %s in src/scripts/", async (line, message) => {
    const messages = await restricted(
      "src/scripts/probe.ts",
      `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it("refuses the same in src/shared/", async () => {
    expect(await restricted("src/shared/probe.ts", 'import { z } from "zod";\nexport const used = z;\n')).toHaveLength(
      1,
    );
  });

  it("allows type-only imports and shared modules", async () => {
    const code =
      'import type { Model } from "~/schemas";\nimport { formatUsd } from "~/shared/format";\nexport const f = (m: Model) => formatUsd(m ? 1 : 0);\n';
    expect(await restricted("src/scripts/probe.ts", code)).toEqual([]);
  });

  it("leaves build-time code free to import them", async () => {
    expect(await restricted("src/views/probe.ts", 'import { z } from "zod";\nexport const used = z;\n')).toEqual([]);
  });
});
