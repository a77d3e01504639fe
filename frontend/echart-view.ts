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
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('#chart') as HTMLElement;
    // ECharts sizes its canvas from the container; wait until the browser has laid it out.
    requestAnimationFrame(() => {
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
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(container);
      if (this.option) {
        this.draw(this.option);
      }
    });
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
