// The engine contract: everything the broker and the engine side agree on, and nothing else.
export * from './rtc-engine';
export * from './trtc-events';
export * from './trtc-event-schemas';
export * from './engine-calls';
export * from './engine-frame';
export * from './engine-messages';
export * from './engine-message-schemas';
export * from './message-end';
export * from './sandbox-admin';
export * from './engine-process';
