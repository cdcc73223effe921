class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button")!;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(this.dataset.text ?? "");
        button.textContent = "Copied";
      } catch {
        button.textContent = "Select and copy";
      }
      setTimeout(() => (button.textContent = "Copy"), 1500);
    });
  }
}
customElements.define("copy-button", CopyButton);
