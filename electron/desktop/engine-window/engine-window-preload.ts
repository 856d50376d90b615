// The engine window's preload: trusted, with Node, sharing its window with the engine page (Tencent's SDK
// needs `document` and `window`). It waits for its contract channel from the main process and serves the
// chosen engine on it.
import { ipcRenderer } from 'electron';

import { IPC } from '@broadcast-core/desktop';

import type { EngineCrashMode } from '../../engine/contract';
import { domEngineChannel, type DomPortLike } from './dom-engine-channel';
import type { EngineWindowConfig } from './engine-window-launcher';
import { serveEngineWindow } from './serve-engine-window';

/** How this window dies on purpose (sandbox.crashEngine): each is seen by the main process as it would see a real failure. */
function crash(mode: EngineCrashMode): void {
  if (mode === 'exit') process.exit(70);
  if (mode === 'throw') process.crash();
  // A hang: the renderer stays busy until the main process gives up on it.
  for (;;) {
    // Spin.
  }
}

ipcRenderer.once(IPC.engineChannel, (event, config: EngineWindowConfig) => {
  const port = event.ports[0] as unknown as DomPortLike | undefined;
  if (!port) return;
  serveEngineWindow(domEngineChannel(port), config, { crash });
});
