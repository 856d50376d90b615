import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { NOT_IN_ROOM } from './common/sandbox-codes';
import { collectFrames } from './testing/frame-collector';
import { SandboxHarness, type TestClient } from './testing/sandbox-harness';

const AUDIENCE = TRTCRoleType.TRTCRoleAudience;
const PK_TO_USER_B = '{"roomId": 978, "userId": "userB"}';

/** Two live rooms as in the guide: anchor A in 29834, userB in 978, each with a viewer. */
function twoRooms(sandbox = new SandboxHarness()) {
  const anchorA = sandbox.publishingAnchor('anchorA', 29834);
  const userB = sandbox.publishingAnchor('userB', 978);
  const viewerA = sandbox.enter('viewerA', 29834, { role: AUDIENCE });
  const viewerB = sandbox.enter('viewerB', 978, { role: AUDIENCE });
  for (const client of [anchorA, userB, viewerA, viewerB]) client.events.clear();
  return { sandbox, anchorA, userB, viewerA, viewerB };
}

function connect(sandbox: SandboxHarness, caller: TestClient, json = PK_TO_USER_B) {
  caller.trtc.connectOtherRoom(json);
  sandbox.advance();
}

describe('cross-room PK', () => {
  it('delivers onConnectOtherRoom to a listener registered after the call (as the guide does)', () => {
    const { sandbox, anchorA } = twoRooms();
    const results: unknown[][] = [];
    anchorA.trtc.connectOtherRoom('{"roomId": "978","userId": "userB"}');
    anchorA.trtc.on('onConnectOtherRoom', (...args: unknown[]) => results.push(args));
    sandbox.advance();
    expect(results).toEqual([['userB', 0, '']]);
  });

  it("links two rooms: each room sees the other room's anchor enter and publish", () => {
    const { sandbox, anchorA, userB, viewerA, viewerB } = twoRooms();
    connect(sandbox, anchorA);
    expect(anchorA.events.log()).toEqual(['onConnectOtherRoom(userB,0,)', 'onRemoteUserEnterRoom(userB)', 'onUserVideoAvailable(userB,1)', 'onUserAudioAvailable(userB,1)']);
    expect(viewerA.events.log()).toEqual(['onRemoteUserEnterRoom(userB)', 'onUserVideoAvailable(userB,1)', 'onUserAudioAvailable(userB,1)']);
    for (const client of [userB, viewerB]) {
      expect(client.events.log()).toEqual(['onRemoteUserEnterRoom(anchorA)', 'onUserVideoAvailable(anchorA,1)', 'onUserAudioAvailable(anchorA,1)']);
    }
    expect(sandbox.cloud.listLinks()).toEqual([{ caller: { roomId: 29834, userId: 'anchorA' }, target: { roomId: 978, userId: 'userB' } }]);
  });

  it('lets media flow across: frames and voice volumes of the other room’s anchor', () => {
    const { sandbox, anchorA, viewerB } = twoRooms();
    connect(sandbox, anchorA);
    const frames = collectFrames(viewerB.trtc, 'anchorA');
    viewerB.trtc.startRemoteView('anchorA', null);
    viewerB.trtc.enableAudioVolumeEvaluation(300);
    sandbox.advance(3000);
    expect(frames.length).toBeGreaterThan(30);
    expect(frames[0]).toMatchObject({ userId: 'anchorA', width: 640, height: 360 });
    expect(viewerB.events.log()).toContain('onFirstVideoFrame(anchorA,0,640,360)');
    const heard = viewerB.events.all('onUserVoiceVolume').flatMap(([volumes]) => volumes.map((v) => v.userId));
    expect(new Set(heard)).toEqual(new Set(['userB', 'anchorA']));
  });

  it('reverses on disconnectOtherRoom: availability 0 then leave in both rooms, and onDisconnectOtherRoom(0)', () => {
    const { sandbox, anchorA, userB, viewerA, viewerB } = twoRooms();
    connect(sandbox, anchorA);
    for (const client of [anchorA, userB, viewerA, viewerB]) client.events.clear();
    anchorA.trtc.disconnectOtherRoom();
    sandbox.advance();
    expect(anchorA.events.log()).toEqual(['onUserVideoAvailable(userB,0)', 'onUserAudioAvailable(userB,0)', 'onRemoteUserLeaveRoom(userB,0)', 'onDisconnectOtherRoom(0,)']);
    expect(viewerA.events.log()).toEqual(['onUserVideoAvailable(userB,0)', 'onUserAudioAvailable(userB,0)', 'onRemoteUserLeaveRoom(userB,0)']);
    for (const client of [userB, viewerB]) {
      expect(client.events.log()).toEqual(['onUserVideoAvailable(anchorA,0)', 'onUserAudioAvailable(anchorA,0)', 'onRemoteUserLeaveRoom(anchorA,0)']);
    }
    expect(sandbox.cloud.listLinks()).toEqual([]);
  });

  it('shows a later joiner the PK anchor of the linked room', () => {
    const { sandbox, anchorA } = twoRooms();
    connect(sandbox, anchorA);
    const late = sandbox.enter('late_viewer', 978, { role: AUDIENCE });
    expect(late.events.log()).toEqual([
      expect.stringMatching(/^onEnterRoom/),
      'onRemoteUserEnterRoom(userB)',
      'onUserVideoAvailable(userB,1)',
      'onUserAudioAvailable(userB,1)',
      'onRemoteUserEnterRoom(anchorA)',
      'onUserVideoAvailable(anchorA,1)',
      'onUserAudioAvailable(anchorA,1)',
    ]);
  });

  it('reports availability changes of a PK anchor in the other room', () => {
    const { sandbox, anchorA, viewerB } = twoRooms();
    connect(sandbox, anchorA);
    viewerB.events.clear();
    anchorA.trtc.muteLocalVideo(true);
    anchorA.trtc.muteLocalAudio(true);
    sandbox.advance();
    expect(viewerB.events.log()).toEqual(['onUserVideoAvailable(anchorA,0)', 'onUserAudioAvailable(anchorA,0)']);
  });

  describe('failures, reported through onConnectOtherRoom', () => {
    it.each([
      ['malformed JSON', '{"roomId": 978', '', TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM],
      ['a missing userId', '{"roomId": 978}', '', TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM],
      ['its own room', '{"roomId": 29834, "userId": "anchorA"}', 'anchorA', TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM],
      ['a missing room', '{"roomId": 5555, "userId": "userB"}', 'userB', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_ROOM_NOT_EXIST],
      ['the strRoomId twin of the room', '{"strRoomId": "978", "userId": "userB"}', 'userB', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_ROOM_NOT_EXIST],
      ['a missing user', '{"roomId": 978, "userId": "nobody"}', 'nobody', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST],
      ['an audience member', '{"roomId": 978, "userId": "viewerB"}', 'viewerB', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST],
    ])('refuses %s', (_label, json, userId, code) => {
      const { sandbox, anchorA, viewerA } = twoRooms();
      connect(sandbox, anchorA, json);
      expect(anchorA.events.log()).toEqual([expect.stringMatching(new RegExp(`^onConnectOtherRoom\\(${userId},${code},.+\\)$`))]);
      expect(viewerA.events.log()).toEqual([]);
      expect(sandbox.cloud.listLinks()).toEqual([]);
    });

    it('refuses an audience caller with ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE', () => {
      const { sandbox, viewerA } = twoRooms();
      connect(sandbox, viewerA);
      expect(viewerA.events.last('onConnectOtherRoom')).toEqual(['userB', TXLiteAVError.ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE, expect.stringMatching(/switchRole/)]);
    });

    it('refuses a caller outside any room', () => {
      const sandbox = new SandboxHarness();
      const loner = sandbox.client();
      connect(sandbox, loner);
      expect(loner.events.last('onConnectOtherRoom')).toEqual(['userB', NOT_IN_ROOM, expect.any(String)]);
    });

    it('refuses a caller that already holds a link with ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM', () => {
      const { sandbox, anchorA } = twoRooms();
      sandbox.publishingAnchor('userC', 1234);
      connect(sandbox, anchorA);
      connect(sandbox, anchorA, '{"roomId": 1234, "userId": "userC"}');
      expect(anchorA.events.last('onConnectOtherRoom')).toEqual(['userC', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM, expect.stringMatching(/already connected to userB/)]);
    });

    it('refuses a target room at maxCrossRoomLinks with ERR_SERVER_CENTER_CONN_ROOM_CONNED_REACH_MAX_ROOM', () => {
      const { sandbox, anchorA } = twoRooms(new SandboxHarness({ maxCrossRoomLinks: 1 }));
      const anchorC = sandbox.publishingAnchor('anchorC', 1234);
      connect(sandbox, anchorA);
      connect(sandbox, anchorC);
      expect(anchorC.events.last('onConnectOtherRoom')).toEqual(['userB', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_REACH_MAX_ROOM, expect.stringMatching(/room 978 already has 1/)]);
    });

    it('times out with ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT after about 5 s when told to', () => {
      const { sandbox, anchorA, viewerB } = twoRooms();
      sandbox.cloud.timeoutNextConnectOtherRoom();
      anchorA.trtc.connectOtherRoom(PK_TO_USER_B);
      sandbox.advance(5000);
      expect(anchorA.events.log()).toEqual([]);
      sandbox.advance(400);
      expect(anchorA.events.log()).toEqual([expect.stringMatching(/^onConnectOtherRoom\(userB,-3326,/)]);
      expect(viewerB.events.log()).toEqual([]);
      connect(sandbox, anchorA);
      expect(anchorA.events.last('onConnectOtherRoom')).toEqual(['userB', 0, '']);
    });
  });

  describe('disconnect failures', () => {
    it('answers a disconnect without a link with ERR_SERVER_CENTER_CONN_ROOM_NOT_CONNED', () => {
      const { sandbox, anchorA } = twoRooms();
      anchorA.trtc.disconnectOtherRoom();
      sandbox.advance();
      expect(anchorA.events.last('onDisconnectOtherRoom')).toEqual([TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_NOT_CONNED, expect.any(String)]);
    });

    it('answers the target anchor, who did not start the link, with ERR_SERVER_CENTER_CONN_ROOM_USER_NOT_CONNED', () => {
      const { sandbox, anchorA, userB } = twoRooms();
      connect(sandbox, anchorA);
      userB.trtc.disconnectOtherRoom();
      sandbox.advance();
      expect(userB.events.last('onDisconnectOtherRoom')).toEqual([TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_USER_NOT_CONNED, expect.any(String)]);
      expect(sandbox.cloud.listLinks()).toHaveLength(1);
    });

    it('answers an audience member with ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE', () => {
      const { sandbox, viewerA } = twoRooms();
      viewerA.trtc.disconnectOtherRoom();
      sandbox.advance();
      expect(viewerA.events.last('onDisconnectOtherRoom')?.[0]).toBe(TXLiteAVError.ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE);
    });
  });

  describe('ends for both sides when a party goes', () => {
    it('when the target exits: the caller hears onDisconnectOtherRoom after userB leaves', () => {
      const { sandbox, anchorA, userB, viewerA } = twoRooms();
      connect(sandbox, anchorA);
      anchorA.events.clear();
      viewerA.events.clear();
      userB.trtc.exitRoom();
      sandbox.advance();
      expect(anchorA.events.log()).toEqual([
        'onUserVideoAvailable(userB,0)',
        'onUserAudioAvailable(userB,0)',
        'onRemoteUserLeaveRoom(userB,0)',
        'onDisconnectOtherRoom(0,cross-room link to userB ended: userB left the room)',
      ]);
      expect(viewerA.events.log()).toEqual(['onUserVideoAvailable(userB,0)', 'onUserAudioAvailable(userB,0)', 'onRemoteUserLeaveRoom(userB,0)']);
      expect(sandbox.cloud.listLinks()).toEqual([]);
    });

    it('when the caller is removed: the other room sees it leave with reason 2', () => {
      const { sandbox, anchorA, viewerB } = twoRooms();
      connect(sandbox, anchorA);
      viewerB.events.clear();
      sandbox.cloud.removeUser(29834, 'anchorA');
      sandbox.advance();
      expect(viewerB.events.log()).toEqual(['onUserVideoAvailable(anchorA,0)', 'onUserAudioAvailable(anchorA,0)', 'onRemoteUserLeaveRoom(anchorA,2)']);
      expect(anchorA.events.log('onExitRoom', 'onDisconnectOtherRoom')).toEqual(['onExitRoom(1)']);
      expect(sandbox.cloud.listLinks()).toEqual([]);
    });

    it("when the target's room is dismissed: the caller's room sees userB leave and the caller is told", () => {
      const { sandbox, anchorA, viewerA, userB } = twoRooms();
      connect(sandbox, anchorA);
      anchorA.events.clear();
      viewerA.events.clear();
      sandbox.cloud.dismissRoom(978);
      sandbox.advance();
      expect(userB.events.last('onExitRoom')).toEqual([2]);
      expect(viewerA.events.log()).toEqual(['onUserVideoAvailable(userB,0)', 'onUserAudioAvailable(userB,0)', 'onRemoteUserLeaveRoom(userB,2)']);
      expect(anchorA.events.log().at(-1)).toMatch(/^onDisconnectOtherRoom\(0,cross-room link to userB ended: .*room 978 was dismissed\)$/);
    });

    it('when the caller switches to audience: both rooms see the PK end', () => {
      const { sandbox, anchorA, viewerB } = twoRooms();
      connect(sandbox, anchorA);
      viewerB.events.clear();
      anchorA.trtc.switchRole(AUDIENCE);
      sandbox.advance();
      expect(viewerB.events.log()).toEqual(['onUserVideoAvailable(anchorA,0)', 'onUserAudioAvailable(anchorA,0)', 'onRemoteUserLeaveRoom(anchorA,0)']);
      expect(anchorA.events.log('onDisconnectOtherRoom')).toEqual(['onDisconnectOtherRoom(0,cross-room link to userB ended: switched to audience)']);
    });
  });
});
