// Small dependency-free SVG charts for the benchmark report.
//   line/bar chart from a CSV:  node bench/report/plot.mjs --csv results/x.csv --x size --y median_ms
//       [--series query] [--kind line|bar] [--log] [--title "…"] [--xlabel …] [--ylabel …] --out docs/images/x.svg
// or import { chart } from './plot.mjs' and call chart({...}).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#4b5563',
    '#65a30d', '#9f1239', '#0f766e', '#a16207', '#1e3a8a', '#f472b6'];
const W = 880, H = 400, M = { left: 70, right: 290, top: 40, bottom: 55 };

export function readCsv(file) {
    const [head, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    const cols = head.split(',');
    return rows.filter(r => r.length).map(r => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
}

const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceTicks(min, max, log) {
    if (log) {
        const ticks = [];
        for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
        return ticks;
    }
    const span = max - min || 1, step0 = span / 5, mag = 10 ** Math.floor(Math.log10(step0));
    const step = [1, 2, 5, 10].map(m => m * mag).find(s => span / s <= 6);
    const ticks = [];
    for (let t = Math.floor(min / step) * step; t <= max + step / 2; t += step) ticks.push(+t.toPrecision(12));
    return ticks;
}

const fmt = v => (Math.abs(v) >= 1e6 ? `${+(v / 1e6).toPrecision(3)}M` : Math.abs(v) >= 1e3 ? `${+(v / 1e3).toPrecision(3)}k` : `${+v.toPrecision(3)}`);

/** series: [{ name, points: [[x, y], ...] }]; kind 'line' (numeric x) or 'bar' (categorical x). */
export function chart({ title = '', xLabel = '', yLabel = '', series, kind = 'line', logX = false, logY = false }) {
    const pw = W - M.left - M.right, ph = H - M.top - M.bottom;
    const ys = series.flatMap(s => s.points.map(p => +p[1])).filter(Number.isFinite);
    let yMin = logY ? Math.min(...ys) : Math.min(0, ...ys), yMax = Math.max(...ys);
    const yt = niceTicks(yMin, yMax, logY);
    yMin = Math.min(yMin, yt[0]); yMax = Math.max(yMax, yt[yt.length - 1]);
    const yPos = v => M.top + ph - (logY ? (Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin) || 1) : (v - yMin) / (yMax - yMin || 1)) * ph;
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
        `<rect width="${W}" height="${H}" fill="#fff"/>`,
        `<text x="${M.left}" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`];
    for (const t of yt) {
        out.push(`<line x1="${M.left}" x2="${M.left + pw}" y1="${yPos(t)}" y2="${yPos(t)}" stroke="#e5e7eb"/>`,
            `<text x="${M.left - 6}" y="${yPos(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
    }
    if (kind === 'bar') {
        const cats = [...new Set(series.flatMap(s => s.points.map(p => String(p[0]))))];
        const group = pw / cats.length, bw = (group * 0.8) / series.length;
        cats.forEach((c, ci) => out.push(`<text x="${M.left + group * (ci + 0.5)}" y="${M.top + ph + 18}" text-anchor="middle">${esc(c)}</text>`));
        series.forEach((s, si) => s.points.forEach(([x, y]) => {
            const ci = cats.indexOf(String(x)), bx = M.left + group * ci + group * 0.1 + bw * si, by = yPos(+y);
            out.push(`<rect x="${bx}" y="${by}" width="${bw - 2}" height="${M.top + ph - by}" fill="${COLOURS[si % COLOURS.length]}"><title>${esc(s.name)} ${esc(x)}: ${y}</title></rect>`);
        }));
    } else {
        const xs = series.flatMap(s => s.points.map(p => +p[0]));
        let xMin = Math.min(...xs), xMax = Math.max(...xs);
        const xt = niceTicks(xMin, xMax, logX);
        if (!logX) { xMin = Math.min(xMin, xt[0]); xMax = Math.max(xMax, xt[xt.length - 1]); }
        const xPos = v => M.left + (logX ? (Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin) || 1) : (v - xMin) / (xMax - xMin || 1)) * pw;
        for (const t of xt.filter(t => t >= xMin && t <= xMax)) {
            out.push(`<text x="${xPos(t)}" y="${M.top + ph + 18}" text-anchor="middle">${fmt(t)}</text>`);
        }
        series.forEach((s, si) => {
            const c = COLOURS[si % COLOURS.length], pts = s.points.map(([x, y]) => `${xPos(+x)},${yPos(+y)}`);
            out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${pts.join(' ')}"/>`);
            s.points.forEach(([x, y]) => out.push(`<circle cx="${xPos(+x)}" cy="${yPos(+y)}" r="3.5" fill="${c}"><title>${esc(s.name)} ${x}: ${y}</title></circle>`));
        });
    }
    out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + ph}" stroke="#111"/>`,
        `<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#111"/>`,
        `<text x="${M.left + pw / 2}" y="${H - 12}" text-anchor="middle">${esc(xLabel)}${logX ? ' (log)' : ''}</text>`,
        `<text transform="translate(16 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}${logY ? ' (log)' : ''}</text>`);
    series.forEach((s, si) => out.push(`<rect x="${W - M.right + 15}" y="${M.top + si * 20}" width="12" height="12" fill="${COLOURS[si % COLOURS.length]}"/>`,
        `<text x="${W - M.right + 32}" y="${M.top + si * 20 + 10}">${esc(s.name)}</text>`));
    out.push('</svg>');
    return out.join('\n') + '\n';
}

/** Groups CSV rows into series: one per distinct value of seriesCol (or a single series named after y). */
export function seriesFrom(rows, x, y, seriesCol) {
    const by = new Map();
    for (const r of rows) {
        // a row without a value (a query that only got its first, cold call) has no point to draw
        if (r[y] === '' || r[y] === undefined || !Number.isFinite(+r[y])) continue;
        const key = seriesCol ? r[seriesCol] : y;
        if (!by.has(key)) by.set(key, []);
        by.get(key).push([r[x], +r[y]]);
    }
    return [...by].map(([name, points]) => ({ name, points }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const a = {};
    for (let i = 2; i < process.argv.length; i++) {
        const k = process.argv[i].replace(/^--/, '');
        if (k === 'log' || k === 'logx' || k === 'logy') a[k] = true; else a[k] = process.argv[++i];
    }
    if (!a.csv || !a.x || !a.y || !a.out) {
        console.error('usage: plot.mjs --csv file --x col --y col [--series col] [--kind line|bar] [--log|--logx|--logy] [--title t] [--xlabel l] [--ylabel l] --out file.svg');
        process.exit(2);
    }
    const rows = readCsv(a.csv).filter(r => !a.where || a.where.split('&').every(c => { const [k, v] = c.split('='); return r[k] === v; }));
    writeFileSync(a.out, chart({ title: a.title, xLabel: a.xlabel ?? a.x, yLabel: a.ylabel ?? a.y, kind: a.kind,
        series: seriesFrom(rows, a.x, a.y, a.series), logX: a.log || a.logx, logY: a.log || a.logy }));
}
