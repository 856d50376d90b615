import type { TRTCEventMap } from '../../../engine/contract';
import type { Clock } from '../../../time/clock';
import type { MixInputs } from '../mixer/mix-layers';
import { MixOutputs } from '../mixer/mix-outputs';
import { describeRoom, roomKeyOf, type RoomId } from '../../common/room-key';
import { isFailure, SandboxFailure } from '../../common/sandbox-failure';
import type { FrameSink } from '../../common/video-stream-ticker';
import { CdnFaults } from './cdn-faults';
import type { CdnPushStatus } from './cdn-push';
import { refusalCodeFor, STOP_REFUSED } from './publish-codes';
import { checkPublishUpdate, taskIdentity, type PublishRequest } from './publish-request';
import { PublishTask } from './publish-task';
import type { RobotRoster } from './robot-roster';
import { roomOfUser } from './trtc-user-check';

/** Who asks: a user in a room. */
export interface PublishOwner {
  roomId: RoomId;
  userId: string;
}

/** What the registry needs from the service. */
export interface PublishTasksEnv {
  clock: Clock;
  latency(kind: 'cdnConnect' | 'cdnDisconnect'): number;
  /** Tells a user of a room, if it is there now. */
  tell<K extends keyof TRTCEventMap>(owner: PublishOwner, name: K, ...args: TRTCEventMap[K]): void;
  mixInputs: MixInputs;
  /** Where the robots of MixStreamToRoom tasks come and go. */
  robots: RobotRoster;
}

/** A task as the sandbox reports it: plain data. */
export interface PublishTaskInfo {
  taskId: string;
  roomId: RoomId;
  userId: string;
  mode: number;
  cdnUrls: { url: string; status: CdnPushStatus }[];
}

/** A refused start: why, and the taskId of the same task when it is already running ("同时带给您上一次启动的 taskId"). */
export interface StartRefusal {
  failure: SandboxFailure;
  taskId: string;
}

/**
 * The publishing service's tasks, by taskId. A task belongs to the room and user that started it and
 * outlives that user's session (a user who re-enters can start the same task again to learn its taskId);
 * it ends when stopped or when its room is gone.
 */
export class PublishTasks {
  private readonly tasks = new Map<string, PublishTask>();
  private readonly faults = new CdnFaults();
  private readonly outputs = new MixOutputs();
  private nextId = 1;

  constructor(private readonly env: PublishTasksEnv) {}

  /** Registers a task for a checked request, not yet started (so its start callback can go first), or why not. */
  create(owner: PublishOwner, request: PublishRequest): PublishTask | StartRefusal {
    const same = this.ownedBy(owner).find((task) => taskIdentity(task.current) === taskIdentity(request));
    if (same) return { failure: new SandboxFailure(refusalCodeFor(request.mode), `this task (same mode and URLs) is already running as ${same.taskId}`), taskId: same.taskId };
    const robot = this.robotRefusal(owner, request, undefined);
    if (robot) return { failure: robot, taskId: '' };
    const taskId = `sandbox-task-${this.nextId++}`;
    const task = new PublishTask(taskId, owner.roomId, owner.userId, request, {
      clock: this.env.clock,
      latency: (kind) => this.env.latency(kind),
      reachable: (url) => this.faults.reachable(url),
      tellOwner: (name, ...args) => this.env.tell(owner, name, ...args),
      mixInputs: this.env.mixInputs,
      mixSinks: () => this.outputs.sinksOf(taskId),
      robots: this.env.robots,
    });
    this.tasks.set(taskId, task);
    return task;
  }

  /** The task an update applies to and what it becomes (checked, not yet applied), or why not. */
  checkUpdate(owner: PublishOwner, taskId: string, target: unknown, params: unknown, config: unknown): { task: PublishTask; next: PublishRequest } | SandboxFailure {
    const task = this.findOwned(owner, taskId);
    if (!task) return new SandboxFailure(refusalCodeFor((target as { mode?: unknown } | null)?.mode), `updatePublishMediaStream: no task ${JSON.stringify(taskId)} of ${owner.userId} in ${describeRoom(owner.roomId)}`);
    const next = checkPublishUpdate(task.current, target, params, config);
    if (isFailure(next)) return next;
    const clash = this.ownedBy(owner).find((other) => other !== task && taskIdentity(other.current) === taskIdentity(next));
    if (clash) return new SandboxFailure(refusalCodeFor(next.mode), `task ${clash.taskId} already has this mode and these URLs`);
    return this.robotRefusal(owner, next, task) ?? { task, next };
  }

  /** Takes out the tasks a stop names ('' is every task of the user), not yet stopped, or why not. */
  remove(owner: PublishOwner, taskId: string): PublishTask[] | SandboxFailure {
    const tasks = taskId === '' ? this.ownedBy(owner) : [this.findOwned(owner, taskId)].filter((task) => task !== undefined);
    if (taskId !== '' && tasks.length === 0) {
      return new SandboxFailure(STOP_REFUSED, `stopPublishMediaStream: no task ${JSON.stringify(taskId)} of ${owner.userId} in ${describeRoom(owner.roomId)}`);
    }
    for (const task of tasks) this.tasks.delete(task.taskId);
    return tasks;
  }

  /** Ends every task of a room that is gone, without reports. */
  roomEnded(roomId: RoomId): void {
    for (const task of [...this.tasks.values()]) {
      if (roomKeyOf(task.roomId) !== roomKeyOf(roomId)) continue;
      task.drop();
      this.tasks.delete(task.taskId);
    }
  }

  /** Makes a CDN host unreachable (every host when none is given); pushes to it recover, then fail. */
  cdnUnreachable(host?: string): void {
    this.faults.cut(host);
    for (const task of this.tasks.values()) task.cdnLost();
  }

  /** Makes a CDN host reachable again (every host when none is given); pushes still trying get through. */
  cdnRecover(host?: string): void {
    this.faults.restore(host);
    for (const task of this.tasks.values()) task.cdnRestored();
  }

  /** Adds a consumer of a task's mixed frames (it may come before the task); returns what removes it. */
  subscribeMix(taskId: string, sink: FrameSink): () => void {
    return this.outputs.subscribe(taskId, sink);
  }

  /** Every running task, oldest first. */
  list(): PublishTaskInfo[] {
    return [...this.tasks.values()].map((task) => ({ taskId: task.taskId, roomId: task.roomId, userId: task.ownerId, mode: task.current.mode, cdnUrls: task.statuses() }));
  }

  /** Why the robot a request names cannot join its room; its own robot, already there, can stay. */
  private robotRefusal(owner: PublishOwner, request: PublishRequest, task: PublishTask | undefined): SandboxFailure | undefined {
    const identity = request.mixStreamIdentity;
    if (!identity) return undefined;
    const roomId = roomOfUser(identity, owner.roomId);
    const current = task?.robotAt;
    if (current && current.userId === identity.userId && roomKeyOf(current.roomId) === roomKeyOf(roomId)) return undefined;
    const why = this.env.robots.refusal(roomId, identity.userId);
    return why === undefined ? undefined : new SandboxFailure(refusalCodeFor(request.mode), why);
  }

  private ownedBy(owner: PublishOwner): PublishTask[] {
    return [...this.tasks.values()].filter((task) => task.ownerId === owner.userId && roomKeyOf(task.roomId) === roomKeyOf(owner.roomId));
  }

  private findOwned(owner: PublishOwner, taskId: string): PublishTask | undefined {
    return this.ownedBy(owner).find((task) => task.taskId === taskId);
  }
}
