export * from './replica-sync';
export * from './bridge-transport';
export * from './websocket-transport';
export * from './bridge-client';
export * from './provide-room-replica';
export * from './electron-transport';
