/**
 * Renders assets/icon.svg to the PNG sizes the manifest names (icon-16.png … icon-128.png).
 * Run once after editing the SVG; the PNGs are committed so builds need no browser.
 * Uses playwright-core with a local Chromium: CHROMIUM=/path/to/chrome node scripts/make-icons.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 64, 80, 128];
const assets = fileURLToPath(new URL('../assets/', import.meta.url));

async function main() {
  const svg = fs.readFileSync(path.join(assets, 'icon.svg'), 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}"></body>`,
      );
      await page.waitForFunction(() => document.images[0].complete);
      const file = path.join(assets, `icon-${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
