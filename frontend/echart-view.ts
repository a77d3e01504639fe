import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/**
 * A chart around Apache ECharts: Java sets the ECharts option as JSON and receives `chart-click` events with
 * the clicked item.
 */
@customElement('echart-view')
export class EChartView extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 240px;
    }
    #chart {
      position: absolute;
      inset: 0;
    }
  `;

  private chart?: echarts.ECharts;
  private option?: string;
  private container?: HTMLElement;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    this.container = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.watchSize();
  }

  connectedCallback() {
    super.connectedCallback();
    // Flow may move the element to its place after building it, which detaches it once: watch it again.
    this.watchSize();
  }

  /**
   * ECharts sizes its canvas from the container when it starts, and a Sankey laid out in a box of no size fails
   * (its view transform cannot be inverted). When the whole page comes with the first response, the container
   * may have no size yet in the next frame: the chart starts once the container has a size, resizes afterwards.
   */
  private watchSize() {
    const container = this.container;
    if (!container) {
      return;
    }
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => {
      if (this.chart) {
        this.chart.resize();
      } else if (container.clientWidth > 0 && container.clientHeight > 0) {
        this.start(container);
      }
    });
    this.resizeObserver.observe(container);
  }

  private start(container: HTMLElement) {
    this.chart = echarts.init(container);
    this.chart.on('click', (p) =>
      this.dispatchEvent(
        new CustomEvent('chart-click', {
          detail: { dataType: p.dataType ?? '', name: p.name ?? '', data: JSON.stringify(p.data ?? null) },
          bubbles: true,
          composed: true,
        }),
      ),
    );
    if (this.option) {
      this.draw(this.option);
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** Replaces the chart's option (an ECharts option object as JSON). */
  setOption(json: string) {
    this.option = json;
    if (this.chart) {
      this.draw(json);
    }
  }

  private draw(json: string) {
    this.chart!.setOption(JSON.parse(json), true);
    this.setAttribute('data-drawn', 'true');
  }
}
