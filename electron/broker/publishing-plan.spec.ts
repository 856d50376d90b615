import { TRTCPublishMode, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeError, Command } from '@broadcast-core/bridge';
import { ConsoleActions, DEFAULT_CDN_ENCODER, EngineActions, roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { planCommand, type CommandPlan } from './command-plan';
import { eventToActions } from './event-to-actions';
import { publishingFollowsRoom } from './publishing-follows-room';
import { inLiveRoom, stateAfter } from './testing/broker-fixtures';

const AT = 9_000;
const URL_A = 'rtmp://push.example.com/live/key-a';
const RELAY = TRTCPublishMode.TRTCPublishBigStreamToCdn;
const MIX = TRTCPublishMode.TRTCPublishMixStreamToCdn;
const start = (mode: 1 | 3 = RELAY, preset: 'solo' | 'grid' = 'solo'): Command => ({
  type: 'startPublishing', mode, urls: [URL_A], encoder: DEFAULT_CDN_ENCODER, layout: { preset },
});
const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
const inRoom = () => stateAfter(ready, ...inLiveRoom(TRTCRoleType.TRTCRoleAnchor));
const apply = (state: RoomState, ...actions: RoomAction[]) => actions.reduce((s, a) => roomReducer(s, a), state);
const pkConnected = [
  ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 3 }),
  EngineActions.otherRoomConnected({ userId: 'userB', at: 4 }),
];

function accepted(command: Command, state: RoomState): { plan: CommandPlan; after: RoomState } {
  const result = planCommand(command, { state, at: AT, engine: 'sandbox' });
  if ('code' in result) throw new Error(`refused: ${result.message}`);
  return { plan: result, after: apply(state, ...result.accepted) };
}
const refused = (command: Command, state: RoomState) => planCommand(command, { state, at: AT, engine: 'sandbox' }) as BridgeError;
const calls = (plan: CommandPlan) => plan.calls.map(({ method, args }) => ({ method, args }));
const event = (state: RoomState, e: Parameters<typeof eventToActions>[0]) => apply(state, ...eventToActions(e, { state, at: AT + 1 }));

/** A relay task that the cloud started as sandbox-task-1. */
function liveRelay(): RoomState {
  const { after } = accepted(start(), inRoom());
  return event(after, { name: 'onStartPublishMediaStream', args: ['sandbox-task-1', 0, ''] });
}

describe('publishing commands', () => {
  it('starts a relay: starting at once, then startPublishMediaStream with the URL and no encoder or layout', () => {
    const { plan, after } = accepted(start(), inRoom());
    expect(after.publishing).toMatchObject({ status: 'starting', urls: [{ url: URL_A, status: 0, since: AT }], chosen: { mode: RELAY } });
    expect(calls(plan)).toEqual([
      { method: 'startPublishMediaStream', args: [{ mode: RELAY, cdnUrlList: [{ rtmpUrl: URL_A, isInternalLine: true }], mixStreamIdentity: { userId: '', intRoomId: 0, strRoomId: '' } }, null, null] },
    ]);
    expect(plan.failed!({ code: -1, message: 'x' }, AT, 0)).toEqual([EngineActions.publishingStartFailed({ error: { code: -1, message: 'x' }, at: AT })]);
  });

  it('starts a mix with the encoder and the solo layout of the own user in the own room', () => {
    const { plan } = accepted(start(MIX), inRoom());
    const [, encoder, config] = plan.calls[0].args as [unknown, unknown, { videoLayoutList: { fixedVideoUser: unknown; rect: unknown }[] }];
    expect(encoder).toEqual(DEFAULT_CDN_ENCODER);
    expect(config.videoLayoutList).toEqual([expect.objectContaining({ rect: { left: 0, top: 0, right: 1280, bottom: 720 }, fixedVideoUser: { userId: 'host', intRoomId: 8888, strRoomId: '' } })]);
  });

  it('refuses a start outside a room or while a task exists, and an update or stop without a live task', () => {
    expect(refused(start(), stateAfter(ready))).toMatchObject({ code: 'invalid-state', reason: 'publishOutsideRoom' });
    expect(refused(start(), liveRelay())).toMatchObject({ reason: 'publishAlready', params: { status: 'live' } });
    expect(refused({ type: 'stopPublishing' }, inRoom())).toMatchObject({ reason: 'noPublishing', params: { action: 'stop' } });
    expect(refused({ type: 'updatePublishing', mode: MIX }, accepted(start(), inRoom()).after)).toMatchObject({ reason: 'publishingBusy', params: { status: 'starting' } });
    expect(refused({ type: 'updatePublishing' }, liveRelay())).toMatchObject({ reason: 'nothingToUpdate', field: 'command.mode' });
  });

  it('settles a start with the taskId, and records each URL status', () => {
    const live = event(liveRelay(), { name: 'onCdnStreamStateChanged', args: [URL_A, 2, 0, ''] });
    expect(live.publishing).toMatchObject({ status: 'live', taskId: 'sandbox-task-1', urls: [{ url: URL_A, status: 2, since: AT + 1 }] });
  });

  it('ends a start the cloud refused with its code', () => {
    const { after } = accepted(start(), inRoom());
    expect(event(after, { name: 'onStartPublishMediaStream', args: ['', -3323, 'relay refused'] }).publishing).toMatchObject({ status: 'idle', lastError: { code: -3323, message: 'relay refused' } });
  });

  it('switches the running task to a mix by update, keeping taskId and URLs, and takes the choice once answered', () => {
    const { plan, after } = accepted({ type: 'updatePublishing', mode: MIX, layout: { preset: 'grid' } }, liveRelay());
    expect(after.publishing.status).toBe('updating');
    const [taskId, target, encoder] = plan.calls[0].args as unknown as [string, { mode: number; cdnUrlList: unknown[] }, unknown];
    expect(plan.calls[0].method).toBe('updatePublishMediaStream');
    expect([taskId, target.mode, target.cdnUrlList, encoder]).toEqual(['sandbox-task-1', MIX, [{ rtmpUrl: URL_A, isInternalLine: true }], DEFAULT_CDN_ENCODER]);
    const done = event(after, { name: 'onUpdatePublishMediaStream', args: ['sandbox-task-1', 0, ''] });
    expect(done.publishing).toMatchObject({ status: 'live', taskId: 'sandbox-task-1', shape: { mode: MIX }, chosen: { mode: MIX, layout: { preset: 'grid' } } });
  });

  it('stops the task by its taskId, and ignores answers about other tasks', () => {
    const { plan, after } = accepted({ type: 'stopPublishing' }, liveRelay());
    expect(calls(plan)).toEqual([{ method: 'stopPublishMediaStream', args: ['sandbox-task-1'] }]);
    expect(event(after, { name: 'onStopPublishMediaStream', args: ['other-task', 0, ''] })).toBe(after);
    expect(event(after, { name: 'onStopPublishMediaStream', args: ['sandbox-task-1', 0, ''] }).publishing.status).toBe('idle');
  });

  it('stops the task before leaving the room', () => {
    expect(calls(accepted({ type: 'exitRoom' }, liveRelay()).plan).map((c) => c.method)).toEqual(['stopPublishMediaStream', 'exitRoom']);
    expect(calls(accepted({ type: 'exitRoom' }, inRoom()).plan).map((c) => c.method)).toEqual(['exitRoom']);
  });

  it('passes the sandbox CDN faults through, with or without a host', () => {
    expect(calls(accepted({ type: 'sandbox.cdnUnreachable' }, inRoom()).plan)).toEqual([{ method: 'sandbox.cdnUnreachable', args: [] }]);
    expect(calls(accepted({ type: 'sandbox.cdnRecover', host: 'push.example.com' }, inRoom()).plan)).toEqual([{ method: 'sandbox.cdnRecover', args: ['push.example.com'] }]);
  });
});

describe('publishing follows the room', () => {
  it('switches a relay to the side-by-side mix when a PK connects, on the same task, without changing the choice', () => {
    const before = liveRelay();
    const after = apply(before, ...pkConnected);
    const plan = publishingFollowsRoom(before, after, AT)!;
    const [taskId, target, , config] = plan.calls[0].args as [string, { mode: number }, unknown, { videoLayoutList: { fixedVideoUser: { userId: string; intRoomId: number } }[] }];
    expect([plan.calls[0].method, taskId, target.mode]).toEqual(['updatePublishMediaStream', 'sandbox-task-1', MIX]);
    expect(config.videoLayoutList.map((l) => l.fixedVideoUser)).toEqual([{ userId: 'host', intRoomId: 8888, strRoomId: '' }, { userId: 'userB', intRoomId: 978, strRoomId: '' }]);
    expect(apply(after, ...plan.accepted).publishing).toMatchObject({ status: 'updating', pendingChoice: null, chosen: { mode: RELAY } });
  });

  it('goes back to the relay when the PK ends, sending only the target', () => {
    const inPk = apply(liveRelay(), ...pkConnected);
    const switched = event(apply(inPk, ...publishingFollowsRoom(liveRelay(), inPk, AT)!.accepted), { name: 'onUpdatePublishMediaStream', args: ['sandbox-task-1', 0, ''] });
    const ended = apply(switched, EngineActions.otherRoomDisconnected({ at: 20 }));
    const plan = publishingFollowsRoom(switched, ended, AT)!;
    const [, target, encoder, config] = plan.calls[0].args as [string, { mode: number }, unknown, unknown];
    expect([target.mode, encoder, config]).toEqual([RELAY, null, null]);
  });

  it('does nothing without a live task, when the PK did not change, or when the task already runs the PK shape', () => {
    expect(publishingFollowsRoom(inRoom(), apply(inRoom(), ...pkConnected), AT)).toBeNull();
    expect(publishingFollowsRoom(liveRelay(), liveRelay(), AT)).toBeNull();
    const mixStarted = (() => {
      const s = apply(inRoom(), ...pkConnected);
      const { after } = accepted(start(MIX), s);
      return event(after, { name: 'onStartPublishMediaStream', args: ['sandbox-task-1', 0, ''] });
    })();
    expect(mixStarted.publishing.shape?.layout.preset).toBe('pk');
    expect(publishingFollowsRoom(apply(mixStarted, EngineActions.otherRoomDisconnected({ at: 20 })), mixStarted, AT)).toBeNull();
  });

  it('does not ask again after the cloud refused the switch, so a refusing cloud is not asked in a loop', () => {
    const before = liveRelay();
    const inPk = apply(before, ...pkConnected);
    const updating = apply(inPk, ...publishingFollowsRoom(before, inPk, AT)!.accepted);
    const refused = event(updating, { name: 'onUpdatePublishMediaStream', args: ['sandbox-task-1', -3324, 'mix refused'] });
    expect(refused.publishing).toMatchObject({ status: 'live', lastError: { code: -3324 } });
    expect(publishingFollowsRoom(updating, refused, AT)).toBeNull();
  });

  it('lays a co-anchors mix out again when a co-anchor turns the camera on', () => {
    const { after } = accepted({ ...start(MIX), layout: { preset: 'coAnchors' } } as Command, inRoom());
    const live = event(after, { name: 'onStartPublishMediaStream', args: ['sandbox-task-1', 0, ''] });
    const guest = apply(live, EngineActions.remoteUserEntered({ userId: 'guest', room: 'own', at: 5 }), EngineActions.userVideoAvailabilityChanged({ userId: 'guest', available: true }));
    const plan = publishingFollowsRoom(live, guest, AT)!;
    const config = plan.calls[0].args[3] as { videoLayoutList: { fixedVideoUser: { userId: string } }[] };
    expect(config.videoLayoutList.map((l) => l.fixedVideoUser.userId)).toEqual(['host', 'guest']);
  });

  it('catches up with a PK that connected while the start was in flight', () => {
    const { after: starting } = accepted(start(), inRoom());
    const inPk = apply(starting, ...pkConnected);
    const live = event(inPk, { name: 'onStartPublishMediaStream', args: ['sandbox-task-1', 0, ''] });
    expect(publishingFollowsRoom(inPk, live, AT)?.calls[0].method).toBe('updatePublishMediaStream');
  });
});
