import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID, type Command } from '@broadcast-core/bridge';
import { EngineActions, type SandboxRoomSummary } from '@broadcast-core/room-state';

import { SANDBOX_INSPECTION_PERIOD_MS } from '../engine/engine-endpoint';
import { serveSandboxEngine } from '../engine/serve-sandbox-engine';
import { syncEngineLauncher } from '../engine/testing/sync-engine-launcher';
import { startConsoleSession } from '../session/start-console-session';
import { VirtualClock } from '../time/clock';
import { createTestBroker, jsonNormal, parseAll } from './testing/broker-fixtures';
import { InMemoryWindow } from './testing/in-memory-window';

const ENTER_29834: Command = {
  type: 'enterRoom',
  params: { sdkAppId: SANDBOX_SDK_APP_ID, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
  scene: TRTCAppScene.TRTCAppSceneLIVE,
};

/** A real sandbox engine running a scenario behind the contract, a session over it and one window, all on one virtual clock. */
function sandboxBroker(scenario = 'still') {
  const clock = new VirtualClock();
  const session = startConsoleSession({
    engine: { kind: 'sandbox', scenario },
    launcherFor: () => syncEngineLauncher((channel, crash) => serveSandboxEngine(channel, { scenario, seed: 7, clock, crash })),
    clock,
  });
  const broker = session.broker;
  const w = new InMemoryWindow(broker);
  const settle = (ms = 3 * SANDBOX_INSPECTION_PERIOD_MS) => {
    clock.advance(ms);
    w.flush();
  };
  const room = (roomId: number | string): SandboxRoomSummary | undefined => w.state.sandbox.rooms.find((r) => r.roomId === roomId);
  const members = (roomId: number | string) => room(roomId)?.members.map((m) => m.userId);
  return { clock, session, broker, w, settle, room, members };
}

describe('Broker: the sandbox rooms in shared state', () => {
  it('shows the scenario’s virtual participants, and the console itself once it entered', () => {
    const t = sandboxBroker();
    t.settle();
    expect(t.members(29834)).toEqual(['guest_anchor']);
    expect(t.members(978)).toEqual(['userB']);
    expect(t.room(29834)).toMatchObject({
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      anchorCount: 1,
      virtualAudience: 0,
      onlineCount: 1,
      links: [],
      members: [{ userId: 'guest_anchor', role: TRTCRoleType.TRTCRoleAnchor, publishingVideo: true, publishingAudio: true, connectionDown: false, sharingScreen: false }],
    });

    t.w.command('enter', ENTER_29834);
    t.settle();
    expect(t.w.state.session.status).toBe('in-room');
    expect(t.members(29834)).toEqual(['guest_anchor', 'host_1']);
    expect(t.w.shared()).toEqual(jsonNormal(t.broker.snapshot().state));
  });

  it('removes a participant from the rooms the moment removeUser is accepted, before the result', () => {
    const t = sandboxBroker();
    t.w.command('enter', ENTER_29834);
    t.settle();
    const from = t.w.sent.length;
    t.w.command('kick', { type: 'sandbox.removeUser', roomId: 29834, userId: 'guest_anchor' });
    const after = parseAll(t.w.sent.slice(from));
    expect(after.map((m) => (m.t === 'action' ? m.action.type : m.t))).toEqual([EngineActions.sandboxRoomsInspected.type, 'result']);
    t.w.flush();
    expect(t.members(29834)).toEqual(['host_1']);
    t.settle();
    expect(t.w.state.remoteUsers.ids).toEqual([]);
  });

  it('lets the host rehearse being removed, and a dismissed room disappears', () => {
    const t = sandboxBroker();
    t.w.command('enter', ENTER_29834);
    t.settle();
    t.w.command('kick-me', { type: 'sandbox.removeUser', roomId: 29834, userId: 'host_1' });
    t.settle();
    expect(t.w.results.at(-1)).toEqual({ t: 'result', id: 'kick-me', ok: true });
    expect(t.members(29834)).toEqual(['guest_anchor']);
    expect(t.w.state.session).toMatchObject({ status: 'exited', exitReason: 1 });

    t.w.command('dismiss', { type: 'sandbox.dismissRoom', roomId: 978 });
    t.w.flush();
    expect(t.room(978)).toBeUndefined();
    expect(t.w.state.sandbox.rooms.map((r) => r.roomId)).toEqual([29834]);
  });

  it('shows a dropped network while it is down, and its recovery at a later poll', () => {
    const t = sandboxBroker();
    t.settle();
    t.w.command('drop', { type: 'sandbox.dropConnection', userId: 'guest_anchor', ms: 5_000 });
    t.w.flush();
    expect(t.room(29834)?.members[0].connectionDown).toBe(true);
    t.settle(4_000);
    expect(t.room(29834)?.members[0].connectionDown).toBe(true);
    t.settle(10_000);
    expect(t.room(29834)?.members[0].connectionDown).toBe(false);
  });

  it('sends nothing new while the rooms stay the same', () => {
    const t = sandboxBroker();
    t.settle();
    const seq = t.broker.snapshot().seq;
    t.settle(30 * SANDBOX_INSPECTION_PERIOD_MS);
    expect(t.broker.snapshot().seq).toBe(seq);
  });

  it('stops looking, and stops the engine, when the session shuts down', async () => {
    const t = sandboxBroker('empty');
    t.settle();
    await t.session.shutdown();
    expect(t.clock.pendingTimers()).toBe(0);
  });
});

describe('Broker: no sandbox rooms on Tencent’s cloud', () => {
  it('never reports rooms and keeps the slice empty', () => {
    const t = createTestBroker({ sandbox: false });
    t.timers.advance(10 * SANDBOX_INSPECTION_PERIOD_MS);
    expect(t.broker.snapshot().state.sandbox).toEqual({ rooms: [], inspectedAt: null });
    expect(t.broker.snapshot().state.engineInfo).toMatchObject({ kind: 'trtc', status: 'ready' });
  });

  it('refreshes after a sandbox command even when the command was refused by the cloud', () => {
    const t = createTestBroker();
    const w = new InMemoryWindow(t.broker);
    w.flush();
    t.admin!.found = false;
    const inspections = t.admin!.inspections;
    w.command('kick', { type: 'sandbox.removeUser', roomId: 1, userId: 'nobody' });
    w.command('mute', { type: 'muteLocalAudio', mute: true });
    expect(t.admin!.inspections).toBe(inspections + 1);
    w.flush();
    expect(w.results[0]).toMatchObject({ id: 'kick', ok: false, error: { code: 'engine-failed' } });
  });
});
