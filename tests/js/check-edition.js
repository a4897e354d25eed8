// Opens an edition's index.html from the file system in Debian's Chromium (driven by playwright-core;
// Playwright's own browser downloads are never used), plays the first article, clicks a sentence, uses
// the keyboard, and prints what it saw as JSON. Exit 0 either way; the test judges.
// Usage: node check-edition.js EDITION/index.html SCREENSHOT.png
const path = require("path");
const { chromium } = require("playwright-core");

async function main() {
  const [pagePath, screenshot] = process.argv.slice(2);
  const out = { consoleErrors: [], requests: [] };
  const browser = await chromium.launch({
    executablePath: process.env.READCAST_CHROMIUM || "/usr/bin/chromium",
    args: ["--autoplay-policy=no-user-gesture-required", "--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on("console", (m) => { if (m.type() === "error") out.consoleErrors.push(m.text()); });
    page.on("pageerror", (e) => out.consoleErrors.push(String(e)));
    page.on("request", (r) => out.requests.push(r.url()));
    await page.goto("file://" + path.resolve(pagePath));
    out.articles = await page.$$eval("article", (as) => as.map((a) => ({
      lang: a.getAttribute("lang"),
      title: a.querySelector("h2").textContent,
      sentences: a.querySelectorAll("[data-start][data-end]").length,
      ordered: [...a.querySelectorAll("[data-start]")].every((s, i, all) =>
        i === 0 || +s.dataset.start >= +all[i - 1].dataset.start),
    })));
    const first = page.locator("article").first();
    const state = () => page.evaluate(() => {
      const a = document.querySelector("article");
      const audio = a.querySelector("audio");
      const all = [...a.querySelectorAll("[data-start]")];
      const marked = all.filter((s) => s.getAttribute("aria-current") === "true");
      const i = marked.length ? all.indexOf(marked[0]) : -1;
      return {
        t: audio.currentTime, paused: audio.paused, marked: marked.length, index: i,
        start: i >= 0 ? +all[i].dataset.start : null, end: i >= 0 ? +all[i].dataset.end : null,
        nextStart: i >= 0 && i + 1 < all.length ? +all[i + 1].dataset.start : null,
        cues: all.map((s) => [+s.dataset.start, +s.dataset.end]),
      };
    });
    await page.evaluate(() => document.querySelector("article audio").play());
    await page.waitForTimeout(1800);
    out.playing = await state();
    await first.locator("[data-start]").nth(4).click();
    await page.waitForTimeout(600);
    out.clicked = await state();
    await first.locator("audio").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(400);
    out.arrowRight = await state();
    await page.keyboard.press("Space");
    await page.waitForTimeout(200);
    out.afterSpace = await state();
    await page.keyboard.press("Space");
    await page.waitForTimeout(200);
    out.afterSecondSpace = await state();
    await page.evaluate(() => document.querySelector("article audio").pause());
    await page.screenshot({ path: screenshot });
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    out.darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.setViewportSize({ width: 390, height: 844 });
    out.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  } catch (e) {
    out.fatal = String(e && e.stack ? e.stack : e);
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(out));
}

main();
