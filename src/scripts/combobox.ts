/**
 * One combobox behaviour (ARIA 1.2 list autocomplete) for every search box with a dropdown: the header
 * search and the compare picker. The owner fills the list with `show(items)`; this class renders the
 * options, moves the active one with the arrow keys (wrapping), chooses it with Enter or a click,
 * and closes with Escape or when focus leaves. A second Escape clears the box.
 */
export interface ComboboxOptions<T> {
  /** Prefix of the options' element ids (unique on the page). */
  idPrefix: string;
  /** The option's content. */
  render: (item: T) => (Node | string)[];
  /** Extra class names for an option. */
  className?: (item: T) => string;
  /** Called when an option is chosen (Enter or click). */
  choose: (item: T) => void;
  /** Enter with no active option chooses the first (a picker); otherwise Enter is left to the form. */
  enterChoosesFirst?: boolean;
  /** Called when the text changes, and on ArrowDown while the list is empty. */
  update: () => void;
}

export class Combobox<T> {
  private items: T[] = [];
  private elements: HTMLLIElement[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly options: ComboboxOptions<T>,
  ) {
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    input.addEventListener("input", () => options.update());
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("focus", () => {
      if (this.items.length && input.value.trim()) this.open();
    });
    input.addEventListener("blur", () => this.close());
    // Keep focus in the box while an option is clicked.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const index = this.elements.indexOf((event.target as Element).closest("li") as HTMLLIElement);
      if (index >= 0) this.pick(index);
    });
  }

  /** Replaces the options; the list opens when there are any. */
  show(items: T[]): void {
    this.items = items;
    this.elements = items.map((item, i) => {
      const li = document.createElement("li");
      li.id = `${this.options.idPrefix}-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      const extra = this.options.className?.(item);
      if (extra) li.className = extra;
      li.append(...this.options.render(item));
      return li;
    });
    this.list.replaceChildren(...this.elements);
    this.highlight(-1);
    if (items.length) this.open();
    else this.close();
  }

  open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.highlight(-1);
  }

  private highlight(index: number): void {
    this.active = index;
    this.elements.forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    const li = this.elements[index];
    if (li) {
      this.input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  private move(step: number): void {
    const n = this.items.length;
    if (!n) return;
    if (this.list.hidden) this.open();
    const from = this.active < 0 ? (step > 0 ? -1 : 0) : this.active;
    this.highlight((((from + step) % n) + n) % n);
  }

  private pick(index: number): void {
    const item = this.items[index];
    if (item === undefined) return;
    this.close();
    this.options.choose(item);
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!this.items.length) this.options.update();
      else this.move(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      this.move(-1);
    } else if (event.key === "Enter") {
      const index = this.active >= 0 ? this.active : this.options.enterChoosesFirst ? 0 : -1;
      if (open && index >= 0 && index < this.items.length) {
        event.preventDefault();
        this.pick(index);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        this.close();
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
        this.options.update();
      }
    }
  }
}
