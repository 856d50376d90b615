import type { FrameSink } from '../../common/video-stream-ticker';

/**
 * Who watches which mix, by taskId. A sink may subscribe before its task exists or after it ended, as a
 * window may subscribe to a remote stream before the user is there: frames flow while both exist.
 */
export class MixOutputs {
  private readonly sinks = new Map<string, Set<FrameSink>>();

  /** Adds a consumer of a task's mixed frames; returns what removes it. */
  subscribe(taskId: string, sink: FrameSink): () => void {
    let set = this.sinks.get(taskId);
    if (!set) this.sinks.set(taskId, (set = new Set()));
    set.add(sink);
    return () => {
      set.delete(sink);
      if (set.size === 0 && this.sinks.get(taskId) === set) this.sinks.delete(taskId);
    };
  }

  /** The consumers of a task's next frame. */
  sinksOf(taskId: string): FrameSink[] {
    const set = this.sinks.get(taskId);
    return set ? [...set] : [];
  }
}
