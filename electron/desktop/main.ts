// The desktop app's main process. NgRx's ActionsSubject needs the JIT compiler outside an Angular app;
// load it before anything imports @ngrx/store.
import '@angular/compiler';

import { spawn } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

import { app, dialog } from 'electron';

import { startDesktopApp } from './desktop-app';
import { squirrelEvent, squirrelUpdateArgs } from './lifecycle/squirrel-event';
import { registerAppScheme } from './protocol/setup-app-protocol';

/** Handles a Squirrel.Windows install, update or removal run; true when the app must quit at once. */
function handledSquirrelEvent(): boolean {
  const event = squirrelEvent(process.argv);
  if (!event) return false;
  const args = squirrelUpdateArgs(event, basename(process.execPath));
  if (args) spawn(resolve(dirname(process.execPath), '..', 'Update.exe'), args, { detached: true }).on('close', () => app.quit());
  else app.quit();
  return true;
}

if (!handledSquirrelEvent()) {
  if (!app.requestSingleInstanceLock()) {
    // One console per machine: a second launch focuses the first (see 'second-instance').
    app.quit();
  } else {
    registerAppScheme();
    app
      .whenReady()
      .then(() => startDesktopApp())
      .catch((error: unknown) => {
        dialog.showErrorBox('Broadcaster Console could not start', error instanceof Error ? error.message : String(error));
        app.exit(1);
      });
  }
}

