/** Keys 1 to 9 choose the first nine labels of the taxonomy, in the order they are shown. */
export const MAX_SHORTCUTS = 9;

type KeyLike = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
};

/** Whether keys typed here are text (a rationale, a reason), not shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The index of the label a key press chooses, or null: `1` is the first label, `9` the
 * ninth. Ignored while typing in a field, with a modifier held (Ctrl+1 switches browser
 * tabs), on auto-repeat, and for digits past the number of labels.
 */
export function shortcutLabelIndex(event: KeyLike, labelCount: number): number | null {
  if (event.defaultPrevented || event.repeat) return null;
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (!/^[1-9]$/.test(event.key)) return null;
  const index = Number(event.key) - 1;
  if (index >= Math.min(labelCount, MAX_SHORTCUTS)) return null;
  return isEditable(event.target) ? null : index;
}

/** The key shown on the label at `index`, or null past the ninth. */
export function shortcutKey(index: number): string | null {
  return index >= 0 && index < MAX_SHORTCUTS ? String(index + 1) : null;
}
