// PLACEHOLDER, to be replaced by the preload bridge (the lead writes it).
// It exists only so `tsc -p electron/tsconfig.desktop.json` has an input.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('broadcasterPlaceholder', {});
