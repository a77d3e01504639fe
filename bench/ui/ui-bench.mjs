// Times first renders in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
// the start page (organizations grid filled) and the explorer drawing a large neighbourhood (canvas painted),
// each in a fresh page of one browser and a new session (cookies cleared, the browser cache kept), several runs.
// Prints one CSV row per run on stdout.
//
//   node ui-bench.mjs --base http://127.0.0.1:18400 --focus ORG_ID [--depth 2] [--limit 1000] [--runs 5]
//                     [--warmup 1] [--label after] [--screenshot file.png] [--skip-start]
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = args.base ?? 'http://127.0.0.1:18400';
const runs = Number(args.runs ?? 5);
/** Runs before the counted ones, which warm the server's compiler and the browser's cache (marked in the CSV). */
const warmup = Number(args.warmup ?? 1);
const label = args.label ?? 'app';
const explorerPath = `explorer?focus=${encodeURIComponent(args.focus)}&depth=${args.depth ?? 1}&limit=${args.limit ?? 1000}`;
const TIMEOUT = 120_000;
/** How long the canvas keeps its size before the picture counts as settled. */
const SETTLE_MS = 700;

const browser = await chromium.launch({
  executablePath: args.chromium ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** Milliseconds from navigation start until the start page's grid shows rows. */
async function startPage(page) {
  await page.goto(base + '/', { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const grid = document.getElementById('organizations-grid');
      return grid && grid.querySelectorAll('vaadin-grid-cell-content').length > 10 ? performance.now() : null;
    },
    null,
    { polling: 'raf', timeout: TIMEOUT },
  );
  return { total: await handle.jsonValue() };
}

/**
 * Milliseconds from navigation start until the explorer canvas painted; until it painted at the size it keeps (a
 * canvas drawn before the page around it has its size is drawn again at every size the page passes through);
 * the nodes counted on the canvas.
 */
async function explorer(page) {
  await page.goto(`${base}/${explorerPath}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const canvas = document.getElementById('explorer-canvas');
      return canvas && canvas.getAttribute('data-render-ms') ? performance.now() : null;
    },
    null,
    { polling: 'raf', timeout: TIMEOUT },
  );
  const total = await handle.jsonValue();
  // Settled: no new size of the canvas for SETTLE_MS; the last one counts once the frame after it has painted.
  const settled = await (
    await page.waitForFunction(
      ([total, quiet]) => {
        const sizes = window.__canvasSizes ?? [];
        const last = sizes.at(-1);
        const since = last ? last.painted ?? Infinity : total;
        return performance.now() - Math.max(since, total) > quiet ? Math.max(total, last?.painted ?? 0) : null;
      },
      [total, SETTLE_MS],
      { polling: 100, timeout: TIMEOUT },
    )
  ).jsonValue();
  return page.evaluate(([total, settled]) => {
    const canvas = document.getElementById('explorer-canvas');
    const cy = canvas.cy;
    // Count what is drawn: visible nodes whose rendered box lies at least partly inside the canvas.
    const box = { w: cy.width(), h: cy.height() };
    const drawn = cy.nodes(':visible').filter((n) => {
      const b = n.renderedBoundingBox();
      return b.x2 >= 0 && b.y2 >= 0 && b.x1 <= box.w && b.y1 <= box.h && b.w > 0;
    }).length;
    const mark = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
    const uidl = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('v-r=uidl'))
      .map((r) => Math.round(r.duration));
    return {
      total,
      settled,
      canvas: Number(canvas.getAttribute('data-render-ms')),
      nodes: drawn,
      edges: cy.edges(':visible').length,
      dataAt: mark('graph-canvas:data'),
      uidl: uidl.join('/'),
    };
  }, [total, settled]);
}

/** Frames per second while zooming in and out over the drawn graph for two seconds. */
async function zoomFps(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const cy = document.getElementById('explorer-canvas').cy;
        const start = performance.now();
        const zoom = cy.zoom();
        let frames = 0;
        const step = (now) => {
          frames++;
          const t = (now - start) / 1000;
          cy.zoom({ level: zoom * (1 + 0.5 * Math.sin(t * Math.PI)), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
          if (now - start < 2000) {
            requestAnimationFrame(step);
          } else {
            resolve(Math.round((frames * 1000) / (now - start)));
          }
        };
        requestAnimationFrame(step);
      }),
  );
}

const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
// Records each new size of the explorer canvas's drawing area and when the frame after it painted.
await context.addInitScript(() => {
  const Observer = window.ResizeObserver;
  window.__canvasSizes = [];
  window.ResizeObserver = class extends Observer {
    constructor(callback) {
      super((entries, observer) => {
        const result = callback(entries, observer);
        for (const entry of entries) {
          const host = entry.target.getRootNode()?.host;
          if (host?.id === 'explorer-canvas' && entry.contentRect.width > 0 && entry.contentRect.height > 0) {
            const size = { width: entry.contentRect.width, height: entry.contentRect.height };
            window.__canvasSizes.push(size);
            requestAnimationFrame(() => requestAnimationFrame(() => (size.painted = performance.now())));
          }
        }
        return result;
      });
    }
  };
});
console.log('label,view,run,warmup,total_ms,canvas_ms,nodes,edges,data_at_ms,uidl_ms,zoom_fps,settled_ms');
// The first runs warm the server and the browser cache and are not counted.
// A new session for each run: a closed page does not tell the server its UI is gone, and every UI left behind in one
// session (each explorer's holds its graph) would weigh on the runs after it.
const last = warmup + runs - 1;
const warming = (run) => (run < warmup ? 1 : 0);
for (let run = 0; run <= last && !('skip-start' in args); run++) {
  await context.clearCookies();
  const page = await context.newPage();
  const s = await startPage(page);
  console.log(`${label},start,${run},${warming(run)},${Math.round(s.total)},,,,,,,`);
  await page.close();
}
for (let run = 0; run <= last; run++) {
  await context.clearCookies();
  const page = await context.newPage();
  const e = await explorer(page);
  const fps = run === last ? await zoomFps(page) : '';
  if (run === last && args.screenshot) {
    await page.screenshot({ path: args.screenshot });
  }
  console.log(
    `${label},explorer,${run},${warming(run)},${Math.round(e.total)},${e.canvas},${e.nodes},${e.edges},${e.dataAt == null ? '' : Math.round(e.dataAt)},${e.uidl},${fps},${Math.round(e.settled)}`,
  );
  await page.close();
}
await browser.close();
