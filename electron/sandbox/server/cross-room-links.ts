import type { RoomMember } from './room-member';
import type { SandboxRoom } from './sandbox-room';

/** A cross-room PK link: the anchor who called connectOtherRoom and the anchor it reached in another room. */
export interface CrossRoomLink {
  readonly caller: RoomMember;
  readonly target: RoomMember;
}

/** The anchor that members of `room` see through a link: the party from the other room. */
export function partnerSeenFrom(link: CrossRoomLink, room: SandboxRoom): RoomMember {
  return link.caller.room === room ? link.target : link.caller;
}

/** The server's cross-room links. */
export class CrossRoomLinks {
  private readonly links: CrossRoomLink[] = [];

  /** Records a link. */
  add(caller: RoomMember, target: RoomMember): CrossRoomLink {
    const link = { caller, target };
    this.links.push(link);
    return link;
  }

  /** Removes a link. */
  remove(link: CrossRoomLink): void {
    const index = this.links.indexOf(link);
    if (index >= 0) this.links.splice(index, 1);
  }

  /** The link a member started, if any (one per caller). */
  heldBy(caller: RoomMember): CrossRoomLink | undefined {
    return this.links.find((link) => link.caller === caller);
  }

  /** Links a member takes part in, as caller or target. */
  involving(member: RoomMember): CrossRoomLink[] {
    return this.links.filter((link) => link.caller === member || link.target === member);
  }

  /** Links with a party in this room. */
  touching(room: SandboxRoom): CrossRoomLink[] {
    return this.links.filter((link) => link.caller.room === room || link.target.room === room);
  }

  /** Every link, oldest first. */
  all(): readonly CrossRoomLink[] {
    return this.links;
  }
}
