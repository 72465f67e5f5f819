import { describe, expect, it } from 'vitest';
import { shortcutKey, shortcutLabelIndex } from './vote-shortcuts';

const press = (key: string, more: Partial<Parameters<typeof shortcutLabelIndex>[0]> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: document.body,
  ...more,
});

describe('shortcutLabelIndex', () => {
  it('maps 1..9 to the labels in the order shown', () => {
    expect(shortcutLabelIndex(press('1'), 4)).toBe(0);
    expect(shortcutLabelIndex(press('4'), 4)).toBe(3);
    expect(shortcutLabelIndex(press('9'), 12)).toBe(8);
  });

  it('ignores digits past the taxonomy, 0, and other keys', () => {
    expect(shortcutLabelIndex(press('5'), 4)).toBeNull();
    expect(shortcutLabelIndex(press('0'), 4)).toBeNull();
    expect(shortcutLabelIndex(press('a'), 4)).toBeNull();
    expect(shortcutLabelIndex(press('F1'), 4)).toBeNull();
    expect(shortcutLabelIndex(press('Enter'), 4)).toBeNull();
  });

  it('leaves modified keys to the browser (Ctrl+1 switches tabs)', () => {
    expect(shortcutLabelIndex(press('1', { ctrlKey: true }), 4)).toBeNull();
    expect(shortcutLabelIndex(press('1', { metaKey: true }), 4)).toBeNull();
    expect(shortcutLabelIndex(press('1', { altKey: true }), 4)).toBeNull();
  });

  it('ignores auto-repeat and presses something else has handled', () => {
    expect(shortcutLabelIndex(press('2', { repeat: true }), 4)).toBeNull();
    expect(shortcutLabelIndex(press('2', { defaultPrevented: true }), 4)).toBeNull();
  });

  it('lets digits be typed in a rationale or any other field', () => {
    const textarea = document.createElement('textarea');
    const input = document.createElement('input');
    const select = document.createElement('select');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(textarea, input, select, editable);
    for (const target of [textarea, input, select]) {
      expect(shortcutLabelIndex(press('1', { target }), 4)).toBeNull();
    }
    // jsdom has no isContentEditable; the attribute is what is checked there.
    expect(shortcutLabelIndex(press('1', { target: editable }), 4)).toBeNull();
    const button = document.createElement('button');
    document.body.append(button);
    expect(shortcutLabelIndex(press('1', { target: button }), 4)).toBe(0);
    document.body.replaceChildren();
  });
});

describe('shortcutKey', () => {
  it('labels the first nine buttons 1..9 and no others', () => {
    expect([0, 1, 8, 9, -1].map(shortcutKey)).toEqual(['1', '2', '9', null, null]);
  });
});
