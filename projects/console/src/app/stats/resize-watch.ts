import { InjectionToken } from '@angular/core';

/** Calls back with an element's new content size whenever it changes; returns a function that stops watching. */
export type ResizeWatch = (element: Element, onResize: (size: { width: number; height: number }) => void) => () => void;

/** How TimePlot follows its box: a ResizeObserver in the app, a hand-driven fake in specs. */
export const RESIZE_WATCH = new InjectionToken<ResizeWatch>('RESIZE_WATCH', {
  providedIn: 'root',
  factory: () => observeResize,
});

function observeResize(element: Element, onResize: (size: { width: number; height: number }) => void): () => void {
  // jsdom has none; the chart then keeps its first size.
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver((entries) => {
    const box = entries.at(-1)?.contentRect;
    if (box) onResize({ width: box.width, height: box.height });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
