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

/** Above this many nodes the canvas trades detail for speed while panning and zooming. */
const LARGE_GRAPH = 600;

interface GraphData {
  nodes: Array<{ id: string; type: string; label: string; properties?: Record<string, unknown>; x?: number; y?: number }>;
  edges: Array<{ id: string; type: string; source: string; target: string; fromYear?: number; toYear?: number }>;
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
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="cy"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('#cy') as HTMLElement;
    // Cytoscape measures its container once; wait for the browser to lay the element out first.
    requestAnimationFrame(() => {
      this.cy = cytoscape({
        container,
        style: this.styleSheet(),
        wheelSensitivity: 0.3,
        minZoom: 0.05,
        maxZoom: 4,
      });
      this.cy.on('dbltap', 'node', (e) => this.fire('node-expand', { id: e.target.id() }));
      this.cy.on('select unselect', () => this.selectionChanged());
      this.resizeObserver = new ResizeObserver(() => {
        this.cy?.resize();
        this.cy?.fit(undefined, 30);
      });
      this.resizeObserver.observe(container);
      const work = this.pending;
      this.pending = [];
      work.forEach((w) => w());
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** Replaces every element with the given graph and lays it out. */
  setGraph(json: string) {
    this.whenReady(() => {
      const started = performance.now();
      const cy = this.cy!;
      cy.elements().remove();
      this.add(JSON.parse(json) as GraphData);
      this.tune();
      this.layout(undefined, () => this.rendered(started));
    });
  }

  /** Adds the elements that are not on the canvas yet, placed around the node they came from. */
  addGraph(json: string, aroundId: string | null) {
    this.whenReady(() => {
      const started = performance.now();
      const cy = this.cy!;
      const centre = aroundId ? cy.getElementById(aroundId) : undefined;
      const added = this.add(JSON.parse(json) as GraphData, centre?.nonempty() ? centre.position() : undefined);
      this.tune();
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
      cy.elements().unselect();
      (JSON.parse(json) as string[]).forEach((id) => cy.getElementById(id).select());
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
      cy.elements().remove();
      this.add({ nodes: state.nodes ?? [], edges: state.edges ?? [] });
      this.tune();
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

  private add(data: GraphData, around?: cytoscape.Position): cytoscape.CollectionReturnValue {
    const cy = this.cy!;
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const n of data.nodes) {
      if (cy.getElementById(n.id).empty()) {
        const spread = () => (Math.random() - 0.5) * 200;
        const position =
          n.x !== undefined && n.y !== undefined
            ? { x: n.x, y: n.y }
            : around
              ? { x: around.x + spread(), y: around.y + spread() }
              : undefined;
        const { x: _x, y: _y, ...rest } = n;
        fresh.push({ group: 'nodes', data: { ...rest, colour: TYPE_COLOURS[n.type] ?? '#999' }, position });
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

  private tune() {
    const cy = this.cy!;
    const large = cy.nodes().length > LARGE_GRAPH;
    // Large graphs stay fluid when edges and labels are skipped while the viewport moves.
    const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
    cy.style().selector('node').style('min-zoomed-font-size', large ? 10 : 0).update();
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
    const cy = this.cy!;
    this.fire('selection-change', {
      nodes: cy.nodes(':selected').map((n) => n.id()),
      edges: cy.edges(':selected').map((e) => e.id()),
    });
  }

  private rendered(started: number) {
    const cy = this.cy!;
    // Wait for the frame that actually paints the elements before reporting the time.
    requestAnimationFrame(() => {
      const millis = Math.round(performance.now() - started);
      const visible = cy.nodes(':visible').length;
      this.setAttribute('data-visible-nodes', String(visible));
      this.setAttribute('data-render-ms', String(millis));
      this.fire('rendered', { nodes: visible, edges: cy.edges(':visible').length, millis });
    });
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

  private styleSheet(): cytoscape.StylesheetJson {
    return [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          'font-size': 10,
          color: '#333',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 18,
          height: 18,
          'border-width': 0,
        },
      },
      { selector: 'node[type = "CONSORTIUM"]', style: { shape: 'hexagon', width: 30, height: 30 } },
      { selector: 'node[type = "PROGRAM"], node[type = "PROJECT"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[type = "MAJOR"], node[type = "INDUSTRY"]', style: { shape: 'diamond', width: 14, height: 14 } },
      {
        selector: 'edge',
        style: {
          width: 1,
          'line-color': '#b8c2cc',
          'target-arrow-color': '#b8c2cc',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.6,
          'curve-style': 'haystack',
        },
      },
      { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'line-color': '#27ae60', width: 2 } },
      {
        selector: 'edge[type = "FUNDS"], edge[type = "SUPPLIES_TALENT"], edge[type = "TRANSFERS_TECHNOLOGY"], edge[type = "SHARES_FACILITY"]',
        style: { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22', 'curve-style': 'bezier' },
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
    ] as cytoscape.StylesheetJson;
  }
}
