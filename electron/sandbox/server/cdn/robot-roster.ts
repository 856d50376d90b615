import { TRTCRoleType, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { checkAnchorSeat } from '../room-admission';
import { describeRoom, type RoomId } from '../../common/room-key';
import { RoomMember } from '../room-member';
import type { SandboxRoom } from '../sandbox-room';
import type { SandboxServer } from '../sandbox-server';
import { remoteVideoSinks } from '../video-routing';
import type { FrameSink } from '../../common/video-stream-ticker';
import { robotPort, type RobotOutput } from './mix-robot';

/** The robots of MixStreamToRoom tasks as room members: who they are, and how they come and go. */
export interface RobotRoster {
  /** Why that user cannot join a room as a robot now, or undefined. */
  refusal(roomId: RoomId, userId: string): string | undefined;
  /** Puts a robot in a room as an anchor publishing `output`, and tells everyone who can see it (check refusal first). */
  join(roomId: RoomId, userId: string, output: RobotOutput): RoomMember;
  /** Takes a robot out of its room (others see it leave). */
  leave(robot: RoomMember): void;
  /** The consumers of a robot's next frame: members viewing it, as for any publisher. */
  viewers(robot: RoomMember): FrameSink[];
  /** Whether everyone left in a room is a robot (the room then ends, as an empty one does). */
  onlyRobotsIn(room: SandboxRoom): boolean;
  /** Whether a member is a task's robot. */
  isRobot(member: RoomMember): boolean;
}

/** The roster on a server; `leave` is the server's own departure (kept out of here to avoid an import cycle). */
export function robotRoster(server: SandboxServer, leave: (member: RoomMember) => void): RobotRoster {
  const robots = new Set<RoomMember>();
  return {
    refusal: (roomId, userId) => {
      const room = server.room(roomId);
      if (!room) return `mixStreamIdentity names ${describeRoom(roomId)}, where nobody is`;
      if (room.members.has(userId)) return `mixStreamIdentity ${userId} is already a user of ${describeRoom(roomId)}; pick a userId nobody enters with`;
      return checkAnchorSeat(room, server.limits)?.message;
    },
    join: (roomId, userId, output) => {
      const room = server.room(roomId)!;
      const lane = server.delivery.lane(() => undefined);
      lane.close(); // a robot hears nothing
      const robot = new RoomMember(robotPort(lane, output), userId, TRTCRoleType.TRTCRoleAnchor, room, server.clock.now());
      room.add(robot);
      robots.add(robot);
      server.entered(robot);
      return robot;
    },
    leave: (robot) => {
      robots.delete(robot);
      leave(robot);
    },
    viewers: (robot) => (robot.inRoom ? remoteVideoSinks(server, robot, TRTCVideoStreamType.TRTCVideoStreamTypeBig, false) : []),
    onlyRobotsIn: (room) => [...room.members.values()].every((member) => robots.has(member)),
    isRobot: (member) => robots.has(member),
  };
}
