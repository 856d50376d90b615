// PLACEHOLDER, to be replaced by the Electron main process (the lead writes it).
// It exists only so `tsc -p electron/tsconfig.desktop.json` has an input.
import { app } from 'electron';

void app.whenReady().then(() => app.quit());
