import { rtmpHost } from '../../../../projects/broadcast-core/src/bridge/publishing/rtmp-url';

/** Which CDN hosts the sandbox makes unreachable (sandbox.cdnUnreachable / sandbox.cdnRecover). */
export class CdnFaults {
  private everyHost = false;
  private readonly hosts = new Set<string>();

  /** Makes one host (any letter case) unreachable, or every host when none is given. */
  cut(host?: string): void {
    if (host === undefined) this.everyHost = true;
    else this.hosts.add(host.toLowerCase());
  }

  /** Makes one host reachable again, or every host (lifting every cut) when none is given. */
  restore(host?: string): void {
    if (host === undefined) {
      this.everyHost = false;
      this.hosts.clear();
    } else this.hosts.delete(host.toLowerCase());
  }

  /** Whether a push URL can be reached now. */
  reachable(url: string): boolean {
    return !this.everyHost && !this.hosts.has(rtmpHost(url));
  }
}
