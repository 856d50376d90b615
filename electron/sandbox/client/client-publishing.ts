import { TRTCVideoStreamType, type TRTCPublishTarget, type TRTCStreamEncoderParam, type TRTCStreamMixingConfig } from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

import { checkPublishRequest } from '../server/cdn/publish-request';
import { answerStart, answerStop, answerUpdate, type PublishContext } from '../server/cdn/publish-requests';
import type { RoomMember } from '../server/room-member';
import type { SandboxServer } from '../server/sandbox-server';
import type { PostCallback } from './report-failure';

/** What publishing needs of its client: the cloud's task list, the user's place in its room, ordered requests and the app's callbacks. */
export interface ClientPublishingContext {
  readonly server: SandboxServer;
  /** The client's place in its room; undefined outside one. */
  member(): RoomMember | undefined;
  /** Queues a request to the service, answered after `delayMs` and in call order. */
  request(run: () => void, delayMs: number): void;
  post: PostCallback;
}

/**
 * The publishing calls of SandboxTRTCCloud (CDN relay and the cloud mixer): requests answered in call order
 * after the service's latency, and the sandbox's own view of a task's mixed frames. The facade checks that the
 * client is not destroyed before calling in.
 */
export class ClientPublishing {
  /** The mixed-frame subscriptions of setMixVideoRenderCallback, by taskId. */
  private readonly mixViews = new Map<string, () => void>();

  constructor(private readonly ctx: ClientPublishingContext) {}

  /** startPublishMediaStream: arguments are checked and copied now, so later changes by the caller do not reach the task. */
  start(target: TRTCPublishTarget, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    const request = checkPublishRequest(target, params, config);
    this.ctx.request(() => answerStart(this.context(), request), this.ctx.server.latency('publish'));
  }

  /** updatePublishMediaStream: null keeps what the task has. */
  update(taskId: string, target: TRTCPublishTarget | null, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    const [t, p, c] = structuredClone([target, params, config]);
    this.ctx.request(() => answerUpdate(this.context(), taskId, t, p, c), this.ctx.server.latency('publish'));
  }

  /** stopPublishMediaStream: a task, or every task of this user when taskId is ''. */
  stop(taskId: string): void {
    this.ctx.request(() => answerStop(this.context(), taskId), this.ctx.server.latency('publish'));
  }

  /** setMixVideoRenderCallback: a task's mixed I420 frames, with the taskId in place of the userId; null removes it. */
  setMixCallback(taskId: string, callback: TRTCVideoRenderCallback | null): void {
    this.mixViews.get(taskId)?.();
    this.mixViews.delete(taskId);
    if (!callback) return;
    const remove = this.ctx.server.publishing.subscribeMix(taskId, (frame) => callback.onRenderVideoFrame(taskId, TRTCVideoStreamType.TRTCVideoStreamTypeBig, frame));
    this.mixViews.set(taskId, remove);
  }

  /** Drops every mixed-frame subscription (the client is destroyed). */
  close(): void {
    for (const remove of this.mixViews.values()) remove();
    this.mixViews.clear();
  }

  private context(): PublishContext {
    return { tasks: this.ctx.server.publishing, member: this.ctx.member(), post: this.ctx.post };
  }
}
