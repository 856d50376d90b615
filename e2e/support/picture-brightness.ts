import type { Locator, Page } from '@playwright/test';

/**
 * The brightness (0-255, Rec. 601 luma) of the middle of a PNG: the synthetic
 * camera draws its "skin" there, so the beauty filter's whitening shows in this
 * number. Three small patches side by side (the centre and 8 % of the width
 * either way) each give their median; the darkest counts, because the moving
 * bar is lighter than the skin and can cover only one of them at a time.
 * Decoded by the page itself, so no PNG library is needed.
 */
export function pngCentreBrightness(page: Page, png: Buffer, patch = 24): Promise<number> {
  return page.evaluate(
    async ({ base64, size }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const median = (x: number, y: number) => {
        const { data } = context.getImageData(x, y, size, size);
        const lumas: number[] = [];
        for (let i = 0; i < data.length; i += 4) lumas.push(0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]);
        lumas.sort((a, b) => a - b);
        return lumas[Math.floor(lumas.length / 2)];
      };
      const x = Math.floor((image.width - size) / 2);
      const y = Math.floor((image.height - size) / 2);
      const step = Math.floor(image.width * 0.08);
      return Math.min(median(x - step, y), median(x, y), median(x + step, y));
    },
    { base64: png.toString('base64'), size: patch },
  );
}

/** The centre brightness of an element as shown now; the screenshot is kept at `path` when given. */
export async function centreBrightness(view: Locator, path?: string): Promise<number> {
  return pngCentreBrightness(view.page(), await view.screenshot({ path }));
}
