import type { Locator } from '@playwright/test';

import { screenshotPanel } from './support/all-windows';
import { expect, test } from './support/fixtures';
import { expectMovingVideo } from './support/moving-video';

/** The loudest level a meter showed, sampled every 100 ms for `ms`. */
async function loudestOver(meter: Locator, ms: number): Promise<number> {
  let loudest = 0;
  for (let t = 0; t < ms; t += 100) {
    loudest = Math.max(loudest, Number(await meter.getAttribute('aria-valuenow')));
    await meter.page().waitForTimeout(100);
  }
  return loudest;
}

// A device pulled out mid-show (the sandbox panel's rehearsal, sandbox.unplugDevice): the SDK fires
// onDeviceChange(Remove). A mic goes to the system default on its own (trtc.d.ts), which the console names;
// a camera stays current and dead, so the console names it and offers the next one.
test('an unplugged mic and camera are named mid-show, the next camera is offered, and accepting it brings the picture back', async ({ windows }, testInfo) => {
  test.slow(); // samples the mic meter for several seconds at each step
  const { console: panel, preview } = windows;
  const out = (file: string) => testInfo.outputPath(file);

  await panel.getByTestId('enter-room').click();
  await expect(panel.getByTestId('session-status')).toHaveText('In room');
  await panel.getByTestId('toggle-preview').click();
  await panel.getByTestId('toggle-mic').click();
  const ownMeter = panel.getByTestId('mixer-mic-meter');
  await expect.poll(() => loudestOver(ownMeter, 3000), { message: 'the mic is heard before the pull', timeout: 15_000 }).toBeGreaterThan(10);
  await expect(panel.getByTestId('mic-select')).toHaveValue('sandbox-mic-builtin');

  // Pull the current mic out: the SDK goes to the system default on its own, and the console says which.
  await panel.getByTestId('unplug-sandbox-mic-builtin').click();
  await expect(panel.getByTestId('device-notice-mic')).toContainText('Sandbox Built-in Microphone unplugged: the SDK switched to Sandbox USB Microphone');
  await expect(panel.getByTestId('sandbox-device-sandbox-mic-builtin')).toHaveAttribute('data-plugged', 'false');
  await expect(panel.getByTestId('mic-select')).toHaveValue('sandbox-mic-usb');
  await expect(panel.locator('[data-testid=event-log-entry][data-note=deviceUnplugged]').first()).toContainText('Sandbox Built-in Microphone was unplugged');
  await expect.poll(() => loudestOver(ownMeter, 3000), { message: 'the default mic is heard', timeout: 15_000 }).toBeGreaterThan(10);
  await screenshotPanel(panel, 'media-heading', out('mic-unplugged.png'));
  await panel.getByTestId('device-dismiss-mic').click();
  await expect(panel.getByTestId('device-notice-mic')).toHaveCount(0);

  // Pull the last mic too: nothing to switch to, so it stays current and silent, and the console says so.
  await panel.getByTestId('unplug-sandbox-mic-usb').click();
  await expect(panel.getByTestId('device-notice-mic')).toContainText('Sandbox USB Microphone unplugged: no other microphone is connected; plug one in');
  await expect.poll(() => loudestOver(ownMeter, 1500), { message: 'with no mic left the meter is silent' }).toBe(0);
  await panel.getByTestId('plug-sandbox-mic-usb').click();
  await expect(panel.getByTestId('device-notice-mic')).toHaveCount(0);
  await expect.poll(() => loudestOver(ownMeter, 3000), { message: 'the plugged-back mic is heard', timeout: 15_000 }).toBeGreaterThan(10);

  // Pull the current camera out: the preview stops moving until the next camera is accepted.
  const picture = preview.locator('bc-video-view[data-stream=local]');
  await expectMovingVideo(picture, out, 'camera-before');
  await panel.getByTestId('unplug-sandbox-camera-hd').click();
  await expect(panel.getByTestId('device-notice-camera')).toContainText('Sandbox HD Camera unplugged: switch to Sandbox Desk Camera');
  // The count the view reports lags a little (it refreshes every 250 ms): wait until it stops growing.
  const framesShown = async () => Number(await picture.getAttribute('data-frames'));
  await expect
    .poll(
      async () => {
        const before = await framesShown();
        await panel.waitForTimeout(700);
        return (await framesShown()) - before;
      },
      { message: 'no frames from an unplugged camera' },
    )
    .toBe(0);
  await screenshotPanel(panel, 'media-heading', out('camera-unplugged.png'));
  await panel.getByTestId('device-switch-camera').click();
  await expect(panel.getByTestId('device-notice-camera')).toHaveCount(0);
  await expectMovingVideo(picture, out, 'camera-after');

  // Plugged back, the device is listed again and nothing is left to say.
  await panel.getByTestId('plug-sandbox-mic-builtin').click();
  await expect(panel.getByTestId('sandbox-device-sandbox-mic-builtin')).toHaveAttribute('data-plugged', 'true');
  await screenshotPanel(panel, 'media-heading', out('devices-working.png'));
});
