// Everything that needs Chart.js, in one module the dashboard imports lazily after its figures show.
export { DaysChart } from './days-chart';
export { DistributionChart } from './distribution-chart';
export { FactorChart } from './factor-chart';
export { RankingChart } from './ranking-chart';
export { TrendChart } from './trend-chart';
