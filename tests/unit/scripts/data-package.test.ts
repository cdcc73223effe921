/**
 * `npm run pack:data`: the tarball installs with npm into an empty folder, and a TypeScript program
 * there reads a model with the package's types (checked by tsc: right code passes, wrong code fails).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const project = resolve(import.meta.dirname, "../../..");
const bin = (name: string) => join(project, "node_modules/.bin", name);
const fixture = join(project, "tests/fixtures/validate/valid");
const dir = mkdtempSync(join(tmpdir(), "atlas-data-package-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) => {
  const r = spawnSync(command, args, { cwd, encoding: "utf8" });
  return { ...r, output: `${r.stdout}\n${r.stderr}` };
};

const TSC = ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom"];

describe("the data package", () => {
  it("installs from its tarball and reads a model with types", { timeout: 120_000 }, () => {
    const packed = run(
      bin("tsx"),
      [join(project, "scripts/pack-data.ts"), "--root", fixture, "--out", join(dir, "out")],
      project,
    );
    expect(packed.status, packed.output).toBe(0);
    const tarball = packed.stdout.trim().split("\n").pop()!;
    expect(tarball).toMatch(/model-atlas-data-1\.\d{8}\.0\.tgz$/);

    const app = join(dir, "app");
    spawnSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    const installed = run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], app);
    expect(installed.status, installed.output).toBe(0);

    writeFileSync(
      join(app, "read.ts"),
      [
        `import { catalog, model, priceHistory, type ApiModel, type ApiPriceHistoryRow } from "model-atlas-data";`,
        `const nano: ApiModel = model("openai/gpt-4.1-nano");`,
        `const input: number | undefined = nano.offerings[0]?.current?.input;`,
        `const rows: ApiPriceHistoryRow[] = priceHistory();`,
        `console.log(JSON.stringify({ name: nano.name, input, models: catalog().models.length, rows: rows.length, schema: nano.$schema }));`,
      ].join("\n"),
    );
    const checked = run(bin("tsc"), [...TSC, "read.ts"], app);
    expect(checked.status, checked.output).toBe(0);

    const read = run(bin("tsx"), ["read.ts"], app);
    expect(read.status, read.output).toBe(0);
    const source = JSON.parse(
      readFileSync(join(fixture, "content/curated/offerings/openai/gpt-4.1-nano.json"), "utf8"),
    );
    expect(JSON.parse(read.stdout)).toEqual({
      name: "GPT-4.1 nano",
      input: source.prices.at(-1).input,
      models: 1,
      rows: source.prices.length,
      schema: expect.stringMatching(/^https?:\/\/.+\/schemas\/api-model\.json$/),
    });

    // The types are real: using a field with the wrong type fails the check.
    writeFileSync(
      join(app, "wrong.ts"),
      `import { model } from "model-atlas-data";\nconst n: number = model("openai/gpt-4.1-nano").name;\n`,
    );
    const wrong = run(bin("tsc"), [...TSC, "wrong.ts"], app);
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(/TS2322: Type 'string' is not assignable to type 'number'/);

    // An unknown model is a clear error, not undefined.
    writeFileSync(join(app, "missing.ts"), `import { model } from "model-atlas-data";\nmodel("acme/nothing");\n`);
    const missing = run(bin("tsx"), ["missing.ts"], app);
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain(`no model "acme/nothing" in this package`);
  });
});
