// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://modelatlas.dev",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  prefetch: false,
});
