export * from './trtc-rules';
export * from './commands';
export * from './bridge-error';
export * from './stream-key';
export * from './messages';
export * from './parse-client-message';
export * from './frame-codec';
export * from './sandbox-defaults';
