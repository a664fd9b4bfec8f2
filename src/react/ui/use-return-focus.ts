import { useRef } from 'react';
import { isFocusLost } from './focus-if-lost';

const FOCUSABLE = 'button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where focus was: the element, and its ancestors (nearest first), for when it is gone. */
function placeOf(element: HTMLElement): HTMLElement[] {
  const place: HTMLElement[] = [];
  for (let node: HTMLElement | null = element; node && node !== document.body; node = node.parentElement) place.push(node);
  return place;
}

/** The element itself if still there, else the first focusable of its nearest ancestor still there. */
function stillThere(place: HTMLElement[]): HTMLElement | null {
  const [element, ...ancestors] = place;
  if (element?.isConnected) return element;
  for (const ancestor of ancestors) {
    if (ancestor.isConnected) return ancestor.querySelector<HTMLElement>(FOCUSABLE);
  }
  return null;
}

/**
 * Props for a Radix `Dialog.Content` opened without a `Dialog.Trigger` (a save that hit a
 * conflict, a remove button in a list): Radix would return focus to its trigger, and with none
 * focus would fall to the page. This puts it back where it was when the dialog opened: on the
 * same element, or, when that was replaced meanwhile (an inline row that reopened its input),
 * on the first control of the nearest part of the page still there. Focus that something
 * else already took (not lost to the page) is left alone.
 */
export function useReturnFocus() {
  const returnTo = useRef<HTMLElement[]>([]);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? placeOf(document.activeElement) : [];
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      if (isFocusLost()) stillThere(returnTo.current)?.focus();
    },
  };
}
