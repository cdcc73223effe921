/**
 * <find-app>: answers the /find/ question in the browser. The state lives in the URL
 * (src/shared/find-state.ts); the data is /api/find.json (and /api/find-ended.json when ended
 * offerings are asked for), fetched at once when the URL asks a question the server did not answer,
 * otherwise on first use of the form. Fetching, ranking and rendering run in a worker
 * (find-worker.ts, the shared modules the server used), so the page never blocks on them.
 */
import { parseFindState, serializeFindState, type FindState } from "~/shared/find-state";
import { FIRST_ROWS, describeRequirements, describeWorkload, type FindAnswer } from "~/shared/find-render";
import { withBase } from "~/shared/url";

type Reply = { id: number; answer?: FindAnswer; error?: string };

const LISTS = ["input", "output", "cap"];

class FindApp extends HTMLElement {
  private form!: HTMLFormElement;
  private state!: FindState;
  private showAll = false;
  private worker?: Worker;
  private asked = 0;

  /** The worker, started on first need; its replies to older questions are dropped. */
  private ask(state?: FindState, limit?: number): void {
    if (!this.worker) {
      this.worker = new Worker(new URL("./find-worker.ts", import.meta.url), { type: "module" });
      this.worker.onmessage = (event: MessageEvent<Reply>) => {
        if (event.data.id === this.asked) this.show(event.data);
      };
    }
    this.worker.postMessage({ id: ++this.asked, state, limit });
  }

  connectedCallback(): void {
    this.form = this.querySelector("form")!;
    this.state = parseFindState(location.search);
    this.writeForm();
    const onChange = () => {
      this.state = parseFindState(this.formParams());
      this.showAll = false;
      this.writeUrl();
      this.update();
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
      this.update();
    });
    window.addEventListener("popstate", () => {
      this.state = parseFindState(location.search);
      this.writeForm();
      this.update();
    });
    // The server answered the default question; the data loads when the URL asks another or on first use.
    if (serializeFindState(this.state) !== "") this.update();
    else
      for (const type of ["pointerenter", "focusin"])
        this.form.addEventListener(type, () => this.ask(), { once: true, capture: true });
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

  /** Asks the worker for the answer; the question shows at once (a benchmark by its id until the data names it). */
  private update(): void {
    this.querySelector("[data-question]")!.textContent =
      `${describeRequirements(this.state.req)}; ${describeWorkload(this.state.workload)}.`;
    this.setAttribute("aria-busy", "true");
    this.ask(this.state, this.showAll ? Infinity : FIRST_ROWS);
  }

  private show({ answer, error }: Reply): void {
    this.removeAttribute("aria-busy");
    if (!answer) {
      this.querySelector("[data-summary]")!.textContent =
        `The data could not be loaded (${error}). The answer shown is for the default question.`;
      return;
    }
    const set = (selector: string, html: string) => (this.querySelector(selector)!.innerHTML = html);
    this.querySelector("[data-question]")!.textContent = answer.question;
    this.querySelector("[data-summary]")!.textContent = answer.summary;
    set("[data-rows]", answer.rows);
    const top = this.querySelector<HTMLAnchorElement>("[data-compare-top]")!;
    top.hidden = !answer.compareTop;
    if (answer.compareTop) top.href = answer.compareTop;
    const more = this.querySelector<HTMLButtonElement>("[data-more]")!;
    more.hidden = answer.shown >= answer.ranked;
    more.textContent = `Show all ${answer.ranked.toLocaleString("en-US")}`;
    set("[data-free]", answer.free);
    this.querySelector<HTMLElement>("[data-free-section]")!.hidden = !answer.freeCount;
    this.querySelector("[data-free-count]")!.textContent = answer.freeCount.toLocaleString("en-US");
    set("[data-unpriced]", answer.unpriced);
    this.querySelector<HTMLElement>("[data-unpriced-section]")!.hidden = !answer.unpricedCount;
    this.querySelector("[data-unpriced-count]")!.textContent = answer.unpricedCount.toLocaleString("en-US");
    // Which question the table answers (tests and scripts wait for it).
    this.dataset.answered = serializeFindState(this.state);
  }
}

customElements.define("find-app", FindApp);
