import type { ComponentFixture } from '@angular/core/testing';

/** A rendered view as specs read it: elements by data-testid, and their text as a person reads it. */
export interface DomQuery {
  /** The root element queried (the component's host element). */
  root(): HTMLElement;
  /** The first element with this data-testid, or null. */
  one<E extends HTMLElement = HTMLElement>(testId: string): E | null;
  /** Every element with this data-testid, in document order. */
  all<E extends HTMLElement = HTMLElement>(testId: string): E[];
  /** The text of an element, or of the first with this data-testid: whitespace runs made one space, trimmed; null when there is none. */
  text(target: string | Element | null | undefined): string | null;
}

/** An element's text as a person reads it: whitespace runs made one space, trimmed; null when there is no element. */
export function textOf(node: Element | null | undefined): string | null {
  return node ? (node.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/**
 * Queries a fixture's view (or any element) by data-testid. Takes a function so a spec can make the query once
 * and create the fixture later, in each test; the methods are bound, so `const { one, text } = domQuery(...)` works.
 */
export function domQuery(root: () => ComponentFixture<unknown> | HTMLElement): DomQuery {
  const element = (): HTMLElement => {
    const r = root();
    return r instanceof HTMLElement ? r : (r.nativeElement as HTMLElement);
  };
  const one = <E extends HTMLElement = HTMLElement>(testId: string): E | null => element().querySelector<E>(`[data-testid="${testId}"]`);
  return {
    root: element,
    one,
    all: <E extends HTMLElement = HTMLElement>(testId: string): E[] => [...element().querySelectorAll<E>(`[data-testid="${testId}"]`)],
    text: (target) => textOf(typeof target === 'string' ? one(target) : target),
  };
}
