import type { Page } from '@playwright/test';

import { expectEveryWindow, screenshotPanel } from './support/all-windows';
import { expect, screenshotAll, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';
import { recordTexts } from './support/text-history';

/** Enters room 29834 from the console's form with the audience role (TRTCRoleAudience). */
async function enterAsAudience(panel: Page): Promise<void> {
  await panel.getByTestId('role').selectOption({ label: 'Audience (watches)' });
  await panel.getByTestId('enter-room').click();
}

/** The console's own entry in the sandbox panel's room card, as the simulated cloud sees it. */
const cloudMember = (panel: Page) => panel.locator('[data-testid=sandbox-room][data-room="29834"] [data-testid=sandbox-member][data-user=host_1]');

// Guide step 8: the viewer enters with TRTCRoleAudience and watches the anchor.
test('an audience member sees the room anchor on the wall, is off air, and is offered the mic', async ({ windows }, testInfo) => {
  const { console: panel, preview, wall } = windows;
  await enterAsAudience(panel);
  await expectEveryWindow(windows, 'session-status', 'In room');
  await expectEveryWindow(windows, 'session-role', 'Audience');

  const anchor = wall.locator('[data-testid=wall-tile][data-user=guest_anchor]');
  await expectMovingVideo(anchor.locator('bc-video-view'), (f) => testInfo.outputPath(f), 'wall-anchor');
  await expect(anchor.getByTestId('tile-audio')).toHaveText('Audio on');

  await expect(preview.getByTestId('on-air-badge')).toHaveText('OFF AIR');
  await expect(preview.getByTestId('preview-role')).toHaveText('Audience');
  await expect(preview.getByTestId('preview-camera')).toHaveText('Camera off');
  await expect(preview.getByTestId('preview-mic')).toContainText('Mic off');

  await expect(panel.getByTestId('co-anchoring-status')).toHaveText('In the audience: watching and listening only.');
  await expect(panel.getByTestId('go-on-mic')).toBeEnabled();
  await expect(panel.getByTestId('co-anchoring-hint')).toHaveText('Switches you to anchor and starts your microphone and camera.');
  // An audience member cannot start a PK; the panel says so before anyone tries.
  await expect(panel.getByTestId('pk-audience')).toBeVisible();
  await expect(panel.getByTestId('pk-connect')).toBeDisabled();
  await expect(cloudMember(panel).getByTestId('member-role')).toHaveText('Audience');
  await screenshotAll(windows, 'audience', (f) => testInfo.outputPath(f));
  await screenshotPanel(panel, 'co-anchoring-heading', testInfo.outputPath('co-anchoring-audience.png'));
});

// Guide step 9: switchRole(anchor) + startLocalAudio + startLocalPreview, then the reverse.
test('going on mic makes the viewer an anchor on air in every window, and leaving the mic undoes it', async ({ windows }, testInfo) => {
  const { console: panel, preview } = windows;
  await enterAsAudience(panel);
  await expectEveryWindow(windows, 'session-role', 'Audience');
  // Recorded in the console, which draws no video, so the short pending state is sure to get a frame.
  const roleHistory = await recordTexts(panel, '[data-testid=session-role]');

  await panel.getByTestId('go-on-mic').click();
  await expectEveryWindow(windows, 'session-role', 'Anchor');
  expect(await roleHistory.read(), 'the pending switch shows before it completes').toEqual(['Audience', 'Audience → Anchor', 'Anchor']);
  await expect(preview.getByTestId('on-air-badge')).toHaveText('ON AIR');
  await expect(preview.getByTestId('preview-camera')).toHaveText('Camera on');
  await expect(preview.getByTestId('preview-mic')).toContainText('Mic live');
  await expectMovingVideo(preview.locator('bc-video-view[data-stream=local]'), (f) => testInfo.outputPath(f), 'on-mic-picture');
  await expect(preview.getByTestId('preview-shown-fps')).toHaveText(/^[1-9]\d* fps shown$/);
  await expect(panel.getByTestId('toggle-preview')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByTestId('toggle-mic')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByTestId('co-anchoring-status')).toHaveText('On mic: your camera and microphone are published.');
  await expect(panel.getByTestId('pk-connect')).toBeEnabled();
  // The cloud agrees: the console's user publishes as an anchor.
  await expect(cloudMember(panel).getByTestId('member-role')).toHaveText('Anchor');
  await expect(cloudMember(panel).getByTestId('member-video')).toHaveText('camera on');
  await expect(cloudMember(panel).getByTestId('member-audio')).toHaveText('mic on');
  await screenshotAll(windows, 'on-mic', (f) => testInfo.outputPath(f));
  await screenshotPanel(panel, 'co-anchoring-heading', testInfo.outputPath('co-anchoring-on-mic.png'));

  await panel.getByTestId('leave-mic').click();
  await expectEveryWindow(windows, 'session-role', 'Audience');
  await expect(preview.getByTestId('on-air-badge')).toHaveText('OFF AIR');
  await expect(preview.getByTestId('preview-camera')).toHaveText('Camera off');
  await expect(preview.getByTestId('preview-mic')).toContainText('Mic off');
  // No frames arrive any more: the "fps shown" readout (frames drawn in the last second) goes away.
  await expect(preview.getByTestId('preview-shown-fps')).toHaveCount(0);
  await expect(panel.getByTestId('toggle-preview')).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.getByTestId('toggle-mic')).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.getByTestId('go-on-mic')).toBeEnabled();
  await expect(cloudMember(panel).getByTestId('member-role')).toHaveText('Audience');
  await expect(cloudMember(panel).getByTestId('member-video')).toHaveText('camera off');
  await screenshotAll(windows, 'off-mic', (f) => testInfo.outputPath(f));
});
