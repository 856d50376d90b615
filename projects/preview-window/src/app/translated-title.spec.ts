import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { PreferencesStore } from '@broadcast-core/preferences';
import { setUpWindowTesting } from '@broadcast-core/testing';

import { routes } from './app.routes';
import { PREVIEW_TRANSLATIONS } from './preview/preview-translations';
import { TranslatedTitleStrategy } from './translated-title';
import { WALL_TRANSLATIONS } from './wall/wall-translations';

describe('TranslatedTitleStrategy', () => {
  it('titles the window after the route, in the window language, always after the product name', async () => {
    setUpWindowTesting(
      [PREVIEW_TRANSLATIONS, WALL_TRANSLATIONS],
      [provideRouter(routes), { provide: TitleStrategy, useClass: TranslatedTitleStrategy }],
    );
    const title = TestBed.inject(Title);
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/preview');
    expect(title.getTitle()).toBe('Broadcaster Console: Local preview');

    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await harness.fixture.whenStable();
    expect(title.getTitle()).toBe('Broadcaster Console: 本地预览');

    await harness.navigateByUrl('/wall');
    expect(title.getTitle()).toBe('Broadcaster Console: 远端画面墙');
  });
});
