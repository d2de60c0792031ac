// Colours and the cytoscape stylesheet: one colour per entity label.
export const labelColours = {
  Department: '#2f6fde',
  Task: '#e07b29',
  Project: '#1f9d6b',
  Place: '#8e54c9',
  Indicator: '#d23f5c',
  Measurement: '#d23f5c',
  Document: '#5b6b7c',
  Section: '#5b6b7c',
};

export const labelNames = {
  Department: '单位',
  Task: '任务',
  Project: '项目',
  Place: '地点',
  Indicator: '指标',
  Measurement: '数值',
  Document: '文件',
  Section: '章节',
};

export const stylesheet = [
  {
    selector: 'node',
    style: {
      'background-color': (node) => labelColours[node.data('kind')] ?? '#888',
      label: 'data(short)',
      'font-family': '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif',
      'font-size': 11,
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "Task"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[kind = "Indicator"]', style: { shape: 'diamond' } },
  { selector: 'node[kind = "Project"]', style: { shape: 'hexagon' } },
  { selector: 'node[kind = "Place"]', style: { shape: 'triangle' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#b8c2cc',
      'curve-style': 'haystack',
      opacity: 0.7,
    },
  },
  { selector: 'edge[type = "LEADS"]', style: { 'line-color': '#6f9be8' } },
  { selector: 'edge[type = "PARTNER"]', style: { 'line-color': '#c9d3de', 'line-style': 'solid' } },
  { selector: 'node:selected', style: { label: 'data(name)', 'border-width': 4, 'border-color': '#ffcc00', 'font-weight': 'bold', 'font-size': 13, 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: 'node.focused', style: { 'border-width': 3, 'border-color': '#f5b700', 'z-index': 9 } },
];
