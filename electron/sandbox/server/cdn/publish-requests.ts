import type { TRTCEventMap } from '../../../engine/contract';
import type { RoomMember } from '../room-member';
import { NOT_IN_ROOM } from '../../common/sandbox-codes';
import { isFailure, type SandboxFailure } from '../../common/sandbox-failure';
import type { PublishRequest } from './publish-request';
import type { PublishOwner, PublishTasks } from './publish-tasks';

/** What a client's publishing request needs at the time the service answers it. */
export interface PublishContext {
  tasks: PublishTasks;
  /** The client's session, if it is in a room. */
  member: RoomMember | undefined;
  post<K extends keyof TRTCEventMap>(name: K, ...args: TRTCEventMap[K]): void;
}

/** Answers startPublishMediaStream: onStartPublishMediaStream(taskId, 0, ''), then the CDN URLs' status changes. */
export function answerStart(ctx: PublishContext, request: PublishRequest | SandboxFailure): void {
  const owner = ownerOf(ctx, 'startPublishMediaStream', 'onStartPublishMediaStream', '');
  if (!owner) return;
  if (isFailure(request)) return ctx.post('onStartPublishMediaStream', '', request.code, request.message);
  const task = ctx.tasks.create(owner, request);
  if ('failure' in task) return ctx.post('onStartPublishMediaStream', task.taskId, task.failure.code, task.failure.message);
  ctx.post('onStartPublishMediaStream', task.taskId, 0, '');
  task.start();
}

/** Answers updatePublishMediaStream: onUpdatePublishMediaStream(taskId, code, message), then what changed for the URLs. */
export function answerUpdate(ctx: PublishContext, taskId: string, target: unknown, params: unknown, config: unknown): void {
  const owner = ownerOf(ctx, 'updatePublishMediaStream', 'onUpdatePublishMediaStream', taskId);
  if (!owner) return;
  const update = ctx.tasks.checkUpdate(owner, taskId, target, params, config);
  if (isFailure(update)) return ctx.post('onUpdatePublishMediaStream', taskId, update.code, update.message);
  ctx.post('onUpdatePublishMediaStream', taskId, 0, '');
  update.task.update(update.next);
}

/** Answers stopPublishMediaStream ('' stops every task of the user): onStopPublishMediaStream, then Stopping and Idle per URL. */
export function answerStop(ctx: PublishContext, taskId: string): void {
  const owner = ownerOf(ctx, 'stopPublishMediaStream', 'onStopPublishMediaStream', taskId);
  if (!owner) return;
  const tasks = ctx.tasks.remove(owner, taskId);
  if (isFailure(tasks)) return ctx.post('onStopPublishMediaStream', taskId, tasks.code, tasks.message);
  ctx.post('onStopPublishMediaStream', taskId, 0, '');
  for (const task of tasks) task.stop();
}

/** The asking user, or undefined after answering that it is in no room (publishing is a room's service). */
function ownerOf(
  ctx: PublishContext,
  method: string,
  answer: 'onStartPublishMediaStream' | 'onUpdatePublishMediaStream' | 'onStopPublishMediaStream',
  taskId: string,
): PublishOwner | undefined {
  if (ctx.member?.inRoom) return { roomId: ctx.member.room.roomId, userId: ctx.member.userId };
  ctx.post(answer, taskId, NOT_IN_ROOM, `${method}: not in a room`);
  return undefined;
}
