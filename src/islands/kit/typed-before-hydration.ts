/**
 * What a reader typed or chose in a widget's server-rendered form before its
 * script arrived. The island hydrates later (when it scrolls into view, on a
 * slow network seconds later); Preact leaves the DOM's values alone while it
 * hydrates and would overwrite them on its next render. Reading them first
 * keeps the reader's work.
 *
 * A control counts as touched when it differs from what the server rendered:
 * a text field whose value is not its default value, a radio or checkbox whose
 * checked state is not its default, a select whose choice moved.
 */
export function typedBeforeHydration(form: HTMLFormElement): Map<string, string> {
  const touched = new Map<string, string>();
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement) {
      if (!element.name) continue;
      if (element.type === 'radio' || element.type === 'checkbox') {
        if (element.checked !== element.defaultChecked && element.checked) touched.set(element.name, element.value);
      } else if (element.value !== element.defaultValue) touched.set(element.name, element.value);
    } else if (element instanceof HTMLSelectElement && element.name) {
      const moved = [...element.options].some((o) => o.selected !== o.defaultSelected);
      if (moved) touched.set(element.name, element.value);
    }
  }
  return touched;
}
