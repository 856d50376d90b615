import { InjectionToken } from '@angular/core';

import { createI420Renderer, type RendererFactory } from './renderer-factory';

/** How the VideoView gets its renderer; the measured fallback order by default, a stub in specs. */
export const RENDERER_FACTORY = new InjectionToken<RendererFactory>('RENDERER_FACTORY', {
  providedIn: 'root',
  factory: () => createI420Renderer,
});
