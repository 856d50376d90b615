import { Directive, TemplateRef, ViewContainerRef, effect, inject } from '@angular/core';

import { injectIsSandboxEngine } from './sandbox-engine';

/** Renders its element only while the engine is the sandbox: `<section *bcIfSandbox>`. */
@Directive({ selector: '[bcIfSandbox]' })
export class IfSandbox {
  private readonly template = inject(TemplateRef);
  private readonly container = inject(ViewContainerRef);
  private readonly isSandbox = injectIsSandboxEngine();

  constructor() {
    effect(() => {
      const shown = this.container.length > 0;
      if (this.isSandbox() && !shown) this.container.createEmbeddedView(this.template);
      if (!this.isSandbox() && shown) this.container.clear();
    });
  }
}
