export * from './fake-bridge-client';
export * from './memory-storage';
export * from './provide-window-testing';
