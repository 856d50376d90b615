import { EngineActions, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import type { EngineDevices, EngineToBroker, SandboxRoomInfo } from '../engine/contract';
import { sandboxRoomSummary } from './sandbox-room-summary';
import { screenSourceSummary } from './screen-source-summary';

/** The engine's devices as room state holds them. */
export function devicesListed(devices: EngineDevices): RoomAction {
  return EngineActions.devicesListed({
    cameras: devices.cameras.map(({ deviceId, deviceName }) => ({ deviceId, deviceName })),
    mics: devices.mics.map(({ deviceId, deviceName }) => ({ deviceId, deviceName })),
    speakers: devices.speakers.map(({ deviceId, deviceName }) => ({ deviceId, deviceName })),
    camera: devices.camera,
    mic: devices.mic,
    speaker: devices.speaker,
  });
}

/** The sandbox's rooms as an action, or nothing when windows already hold exactly these. */
export function sandboxRoomsInspected(rooms: SandboxRoomInfo[], state: RoomState, at: number): RoomAction[] {
  const summaries = rooms.map(sandboxRoomSummary);
  return JSON.stringify(summaries) === JSON.stringify(state.sandbox.rooms) ? [] : [EngineActions.sandboxRoomsInspected({ rooms: summaries, at })];
}

/** What the engine's report messages (not its SDK callbacks) mean for room state. */
export function reportToActions(
  message: Exclude<EngineToBroker, { t: 'event' | 'answer' | 'pong' | 'fault' }>,
  ctx: { state: RoomState; at: number; generation: number },
): RoomAction[] {
  switch (message.t) {
    case 'ready':
      return [
        EngineActions.engineReady({
          kind: message.kind,
          sdkVersion: message.sdkVersion,
          generation: ctx.generation,
          at: ctx.at,
          signsUserSigs: message.signsUserSigs,
          ...(message.notice ? { notice: message.notice } : {}),
        }),
        devicesListed(message.devices),
        ...(message.sandboxRooms ? sandboxRoomsInspected(message.sandboxRooms, ctx.state, ctx.at) : []),
      ];
    case 'devices':
      return [devicesListed(message.devices)];
    case 'sandbox-rooms':
      return sandboxRoomsInspected(message.rooms, ctx.state, ctx.at);
    case 'screen-sources':
      return [EngineActions.screenSourcesListed({ sources: message.sources.map(screenSourceSummary), at: ctx.at })];
  }
}
