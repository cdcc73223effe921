/**
 * The compare page's model picker: the shared combobox over `/api/model-names.json` (fetched when the
 * box is first focused or typed in), ranked by `searchModels`. Choosing a model hands its id to `add`.
 */
import { searchModels, type IndexRow } from "~/shared/compare-ids";
import { withBase } from "~/shared/url";
import { Combobox } from "./combobox";

export function setupComparePicker(root: HTMLElement, add: (row: IndexRow) => void): void {
  const input = root.querySelector<HTMLInputElement>("[role=combobox]")!;
  const status = root.querySelector<HTMLElement>("[data-picker-status]")!;
  let index: Promise<IndexRow[]> | undefined;
  const loadIndex = () =>
    (index ??= fetch(withBase("/api/model-names.json")).then(
      async (r) => ((await r.json()) as { models: IndexRow[] }).models,
    ));

  const update = async () => {
    const query = input.value;
    const rows = await loadIndex();
    if (query !== input.value) return;
    const options = searchModels(rows, query);
    combobox.show(options);
    status.textContent = query.trim()
      ? options.length
        ? `${options.length} model${options.length === 1 ? "" : "s"} found.`
        : "No model found."
      : "";
  };
  const combobox: Combobox<IndexRow> = new Combobox(input, root.querySelector<HTMLElement>("[role=listbox]")!, {
    idPrefix: "compare-opt",
    render: (row) => [text("span", row[1]), text("span", ` ${row[0]}${row[4] ? " · retired" : ""}`, "muted small")],
    choose: (row) => {
      input.value = "";
      add(row);
    },
    enterChoosesFirst: true,
    update: () => void update(),
  });
  input.addEventListener("focus", () => void loadIndex());
}

function text(tag: "span", content: string, className = ""): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}
