// The preload of every UI window (console, preview, wall): sandboxed and context-isolated, it exposes
// named functions only (see createPreloadApi) and hands the frame port to the page.
import { contextBridge, ipcRenderer } from 'electron';

import { DESKTOP_API_KEY } from '@broadcast-core/desktop/ipc-channels';

import { FRAME_PORT_ENVELOPE, createPreloadApi } from './preload-api';

const api = createPreloadApi(ipcRenderer, (port) => {
  // Same-origin only: the page is the app's own, served over app://.
  window.postMessage(FRAME_PORT_ENVELOPE, window.location.origin, [port as MessagePort]);
});

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
