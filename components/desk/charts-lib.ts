/**
 * ECharts, only the parts the desk draws (box plots, bars, points) with the SVG renderer (crisp
 * when printed). Imported dynamically by DeskCharts, so ECharts is downloaded only when the
 * desk's charts are opened.
 */
import { BarChart, BoxplotChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  BoxplotChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
export const { init } = echarts;
