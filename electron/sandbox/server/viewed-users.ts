/**
 * Which userIds some client on the cloud has a camera view of (startRemoteView), counted per client. A publisher
 * nobody views has no remote consumers, so its camera ticks skip looking through every observer in its rooms.
 */
export class ViewedUsers {
  private readonly views = new Map<string, number>();

  /** A client opened a view of `userId`. */
  add(userId: string): void {
    this.views.set(userId, (this.views.get(userId) ?? 0) + 1);
  }

  /** A client closed its view of `userId`. */
  remove(userId: string): void {
    const count = this.views.get(userId) ?? 0;
    if (count <= 1) this.views.delete(userId);
    else this.views.set(userId, count - 1);
  }

  /** Whether any client views `userId`. */
  has(userId: string): boolean {
    return this.views.has(userId);
  }
}
