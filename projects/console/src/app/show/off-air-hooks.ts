import { InjectionToken } from '@angular/core';

/**
 * Work that must end before the host leaves the room when going off air (the CDN stream, once that panel
 * exists): each hook runs after the PK ends and before exitRoom. Provide with `multi: true`.
 */
export const OFF_AIR_HOOKS = new InjectionToken<readonly (() => Promise<void>)[]>('OFF_AIR_HOOKS', { providedIn: 'root', factory: () => [] });
