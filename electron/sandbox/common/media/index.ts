// Synthetic media for the sandbox TRTC cloud: camera pictures and microphone volumes, generated in plain Node.
export type { VideoFormat } from './video-format';
export type { BeautyLevels } from './beauty-filter';
export { SyntheticVideoSource } from './synthetic-video-source';
export { resolutionSize } from './resolution-size';
export { VoiceActivity } from './voice-activity';
