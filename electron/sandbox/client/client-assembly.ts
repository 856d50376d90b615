import { TRTCDeviceType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TRTCEventMap } from '../../engine/contract';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import type { Deliver, DeliveryLane } from '../server/delivery-lane';
import type { SandboxCloud } from '../server/sandbox-cloud';
import { ClientAudio } from './audio/client-audio';
import { ClientDevices } from './client-devices';
import { ClientLocalMedia } from './client-local-media';
import { clientPort } from './client-port';
import { ClientPublishing } from './client-publishing';
import { ClientReports } from './client-reports';
import { ClientSession } from './client-session';
import { ConnectionDrop, connectionCallbacks } from './connection-drop';
import { LocalVideoOutput } from './local-video-output';
import { ClientMusic } from './music/client-music';
import type { MusicFileOpener } from './music/music-source';
import { DeviceTests } from './preflight/device-tests';
import { RemoteViews } from './remote-views';
import type { PostCallback } from './report-failure';
import { ScreenSharing } from './screen-share/screen-sharing';

/** The sections of one client, wired to each other: what SandboxTRTCCloud delegates its calls to. */
export interface ClientParts {
  /** Callbacks to the app, in order (on the cloud's shared delivery timer). */
  readonly callbacks: DeliveryLane;
  readonly session: ClientSession;
  readonly local: ClientLocalMedia;
  readonly screen: ScreenSharing;
  readonly remoteViews: RemoteViews;
  readonly connection: ConnectionDrop;
  readonly localVideo: LocalVideoOutput;
  readonly reports: ClientReports;
  readonly devices: ClientDevices;
  readonly audio: ClientAudio;
  readonly deviceTests: DeviceTests;
  readonly music: ClientMusic;
  readonly publishing: ClientPublishing;
  /** The server's handle on this client. */
  readonly port: SandboxClientPort;
}

/** What the sections need of the facade itself: its listeners, whether it is destroyed, and the one public call the server makes as the user. */
export interface ClientShell {
  /** Hands a callback that is not a music one to the app's listeners. */
  emit: Deliver;
  destroyed(): boolean;
  /** stopScreenCapture, as the user would call it. */
  stopScreenCapture(): void;
}

/**
 * Builds the sections of a client of `cloud` and wires each to the others through a narrow context. Every
 * callback goes through one lane, dropped once the client is destroyed; sections reach each other lazily,
 * so the order here is only the order of construction (the seeded random draws stay where they were).
 */
export function assembleClient(cloud: SandboxCloud, openMusicFile: MusicFileOpener, shell: ClientShell): ClientParts {
  const { server, clock } = cloud;
  const queue = <K extends keyof TRTCEventMap>(name: K, args: TRTCEventMap[K], delayMs: number): void => {
    if (!shell.destroyed()) callbacks.post(name, args, delayMs);
  };
  const post: PostCallback = (name, ...args) => queue(name, args, 0);
  const remoteViews = new RemoteViews(server.viewed);
  const devices = new ClientDevices(server.rack, post);
  // Music callbacks go to the music observer, every other one to the emitter's listeners, all in one order.
  const callbacks = server.delivery.lane((name, args) => {
    if (!music.deliver(name, args)) shell.emit(name, args);
  });
  const session: ClientSession = new ClientSession({
    clock,
    server,
    port: () => port,
    post,
    postAfter: (delayMs, name, ...args) => queue(name, args, delayMs),
    named: (userId) => {
      local.camera.relabel(userId);
      audio.relabel(userId);
    },
    claimSeatIfSharing: () => screen.claimSeatIfSharing(),
    sessionStarted: () => reports.sessionStarted(),
    reportNetwork: () => reports.reportNetwork(),
    publishingStopped: () => localVideo.publishingStopped(),
    capturing: () => local.capture.previewOn || local.capture.audioOn,
    // Leaving a room releases camera, microphone and screen share.
    stopCapture: () => {
      local.capture.stopAll();
      screen.end();
      local.stopCamera();
      session.publicationChanged();
    },
    sessionEnded: () => {
      connection.cancel();
      remoteViews.clearViews();
      audio.mix.sessionEnded();
    },
  });
  const localVideo = new LocalVideoOutput(post);
  const reports: ClientReports = new ClientReports(
    clock,
    server.random,
    {
      context: () => ({
        server,
        member: session.member,
        selfDown: connection.down,
        viewing: (userId) => remoteViews.viewing(userId),
        mutedRemoteAudio: audio.mutedRemote,
        heard: (userId, level) => audio.mix.heard(userId, level),
      }),
      localVolume: (now) => (local.capture.sendsAudio ? audio.sentLevel(now) : undefined),
      smallEnabled: () => local.camera.smallEnabled,
    },
    post,
  );
  const local: ClientLocalMedia = new ClientLocalMedia({
    clock,
    server,
    localVideo,
    member: () => session.member,
    connectionDown: () => connection.down,
    cameraPresent: () => devices.present(TRTCDeviceType.TRTCDeviceTypeCamera),
    post,
    warnIfAudienceCapturing: () => session.warnIfAudienceCapturing(),
    publicationChanged: () => session.publicationChanged(),
  });
  const screen: ScreenSharing = new ScreenSharing({
    clock,
    server,
    localVideo,
    member: () => session.member,
    connectionDown: () => connection.down,
    post,
    publicationChanged: () => session.publicationChanged(),
  });
  const connection = new ConnectionDrop(clock, server.random, connectionCallbacks(post));
  const audio: ClientAudio = new ClientAudio({
    micPresent: () => devices.present(TRTCDeviceType.TRTCDeviceTypeMic),
    musicLevel: () => music.players.publishedLevel(),
    evaluatingVolumes: () => reports.evaluatingVolumes,
    post,
  });
  const deviceTests = new DeviceTests({
    clock,
    random: server.random,
    linkWeak: () => server.linkWeak,
    micLevel: (now) => audio.micLevel(now),
    speakerDevice: () => audio.mix.speakerDevice(),
    speakerPresent: () => devices.present(TRTCDeviceType.TRTCDeviceTypeSpeaker),
    cameraPresent: () => devices.present(TRTCDeviceType.TRTCDeviceTypeCamera),
    post,
  });
  const music: ClientMusic = new ClientMusic(clock, openMusicFile, post, () => callbacks.listen());
  const publishing = new ClientPublishing({ server, member: () => session.member, request: (run, delayMs) => session.request(run, delayMs), post });
  const port: SandboxClientPort = clientPort({
    callbacks,
    local,
    screen,
    connection,
    remoteViews,
    audio,
    post,
    // As the user would: the same calls, so a destroyed client does nothing.
    shareScreen: (sourceId) => {
      if (sourceId === null) shell.stopScreenCapture();
      else if (!shell.destroyed()) screen.share(sourceId);
    },
    sessionEnded: (reason) => session.endedByServer(reason),
  });
  return { callbacks, session, local, screen, remoteViews, connection, localVideo, reports, devices, audio, deviceTests, music, publishing, port };
}
