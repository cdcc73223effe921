// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

/**
 * Browser code (src/scripts/) and the code it may import (src/shared/) must not pull Node modules,
 * zod, or build-time stages into a bundle. Type-only imports are erased, so they stay allowed.
 */
const browserSafe = {
  patterns: [
    { group: ["node:*"], message: "browser code cannot use Node modules" },
    { group: ["zod", "zod/*", "astro/zod"], allowTypeImports: true, message: "zod stays out of browser bundles" },
    {
      group: ["~/schemas", "~/schemas/*"],
      allowTypeImports: true,
      message: "schemas pull zod in: import their types only (import type)",
    },
    {
      group: ["~/catalog/*", "~/views/*", "~/publish/*", "~/import/*", "../*"],
      allowTypeImports: true,
      message: "browser code imports only from src/shared/ and src/scripts/",
    },
  ],
};

export default tseslint.config(
  { ignores: ["dist/", ".build/", ".astro/", "node_modules/", "public/", "content/", "tests/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // An empty catch marks a deliberately ignored failure (storage blocked, for one).
      "no-empty": ["error", { allowEmptyCatch: true }],
      // A variable a closure reads before its one assignment (a server handle) cannot be const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
    },
  },
  { files: ["*.mjs", "*.js"], languageOptions: { globals: { process: "readonly", URL: "readonly" } } },
  {
    files: ["src/scripts/**/*.ts", "src/shared/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", browserSafe] },
  },
);
