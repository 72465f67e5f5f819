import { useState } from 'react';
import { currentItem, type ItemLike } from './room-state';

/**
 * The item in play, and the one the viewer chose in the item list instead, if any. A choice
 * holds while the same item is in play; once another is opened, the room follows that one.
 */
export function useItemChoice<T extends ItemLike>(items: readonly T[]) {
  const current = currentItem(items);
  const [choice, setChoice] = useState<{ id: string; during: string | null } | null>(null);
  const chosen =
    choice && choice.during === (current?.id ?? null) ? items.find((item) => item.id === choice.id) : undefined;
  return {
    current,
    chosen,
    choose: (id: string) => setChoice({ id, during: current?.id ?? null }),
    clear: () => setChoice(null),
  };
}
