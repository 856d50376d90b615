import type { Screen } from 'electron';

import { fromElectronDisplay, type DisplayInfo } from '../displays';
import type { DisplaySource } from './window-manager';

/** The displays as Electron's screen reports them now. */
export function electronDisplays(screen: Screen): DisplaySource {
  return {
    all: (): DisplayInfo[] => {
      const primaryId = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((display) => fromElectronDisplay(display, primaryId));
    },
  };
}
