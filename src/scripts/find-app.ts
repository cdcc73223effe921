/**
 * <find-app>: answers the /find/ question in the browser. The state lives in the URL
 * (src/shared/find-state.ts); the data is /api/find.json (and /api/find-ended.json when ended
 * offerings are asked for), fetched at once when the URL asks a question the server did not answer,
 * otherwise on first use of the form. Ranking and rendering are the shared modules the server used.
 */
import { findCheapest, type FindResult } from "~/shared/find";
import { decodeFind, type FindData, type FindFile } from "~/shared/find-data";
import { parseFindState, serializeFindState, type FindState } from "~/shared/find-state";
import {
  describeRequirements,
  describeWorkload,
  findRowsHtml,
  findSummary,
  FIRST_ROWS,
  unpricedHtml,
} from "~/shared/find-render";
import { withBase } from "~/shared/url";

const files = new Map<string, Promise<FindFile>>();
function fetchFile(path: string): Promise<FindFile> {
  let p = files.get(path);
  if (!p) {
    p = fetch(withBase(path)).then((r) => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json() as Promise<FindFile>;
    });
    files.set(path, p);
  }
  return p;
}
const decoded = new Map<boolean, Promise<FindData>>();
function loadData(ended: boolean): Promise<FindData> {
  let p = decoded.get(ended);
  if (!p) {
    p = ended
      ? Promise.all([fetchFile("/api/find.json"), fetchFile("/api/find-ended.json")]).then((f) => decodeFind(...f))
      : fetchFile("/api/find.json").then((f) => decodeFind(f));
    decoded.set(ended, p);
  }
  return p;
}

const LISTS = ["input", "output", "cap"];

class FindApp extends HTMLElement {
  private form!: HTMLFormElement;
  private state!: FindState;
  private showAll = false;

  connectedCallback(): void {
    this.form = this.querySelector("form")!;
    this.state = parseFindState(location.search);
    this.writeForm();
    const onChange = () => {
      this.state = parseFindState(this.formParams());
      this.showAll = false;
      this.writeUrl();
      void this.update();
    };
    this.form.addEventListener("change", onChange);
    this.form.addEventListener(
      "input",
      (e) => (e.target as HTMLElement).matches("input:not([type=checkbox])") && onChange(),
    );
    this.form.addEventListener("submit", (e) => e.preventDefault());
    this.form.addEventListener("reset", () => setTimeout(onChange));
    this.querySelector("[data-more]")!.addEventListener("click", () => {
      this.showAll = true;
      void this.update();
    });
    window.addEventListener("popstate", () => {
      this.state = parseFindState(location.search);
      this.writeForm();
      void this.update();
    });
    // The server answered the default question; the data loads when the URL asks another or on first use.
    if (serializeFindState(this.state) !== "") void this.update();
    else
      for (const type of ["pointerenter", "focusin"])
        this.form.addEventListener(type, () => void loadData(false), { once: true, capture: true });
  }

  /** The form's values as URL parameters (checkbox groups joined with commas). */
  private formParams(): URLSearchParams {
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const [key, value] of data) {
      if (typeof value !== "string" || value.trim() === "") continue;
      if (LISTS.includes(key)) params.set(key, [...(params.get(key)?.split(",") ?? []), value].join(","));
      else params.set(key, value);
    }
    return params;
  }

  /** Sets the controls from the state. */
  private writeForm(): void {
    const params = new URLSearchParams(serializeFindState(this.state));
    const { req, workload } = this.state;
    const set = (name: string, value: string) => {
      const el = this.form.elements.namedItem(name);
      if (el instanceof HTMLSelectElement) {
        if (value && ![...el.options].some((o) => o.value === value)) el.add(new Option(value, value));
        el.value = value;
      } else if (el instanceof HTMLInputElement) el.value = value;
    };
    set("kind", req.kind ?? "any");
    for (const box of this.form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      const values = (params.get(box.name) ?? "").split(",");
      box.checked = values.includes(box.value);
    }
    set("context", req.minContext === null ? "" : String(req.minContext));
    set("maxOut", req.minOutput === null ? "" : String(req.minOutput));
    set("license", req.license);
    set("bench", req.benchmark ?? "");
    set("score", req.minScore === null ? "" : String(req.minScore));
    set("provider", req.providers.join(","));
    set("exclude", req.excludeProviders.join(","));
    set("perDay", String(workload.requestsPerDay));
    set("in", String(workload.inputTokens));
    set("out", String(workload.outputTokens));
    set("cache", String(Math.round(workload.cacheShare * 1000) / 10));
    set("cacheWrite", String(Math.round((workload.cacheWriteShare ?? 0) * 1000) / 10));
    set("batch", String(Math.round(workload.batchShare * 1000) / 10));
  }

  private writeUrl(): void {
    const q = serializeFindState(this.state);
    history.replaceState(null, "", withBase(`/find/${q ? `?${q}` : ""}`));
  }

  private async update(): Promise<void> {
    const summary = this.querySelector<HTMLElement>("[data-summary]")!;
    // The question at once (a benchmark by its id until the data names it), the answer when the data is in.
    this.querySelector("[data-question]")!.textContent =
      `${describeRequirements(this.state.req)}; ${describeWorkload(this.state.workload)}.`;
    this.setAttribute("aria-busy", "true");
    let data: FindData;
    try {
      data = await loadData(this.state.req.includeEnded);
    } catch (error) {
      summary.textContent = `The data could not be loaded (${String(error)}). The answer shown is for the default question.`;
      this.removeAttribute("aria-busy");
      return;
    }
    const { req, workload } = this.state;
    const name = data.benchmarks.find((b) => b.id === req.benchmark)?.name;
    this.querySelector("[data-question]")!.textContent =
      `${describeRequirements(req, name)}; ${describeWorkload(workload)}.`;
    this.render(findCheapest(data.models, req, workload, data.benchmarks));
    this.removeAttribute("aria-busy");
    // Which question the table answers (tests and scripts wait for it).
    this.dataset.answered = serializeFindState(this.state);
  }

  private render(result: FindResult): void {
    const { workload } = this.state;
    const limit = this.showAll ? result.ranked.length : FIRST_ROWS;
    this.querySelector("[data-summary]")!.textContent = findSummary(result);
    this.querySelector("[data-rows]")!.innerHTML = findRowsHtml(result.ranked, workload, limit);
    const more = this.querySelector<HTMLButtonElement>("[data-more]")!;
    more.hidden = result.ranked.length <= limit;
    more.textContent = `Show all ${result.ranked.length.toLocaleString("en-US")}`;
    this.querySelector("[data-free]")!.innerHTML = findRowsHtml(result.free, workload);
    this.querySelector<HTMLElement>("[data-free-section]")!.hidden = !result.free.length;
    this.querySelector("[data-free-count]")!.textContent = result.free.length.toLocaleString("en-US");
    this.querySelector("[data-unpriced-count]")!.textContent = result.unpriced.length.toLocaleString("en-US");
    this.querySelector("[data-unpriced]")!.innerHTML = unpricedHtml(result.unpriced);
    this.querySelector<HTMLElement>("[data-unpriced-section]")!.hidden = !result.unpriced.length;
  }
}

customElements.define("find-app", FindApp);
