export * from './fake-bridge-client';
export * from './memory-storage';
export * from './provide-window-testing';
export * from './room-fixtures';
export * from './dom-query';
export * from './render-component';
