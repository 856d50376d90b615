import { expect, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';
import { dragOnto, enterWithPkOpponent, tileOrder, wallTile } from './support/wall-tiles';

test('the wall switches grid, PK split and spotlight; the spotlight plays the big stream and the strip the small one', async ({ windows }, testInfo) => {
  const { wall } = windows;
  const shoot = (name: string) => wall.screenshot({ path: testInfo.outputPath(`wall-${name}.png`) });
  await enterWithPkOpponent(windows);
  const content = wall.getByTestId('wall');

  // Grid (the default): every tile small, on the small streams.
  await expect(content).toHaveAttribute('data-layout', 'grid');
  await expect(wall.getByTestId('layout-grid')).toHaveAttribute('aria-pressed', 'true');
  for (const user of ['guest_anchor', 'userB']) {
    await expect(wallTile(wall, user)).toHaveAttribute('data-size', 'small');
    await expect(wallTile(wall, user).locator('bc-video-view')).toHaveAttribute('data-stream', `remote:${user}:small`);
  }
  await shoot('grid');

  // PK split: own room left, PK room right.
  await wall.getByTestId('layout-pk-split').click();
  await expect(content).toHaveAttribute('data-layout', 'pk-split');
  await expect(wall.getByTestId('layout-pk-split')).toHaveAttribute('aria-pressed', 'true');
  await expect(wall.getByTestId('layout-grid')).toHaveAttribute('aria-pressed', 'false');
  await expect(wall.getByTestId('pk-side-own').locator('[data-testid=wall-tile]')).toHaveAttribute('data-user', 'guest_anchor');
  await expect(wall.getByTestId('pk-side-opponent').locator('[data-testid=wall-tile]')).toHaveAttribute('data-user', 'userB');
  await shoot('pk-split');

  // Spotlight: one anchor big, the rest in a strip. It follows the loudest voice until the host picks one.
  await wall.getByTestId('layout-spotlight').click();
  await expect(content).toHaveAttribute('data-layout', 'spotlight');
  await expect(wall.getByTestId('spotlight-auto')).toHaveAttribute('aria-pressed', 'true');
  const featured = wall.locator('[data-testid=wall-tile][data-spotlight=featured]');
  await expect(featured).toHaveAttribute('data-size', 'big');
  await expect(wall.locator('bc-tile-list.strip [data-testid=wall-tile]')).toHaveCount(1);

  // Picking the strip tile: the picked anchor plays its big stream, the other its small one in the strip.
  const strip = wall.locator('bc-tile-list.strip [data-testid=wall-tile]');
  const expectSpotlight = async (big: string, small: string) => {
    await expect(wall.getByTestId('spotlight-auto')).toHaveAttribute('aria-pressed', 'false');
    await expect(featured).toHaveAttribute('data-user', big);
    await expect(featured.locator('bc-video-view')).toHaveAttribute('data-stream', `remote:${big}:big`);
    await expect(strip).toHaveAttribute('data-user', small);
    await expect(strip).toHaveAttribute('data-size', 'small');
    await expect(strip.locator('bc-video-view')).toHaveAttribute('data-stream', `remote:${small}:small`);
    await expect(strip.locator('bc-video-view')).toHaveClass(/has-frame/);
  };
  await strip.click();
  // Rendered in the same pass as the pick, so once it shows, the featured tile is the picked one.
  await expect(wall.getByTestId('spotlight-auto')).toHaveAttribute('aria-pressed', 'false');
  const first = (await featured.getAttribute('data-user'))!;
  const second = first === 'userB' ? 'guest_anchor' : 'userB';
  await expectSpotlight(first, second);
  await strip.click();
  await expectSpotlight(second, first);
  await expectMovingVideo(featured.locator('bc-video-view'), (f) => testInfo.outputPath(f), 'spotlight-big');
  await shoot('spotlight-picked');
});

test('wall tiles reorder by keyboard and by drag, and the order survives a wall reload', async ({ windows }, testInfo) => {
  const { wall } = windows;
  await enterWithPkOpponent(windows);
  // What a screen reader is told after each move (CDK's LiveAnnouncer).
  const announcer = wall.locator('.cdk-live-announcer-element');

  // Alt + Right on the focused first tile moves it one place later; focus stays on it.
  await wallTile(wall, 'guest_anchor').focus();
  await wall.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => tileOrder(wall)).toEqual(['userB', 'guest_anchor']);
  await expect(wallTile(wall, 'guest_anchor')).toBeFocused();
  await expect(wallTile(wall, 'guest_anchor').getByTestId('tile-move-later')).toBeDisabled();
  await expect(announcer).toHaveText('guest_anchor moved to position 2 of 2.');

  await wall.reload();
  await expect(wall.getByTestId('session-status')).toHaveText('In room');
  await expect.poll(() => tileOrder(wall)).toEqual(['userB', 'guest_anchor']);
  await wall.screenshot({ path: testInfo.outputPath('wall-reordered-after-reload.png') });

  // Drag guest_anchor back onto userB's place with the mouse.
  await dragOnto(wallTile(wall, 'guest_anchor'), wallTile(wall, 'userB'));
  await expect.poll(() => tileOrder(wall)).toEqual(['guest_anchor', 'userB']);
  await expect(announcer).toHaveText('guest_anchor moved to position 1 of 2.');
  await wall.reload();
  await expect.poll(() => tileOrder(wall)).toEqual(['guest_anchor', 'userB']);
});
