import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { MAX_CDN_URLS, maskRtmpUrl, rtmpUrlProblem } from '@broadcast-core/bridge';
import { MAX_SAVED_CDN_TARGETS, PreferencesStore, type CdnTarget } from '@broadcast-core/preferences';

/** Why a new target cannot be added, as a translation key. */
type AddProblem = 'goLive.targets.badName' | 'goLive.targets.badUrl' | 'goLive.targets.twice' | 'goLive.targets.full';

/** The saved CDN targets: tick the ones to push to, add one (name and RTMP URL), remove one. Stream keys are shown masked. */
@Component({
  selector: 'bc-cdn-targets-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="targets">
      <legend>{{ 'goLive.targets.label' | translate }}</legend>
      @for (target of targets(); track target.url) {
        <div class="target" data-testid="cdn-target">
          <label>
            <input type="checkbox" [checked]="target.selected" (change)="toggle(target)" [attr.aria-label]="'goLive.targets.use' | translate: { name: target.name }" data-testid="cdn-target-use" />
            <strong>{{ target.name }}</strong>
            <code data-testid="cdn-target-url">{{ masked(target.url) }}</code>
          </label>
          <button type="button" class="link" (click)="remove(target)" [attr.aria-label]="'goLive.targets.remove' | translate: { name: target.name }" data-testid="cdn-target-remove">×</button>
        </div>
      } @empty {
        <p class="hint" data-testid="cdn-targets-none">{{ 'goLive.targets.none' | translate }}</p>
      }
      @if (tooMany()) {
        <p class="field-error" role="alert" data-testid="cdn-targets-too-many">{{ 'goLive.targets.tooMany' | translate: { max: maxUrls } }}</p>
      }
      <form class="add" (submit)="$event.preventDefault(); submit(name, url)">
        <label>{{ 'goLive.targets.name' | translate }} <input #name data-testid="cdn-target-name" autocomplete="off" maxlength="40" /></label>
        <label>{{ 'goLive.targets.url' | translate }} <input #url data-testid="cdn-target-new-url" autocomplete="off" placeholder="rtmp://push.example.com/live/streamkey" /></label>
        <button type="submit" data-testid="cdn-target-add">{{ 'goLive.targets.add' | translate }}</button>
      </form>
      @if (problem(); as p) {
        <p class="field-error" role="alert" data-testid="cdn-target-error">{{ p | translate: { max: maxTargets } }}</p>
      }
      @if (saveError(); as reason) {
        <p class="field-error" role="alert" data-testid="cdn-targets-save-error">{{ 'goLive.targets.saveFailed' | translate: { reason } }}</p>
      }
    </fieldset>
  `,
  styles: `
    .targets { display: grid; gap: 0.4rem; }
    .target { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
    .target label { display: flex; align-items: center; gap: 0.5rem; min-width: 0; }
    .target code { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--muted); }
    .add { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
    .add input[data-testid='cdn-target-new-url'] { min-width: 18rem; }
  `,
})
export class CdnTargetsEditor {
  private readonly preferences = inject(PreferencesStore);

  protected readonly maxUrls = MAX_CDN_URLS;
  protected readonly maxTargets = MAX_SAVED_CDN_TARGETS;
  /** The saved targets, in the order they were added. */
  readonly targets = computed(() => this.preferences.value().cdnTargets);
  /** The URLs a start pushes to: the ticked targets'. */
  readonly selectedUrls = computed(() => this.targets().filter((t) => t.selected).map((t) => t.url));
  protected readonly tooMany = computed(() => this.selectedUrls().length > MAX_CDN_URLS);
  protected readonly problem = signal<AddProblem | null>(null);
  protected readonly saveError = signal<string | null>(null);

  protected masked(url: string): string {
    return maskRtmpUrl(url);
  }

  /** Adds the typed target and empties the fields, or keeps them with the reason shown. */
  protected submit(name: HTMLInputElement, url: HTMLInputElement): void {
    if (!this.add(name.value, url.value)) return;
    name.value = '';
    url.value = '';
  }

  /** Adds a target, ticked; false (with the reason shown) when it cannot be. */
  private add(name: string, url: string): boolean {
    const trimmed = name.trim();
    const problem: AddProblem | null =
      trimmed === '' || trimmed.length > 40 ? 'goLive.targets.badName'
      : rtmpUrlProblem(url.trim()) ? 'goLive.targets.badUrl'
      : this.targets().some((t) => t.url === url.trim()) ? 'goLive.targets.twice'
      : this.targets().length >= MAX_SAVED_CDN_TARGETS ? 'goLive.targets.full'
      : null;
    this.problem.set(problem);
    if (problem) return false;
    return this.save([...this.targets(), { name: trimmed, url: url.trim(), selected: true }]);
  }

  protected toggle(target: CdnTarget): void {
    this.save(this.targets().map((t) => (t.url === target.url ? { ...t, selected: !t.selected } : t)));
  }

  protected remove(target: CdnTarget): void {
    this.save(this.targets().filter((t) => t.url !== target.url));
  }

  private save(cdnTargets: CdnTarget[]): boolean {
    const error = this.preferences.set({ cdnTargets });
    this.saveError.set(error);
    return error === null;
  }
}
