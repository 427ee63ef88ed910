// Charts for the summary and the cycle overview: plain data built from what the tables show, drawn as
// Mermaid source or as Unicode bars.
export type { BandGroup, BandsByGroup, ChartForm, ChartScale, CodeChartRow, SummaryCharts } from './types.ts';
export { bandsByGroup, type GroupedBand } from './bands-by-group.ts';
export { bandsByGroupMermaid, mermaidLabel, overallTrendMermaid, selfOthersMermaid } from './mermaid.ts';
export { bandsByGroupText, overallTrendText, selfOthersText, type TextChart } from './text.ts';
export { BAR_WIDTH, barCell, unicodeBar } from './bars.ts';
