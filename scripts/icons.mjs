// Renders the app's install icons from static/favicon.svg with Debian's
// Chromium (headless, through playwright-core), into static/icons/:
//
//   icon-192.png, icon-512.png                    the favicon, transparent corners
//   icon-maskable-192.png, icon-maskable-512.png  full-bleed, for masks
//
// The favicon's bars lie within 37% of its size from the centre, inside
// the 40% safe zone of a maskable icon, so the maskable icons are the same
// drawing on a square of the favicon's own background colour.
//
//   node scripts/icons.mjs
//
// The PNGs are committed; run this again only when the favicon changes.
import { readFile, writeFile } from "node:fs/promises";
import { launch } from "../e2e/browser.mjs";

const ROOT = new URL("..", import.meta.url);
const svg = await readFile(new URL("static/favicon.svg", ROOT), "utf8");
const background = svg.match(/<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/)?.[1];
if (!background) throw new Error("static/favicon.svg: no background rect");
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;

const browser = await launch();
try {
  for (const size of [192, 512]) {
    for (const maskable of [false, true]) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      const fill = maskable ? background : "transparent";
      await page.setContent(
        `<body style="margin:0;background:${fill}">` +
          `<img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      await page.locator("img").evaluate((img) => img.decode());
      const png = await page.screenshot({
        omitBackground: !maskable,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      const name = `icon-${maskable ? "maskable-" : ""}${size}.png`;
      await writeFile(new URL(`static/icons/${name}`, ROOT), png);
      console.log(`static/icons/${name}: ${png.length} bytes`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
