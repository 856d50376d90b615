export * from './replica-sync';
export * from './bridge-transport';
export * from './websocket-transport';
export * from './bridge-client';
export * from './inject-command';
export * from './provide-room-replica';
export * from './electron-transport';
