import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/** Colour of each node type; the Java side shows the same colours in its legend. */
const TYPE_COLOURS: Record<string, string> = {
  GOVERNMENT: '#c0392b',
  COLLEGE: '#2e86de',
  ENTERPRISE: '#27ae60',
  RESEARCH_INSTITUTE: '#8e44ad',
  INDUSTRY_ASSOCIATION: '#d68910',
  SERVICE_AGENCY: '#16a085',
  CONSORTIUM: '#34495e',
  PROGRAM: '#e67e22',
  PROJECT: '#f1c40f',
  POLICY: '#7f8c8d',
  INDUSTRY: '#a93226',
  MAJOR: '#5dade2',
};

/** Concentric rings by type: the actors of a consortium inside, its programs and catalogues outside. */
const TYPE_RING: Record<string, number> = {
  CONSORTIUM: 10,
  GOVERNMENT: 9,
  COLLEGE: 8,
  ENTERPRISE: 7,
  RESEARCH_INSTITUTE: 6,
  INDUSTRY_ASSOCIATION: 6,
  SERVICE_AGENCY: 5,
  PROGRAM: 4,
  PROJECT: 4,
  POLICY: 3,
  MAJOR: 2,
  INDUSTRY: 1,
};

/**
 * Above this many nodes the canvas trades detail for speed: it places the nodes in rings by type itself instead
 * of running a layout, first draws with a lean stylesheet (no labels, straight edges without arrows), switches
 * to the detailed one once zoomed in far enough to read labels, and skips edges and labels while the viewport
 * moves.
 */
const LARGE_GRAPH = 600;

/**
 * Zoom from which a large graph gets its detailed stylesheet. Below it the labels would stay hidden anyway
 * ({@link GraphCanvas#tune}), and computing their sizes and the curved edges' control points is most of the
 * cost of the first frame.
 */
const DETAIL_ZOOM = 1;

/** Distance between neighbouring nodes on a ring, in model pixels. */
const RING_SPACING = 26;

interface GraphData {
  nodes: Array<{ id: string; type: string; label: string; properties?: Record<string, unknown>; x?: number; y?: number }>;
  edges: Array<{ id: string; type: string; source: string; target: string; fromYear?: number; toYear?: number }>;
}

/**
 * The graph as Java sends it: one array per element instead of an object, the types named once in `t` and
 * referred to by index, no absent years. A 1,000-node neighbourhood is a third of its size as objects, and the
 * browser parses it and Flow carries it in less time.
 */
interface WireGraph {
  t: string[];
  n: Array<[id: string, type: number, label: string]>;
  e: Array<[id: string, type: number, source: string, target: string, fromYear?: number | null, toYear?: number | null]>;
}

/** The parts of Cytoscape's canvas renderer (not its public API) that the canvas adjusts. */
interface CanvasRenderer {
  resizeObserver?: { disconnect(): void };
  styleObserver?: { disconnect(): void };
  data?: { lyrTxrCache?: { firstGet: boolean } };
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

interface Filter {
  nodeTypes?: string[];
  relationshipTypes?: string[];
  fromYear?: number | null;
  toYear?: number | null;
}

/**
 * A graph canvas around Cytoscape.js. Java pushes elements in and receives `node-expand`,
 * `selection-change` and `rendered` events.
 */
@customElement('graph-canvas')
export class GraphCanvas extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 300px;
    }
    #cy {
      position: absolute;
      inset: 0;
    }
  `;

  private cy?: cytoscape.Core;
  private pending: Array<() => void> = [];
  private filter: Filter = {};
  private layoutName = 'fcose';
  private forceAsked = false;
  private large = false;
  private detailed = true;
  private resizeObserver?: ResizeObserver;
  /** Set while Java selects nodes: it already knows the selection, so no event goes back to it. */
  private selectingForJava = false;

  render() {
    return html`<div id="cy"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('#cy') as HTMLElement;
    // Flow attaches the canvas before the layouts around it have their size. Cytoscape starts only once its
    // container has a size that held for two frames: a graph that arrives before waits, and is then added, styled
    // and drawn once at that size. Started earlier, Cytoscape draws it at 0 × 0 and again at every size the page
    // passes through, and each of those draws of a large graph holds up the frames the page needs to settle.
    let size = '0x0';
    let settling = 0;
    this.resizeObserver = new ResizeObserver(() => {
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now === size || container.clientWidth === 0 || container.clientHeight === 0) {
        return;
      }
      size = now;
      if (this.cy) {
        this.cy.resize();
        this.cy.fit(undefined, 30);
        return;
      }
      const attempt = ++settling;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (attempt === settling && size === `${container.clientWidth}x${container.clientHeight}`) {
            performance.mark('graph-canvas:sized');
            this.start(container);
          }
        }),
      );
    });
    this.resizeObserver.observe(container);
  }

  private start(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: styleSheet(true, false),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
    });
    this.setAttribute('data-detail', 'full');
    this.cy.on('dbltap', 'node', (e) => this.fire('node-expand', { id: e.target.id() }));
    this.cy.on('zoom', () => {
      if (!this.detailed && this.cy!.zoom() >= DETAIL_ZOOM) {
        this.setDetailed(true);
      }
    });
    this.cy.on('select unselect', () => this.selectionChanged());
    // Cytoscape's own watch of the container's size (and of its attributes) would resize and redraw every element
    // at each size the page passes through; the observer above is the only one.
    const renderer = (this.cy as unknown as { renderer(): CanvasRenderer }).renderer();
    renderer.resizeObserver?.disconnect();
    renderer.styleObserver?.disconnect();
    // On its first use, Cytoscape's layered texture cache draws every element into its layers at once, besides
    // drawing them. Told it was used before, it queues them and fills the layers in later frames, and the first
    // picture is drawn element by element: about 45 ms sooner for 2,346 elements in a standalone page (16 rounds,
    // interleaved), with zooming right after it as smooth.
    if (renderer.data?.lyrTxrCache) {
      renderer.data.lyrTxrCache.firstGet = false;
    }
    const work = this.pending;
    this.pending = [];
    work.forEach((w) => w());
  }

  connectedCallback() {
    super.connectedCallback();
    // Flow may move the element (detach, attach); this observer is the only one watching the container.
    const container = this.renderRoot?.querySelector?.('#cy');
    if (this.resizeObserver && container) {
      this.resizeObserver.observe(container);
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** Replaces every element with the given graph and lays it out. */
  setGraph(json: string) {
    performance.mark('graph-canvas:data');
    this.whenReady(() => {
      const started = performance.now();
      const cy = this.cy!;
      const data = decode(json);
      const large = data.nodes.length > LARGE_GRAPH;
      const rings = this.layoutName === 'concentric' || (large && !this.forceAsked);
      // Styles that depend on the size are set before any element exists, so no element is styled twice.
      this.tune(large, true);
      const positions = rings ? ringPositions(data.nodes) : undefined;
      cy.startBatch();
      cy.elements().remove();
      addFresh(cy, data, positions);
      cy.endBatch();
      performance.mark('graph-canvas:added');
      if (rings) {
        cy.fit(undefined, 30);
        this.rendered(started);
      } else {
        this.layout(undefined, () => this.rendered(started));
      }
    });
  }

  /** Adds the elements that are not on the canvas yet, placed around the node they came from. */
  addGraph(json: string, aroundId: string | null) {
    this.whenReady(() => {
      const started = performance.now();
      const cy = this.cy!;
      const centre = aroundId ? cy.getElementById(aroundId) : undefined;
      const data = decode(json);
      this.tune(cy.nodes().length + data.nodes.length > LARGE_GRAPH, false);
      cy.startBatch();
      const added = this.add(data, centre?.nonempty() ? centre.position() : undefined);
      cy.endBatch();
      this.applyFilter();
      if (added.nodes().nonempty()) {
        const around = centre?.nonempty() ? added.nodes().union(centre) : added.nodes();
        this.layout(around.nodes(), () => this.rendered(started));
      } else {
        this.rendered(started);
      }
    });
  }

  /** Shows only elements of the given types and years. */
  setFilter(json: string) {
    this.filter = JSON.parse(json) as Filter;
    this.whenReady(() => this.applyFilter());
  }

  /** Runs a layout over every visible node: `fcose` (force-directed) or `concentric` (rings by type). */
  setLayout(name: string) {
    this.layoutName = name;
    this.forceAsked = name === 'fcose';
    this.whenReady(() => {
      const started = performance.now();
      this.layout(undefined, () => this.rendered(started));
    });
  }

  /** Marks the given elements (a path), dims the rest; an empty list clears the mark. */
  highlight(json: string) {
    this.whenReady(() => {
      const ids = JSON.parse(json) as string[];
      const cy = this.cy!;
      cy.elements().removeClass('path faded');
      if (ids.length === 0) {
        return;
      }
      let path = cy.collection();
      ids.forEach((id) => {
        path = path.union(cy.getElementById(id));
      });
      cy.elements().not(path).addClass('faded');
      path.addClass('path');
      cy.animate({ fit: { eles: path, padding: 60 }, duration: 300 });
    });
  }

  /** Selects exactly the given nodes. */
  select(json: string) {
    this.whenReady(() => {
      const cy = this.cy!;
      this.selectingForJava = true;
      try {
        cy.elements().unselect();
        (JSON.parse(json) as string[]).forEach((id) => cy.getElementById(id).select());
      } finally {
        this.selectingForJava = false;
      }
    });
  }

  /** The ids of the nodes that are currently shown. */
  visibleNodeIds(): string[] {
    return this.cy ? this.cy.nodes(':visible').map((n) => n.id()) : [];
  }

  /** Everything needed to draw the same picture again: elements with positions, filter, layout, selection, viewport. */
  getState(): string {
    const cy = this.cy;
    if (!cy) {
      return '{}';
    }
    return JSON.stringify({
      nodes: cy.nodes().map((n) => ({ ...n.data(), x: Math.round(n.position('x')), y: Math.round(n.position('y')) })),
      edges: cy.edges().map((e) => e.data()),
      filter: this.filter,
      layout: this.layoutName,
      selection: cy.$(':selected').map((e) => e.id()),
      zoom: cy.zoom(),
      pan: cy.pan(),
    });
  }

  /** Draws a state returned by {@link getState}, positions included (no layout runs). */
  setState(json: string) {
    this.whenReady(() => {
      const started = performance.now();
      const state = JSON.parse(json);
      const cy = this.cy!;
      this.tune((state.nodes ?? []).length > LARGE_GRAPH, true);
      cy.startBatch();
      cy.elements().remove();
      this.add({ nodes: state.nodes ?? [], edges: state.edges ?? [] });
      cy.endBatch();
      this.filter = state.filter ?? {};
      this.layoutName = state.layout ?? 'fcose';
      this.applyFilter();
      (state.selection ?? []).forEach((id: string) => cy.getElementById(id).select());
      if (state.zoom && state.pan) {
        cy.viewport({ zoom: state.zoom, pan: state.pan });
      } else {
        cy.fit(undefined, 30);
      }
      this.rendered(started);
    });
  }

  /** Downloads the picture as a PNG file. */
  exportPng(fileName: string) {
    this.whenReady(() => {
      const blob = this.cy!.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob;
      this.download(blob, fileName);
    });
  }

  /** Downloads the elements, filter and layout as a JSON file. */
  exportJson(fileName: string) {
    this.whenReady(() => this.download(new Blob([this.getState()], { type: 'application/json' }), fileName));
  }

  private whenReady(work: () => void) {
    if (this.cy) {
      work();
    } else {
      this.pending.push(work);
    }
  }

  private add(
    data: GraphData,
    around?: cytoscape.Position,
    positions?: Map<string, cytoscape.Position>,
  ): cytoscape.CollectionReturnValue {
    const cy = this.cy!;
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const n of data.nodes) {
      if (cy.getElementById(n.id).empty()) {
        const spread = () => (Math.random() - 0.5) * 200;
        const position =
          n.x !== undefined && n.y !== undefined
            ? { x: n.x, y: n.y }
            : positions?.get(n.id) ??
              (around ? { x: around.x + spread(), y: around.y + spread() } : undefined);
        const { x: _x, y: _y, ...rest } = n;
        fresh.push({ group: 'nodes', data: rest, position });
      }
    }
    for (const e of data.edges) {
      if (cy.getElementById(e.id).empty()) {
        fresh.push({ group: 'edges', data: { ...e } });
      }
    }
    const added = cy.add(fresh.filter((d) => d.group === 'nodes'));
    // Edges whose other end is not on the canvas would make Cytoscape throw; they arrive with that node later.
    const edges = fresh.filter(
      (d) =>
        d.group === 'edges' && cy.getElementById(d.data.source!).nonempty() && cy.getElementById(d.data.target!).nonempty(),
    );
    return added.union(cy.add(edges));
  }

  /**
   * Sets the renderer up for the size of the graph about to be drawn. A large graph drawn afresh (its viewport
   * not known yet) starts lean, one that grows keeps the detail of the current zoom; the zoom listener brings
   * the details back once they can be read.
   */
  private tune(large: boolean, fresh: boolean) {
    const cy = this.cy!;
    if (large !== this.large) {
      this.large = large;
      // Large graphs stay fluid when edges and labels are skipped while the viewport moves.
      const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
      renderer.hideEdgesOnViewport = large;
      renderer.textureOnViewport = large;
    }
    this.setDetailed(!large || (!fresh && cy.zoom() >= DETAIL_ZOOM));
  }

  private setDetailed(detailed: boolean) {
    if (detailed === this.detailed) {
      return;
    }
    this.detailed = detailed;
    this.setAttribute('data-detail', detailed ? 'full' : 'lean');
    this.cy!.style(styleSheet(detailed, this.large));
  }

  private layout(subset?: cytoscape.NodeCollection, done?: () => void) {
    const cy = this.cy!;
    const nodes = subset ?? cy.nodes(':visible');
    const eles = nodes.union(nodes.connectedEdges(':visible'));
    const size = cy.nodes().length;
    // Force layouts of large neighbourhoods collapse their many same-shaped leaves and cost seconds; rings by
    // type draw them at once. A user who asks for the force layout explicitly still gets it.
    const concentric = this.layoutName === 'concentric' || (size > LARGE_GRAPH && !this.forceAsked);
    const options =
      concentric
        ? {
            name: 'concentric',
            concentric: (n: cytoscape.NodeSingular) => TYPE_RING[n.data('type')] ?? 0,
            levelWidth: () => 1,
            minNodeSpacing: size > LARGE_GRAPH ? 4 : 12,
            animate: false,
          }
        : {
            name: 'fcose',
            quality: 'default',
            randomize: subset === undefined,
            animate: false,
            nodeRepulsion: 6000,
            idealEdgeLength: 70,
            numIter: size > LARGE_GRAPH ? 600 : 2500,
            fit: subset === undefined,
            padding: 30,
          };
    const layout = eles.layout(options as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (subset === undefined) {
        cy.fit(undefined, 30);
      }
      done?.();
    });
    layout.run();
  }

  private applyFilter() {
    const cy = this.cy!;
    const f = this.filter;
    const nodeTypes = f.nodeTypes && f.nodeTypes.length > 0 ? new Set(f.nodeTypes) : undefined;
    const relTypes = f.relationshipTypes && f.relationshipTypes.length > 0 ? new Set(f.relationshipTypes) : undefined;
    if (!nodeTypes && !relTypes && f.fromYear == null && f.toYear == null) {
      // No filter: only what an earlier filter hid needs restyling, not every element.
      cy.batch(() => cy.elements('.hidden').removeClass('hidden'));
      this.setAttribute('data-visible-nodes', String(cy.nodes().length));
      return;
    }
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', nodeTypes !== undefined && !nodeTypes.has(n.data('type')));
      });
      cy.edges().forEach((e) => {
        const from = e.data('fromYear') as number | undefined;
        const to = (e.data('toYear') as number | undefined) ?? from;
        const outOfYears =
          (f.fromYear != null && to != null && to < f.fromYear) || (f.toYear != null && from != null && from > f.toYear);
        const hidden =
          (relTypes !== undefined && !relTypes.has(e.data('type'))) ||
          outOfYears ||
          e.source().hasClass('hidden') ||
          e.target().hasClass('hidden');
        e.toggleClass('hidden', hidden);
      });
    });
    this.setAttribute('data-visible-nodes', String(cy.nodes(':visible').length));
  }

  private selectionChanged() {
    if (this.selectingForJava) {
      return;
    }
    const cy = this.cy!;
    this.fire('selection-change', {
      nodes: cy.nodes(':selected').map((n) => n.id()),
      edges: cy.edges(':selected').map((e) => e.id()),
    });
  }

  private rendered(started: number) {
    const cy = this.cy!;
    // Cytoscape draws in its own animation frame: report after the next frame, which has painted the elements.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      performance.mark('graph-canvas:painted');
      const millis = Math.round(performance.now() - started);
      const visible = cy.nodes(':visible').length;
      this.setAttribute('data-visible-nodes', String(visible));
      // The size the picture was drawn at, which tests compare with the size the canvas keeps.
      this.setAttribute('data-render-size', `${cy.width()}x${cy.height()}`);
      this.setAttribute('data-render-ms', String(millis));
      this.fire('rendered', { nodes: visible, edges: cy.edges(':visible').length, millis });
    }));
  }

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private download(blob: Blob, fileName: string) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/**
 * The stylesheet: nodes coloured and shaped by type, edges by relationship type. The detailed sheet adds labels
 * (hidden while too small to read in a large graph), curved flow edges with arrows; the lean one draws only
 * what reads at a glance, which is what makes the first frame of a large graph cheap.
 */
function styleSheet(detailed: boolean, large: boolean): cytoscape.StylesheetJson {
  const sheet: Array<{ selector: string; style: Record<string, unknown> }> = [
    {
      selector: 'node',
      style: detailed
        ? {
            'background-color': '#999',
            label: 'data(label)',
            'font-size': 10,
            color: '#333',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            // Cytoscape rounds the zoom up to a power of two before comparing, so 16 px hides the 10 px labels
            // until the user zooms in past 100 %; drawing a thousand unreadable labels costs most of a frame.
            'min-zoomed-font-size': large ? 16 : 0,
            width: 18,
            height: 18,
          }
        : { 'background-color': '#999', width: 18, height: 18 },
    },
    // One selector per type rather than a data mapper: elements of a type share one computed style.
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': colour },
    })),
    { selector: 'node[type = "CONSORTIUM"]', style: { shape: 'hexagon', width: 30, height: 30 } },
    { selector: 'node[type = "PROGRAM"], node[type = "PROJECT"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[type = "MAJOR"], node[type = "INDUSTRY"]', style: { shape: 'diamond', width: 14, height: 14 } },
    {
      selector: 'edge',
      style: detailed
        ? {
            width: 1,
            'line-color': '#b8c2cc',
            'target-arrow-color': '#b8c2cc',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.6,
            'curve-style': 'haystack',
          }
        : { width: 1, 'line-color': '#b8c2cc', 'curve-style': 'haystack' },
    },
    { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'line-color': '#27ae60', width: 2 } },
    {
      selector: 'edge[type = "FUNDS"], edge[type = "SUPPLIES_TALENT"], edge[type = "TRANSFERS_TECHNOLOGY"], edge[type = "SHARES_FACILITY"]',
      style: detailed
        ? { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22', 'curve-style': 'bezier' }
        : { 'line-color': '#e67e22' },
    },
    { selector: 'edge[type = "MEMBER_OF"]', style: { 'line-color': '#34495e', 'line-style': 'dashed' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111', 'line-color': '#111' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: '.path',
      style: {
        'border-width': 4,
        'border-color': '#e74c3c',
        'line-color': '#e74c3c',
        'target-arrow-color': '#e74c3c',
        width: 4,
        'z-index': 10,
      },
    },
  ];
  return sheet as cytoscape.StylesheetJson;
}

/**
 * Adds a whole graph to an empty canvas in one call: no lookup of each element first (on an empty canvas each
 * lookup only builds an empty collection); each id once, edges kept when both their ends are in the graph.
 */
function addFresh(cy: cytoscape.Core, data: GraphData, positions?: Map<string, cytoscape.Position>) {
  const ids = new Set<string>();
  const elements: cytoscape.ElementDefinition[] = [];
  for (const { x: _x, y: _y, ...n } of data.nodes) {
    if (!ids.has(n.id)) {
      ids.add(n.id);
      elements.push({ group: 'nodes', data: n, position: positions?.get(n.id) });
    }
  }
  for (const e of data.edges) {
    if (!ids.has(e.id) && ids.has(e.source) && ids.has(e.target)) {
      ids.add(e.id);
      elements.push({ group: 'edges', data: { ...e } });
    }
  }
  cy.add(elements);
}

/** The elements of a {@link WireGraph} as Cytoscape data. */
function decode(json: string): GraphData {
  const wire = JSON.parse(json) as WireGraph;
  return {
    nodes: wire.n.map(([id, type, label]) => ({ id, type: wire.t[type], label })),
    edges: wire.e.map(([id, type, source, target, fromYear, toYear]) => ({
      id,
      type: wire.t[type],
      source,
      target,
      ...(fromYear == null ? {} : { fromYear }),
      ...(toYear == null ? {} : { toYear }),
    })),
  };
}

/**
 * Positions in rings by type without running a layout (linear in the number of nodes): the first node (the
 * focus) in the centre, then each type on its own band of rings, inner types first; a band holds as many rings
 * as its nodes need at {@link RING_SPACING}.
 */
function ringPositions(nodes: GraphData['nodes']): Map<string, cytoscape.Position> {
  const positions = new Map<string, cytoscape.Position>();
  if (nodes.length === 0) {
    return positions;
  }
  const [focus, ...rest] = nodes;
  positions.set(focus.id, { x: 0, y: 0 });
  const byRing = new Map<number, GraphData['nodes']>();
  for (const n of rest) {
    const ring = TYPE_RING[n.type] ?? 0;
    (byRing.get(ring) ?? byRing.set(ring, []).get(ring)!).push(n);
  }
  let radius = 0;
  let rings = 0;
  for (const ring of [...byRing.keys()].sort((a, b) => b - a)) {
    const members = byRing.get(ring)!;
    let placed = 0;
    while (placed < members.length) {
      radius += RING_SPACING * 1.6;
      rings++;
      const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / RING_SPACING));
      const count = Math.min(capacity, members.length - placed);
      // A band's last ring spreads its few nodes evenly around the full circle; each ring starts a little
      // further round than the one inside it, so that nodes of neighbouring rings do not line up in spokes.
      const step = (2 * Math.PI) / count;
      for (let i = 0; i < count; i++) {
        const angle = i * step + rings * 0.7;
        positions.set(members[placed + i].id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      }
      placed += count;
    }
  }
  return positions;
}
