// Starts the explorer: the overview graph of units, the search box, the chat box and the entity panel.
import './explorer.css';
import { el, clear } from './dom.js';
import { request } from './graphql-client.js';
import * as queries from './queries.js';
import { createGraphView, entityName, kindOf } from './graph-view.js';
import { createChat } from './chat.js';
import { createEntityPanel } from './entity-panel.js';
import { neighbours } from './neighbours.js';
import { labelNames, labelColours } from './graph-style.js';

const byId = (id) => document.getElementById(id);
const detailQueries = {
  Department: queries.department,
  Task: queries.task,
  Indicator: queries.indicator,
  Measurement: queries.measurement,
  Project: queries.project,
  Place: queries.place,
  Document: queries.documentDetail,
};

const graph = createGraphView(byId('graph'), (id) => open(id, kindOf(id)));
// The cytoscape instance, for scripting the page from the browser console.
window.gaoqingGraph = graph.cy;
const panel = createEntityPanel(byId('panel'), (id, kind) => open(id, kind));
graph.onChange((nodes, edges) => { byId('graph-status').textContent = `图中 ${nodes} 个节点 · ${edges} 条关系`; });

async function open(id, kind) {
  const query = detailQueries[kind];
  if (!query) return;
  panel.loading(graph.cy.getElementById(id).data('name') ?? id);
  try {
    const { node } = await request(query, { id });
    if (!node) {
      panel.error('图谱中找不到这个实体。');
      return;
    }
    panel.show(kind, node);
    const around = neighbours(kind, node);
    const near = graph.has(id) ? id : around.nodes.find((entity) => graph.has(entity.id))?.id;
    await graph.add([{ ...node, __typename: kind }, ...around.nodes], around.edges, near, { fit: false });
    graph.select(id);
    graph.focus([id]);
  } catch (error) {
    panel.error(`加载失败：${error.message}`);
  }
}

async function showAnswer(answer) {
  const nodes = [...answer.departments.map((d) => ({ ...d, __typename: 'Department' }))];
  const edges = [];
  for (const task of answer.tasks) {
    nodes.push({ ...task, __typename: 'Task' });
    for (const lead of task.leads) { nodes.push({ ...lead, __typename: 'Department' }); edges.push([lead.id, task.id, 'LEADS']); }
    for (const support of task.supports) { nodes.push({ ...support, __typename: 'Department' }); edges.push([support.id, task.id, 'SUPPORTS']); }
  }
  const indicators = new Map(answer.measurements.map((m) => [m.indicator.id, { ...m.indicator, __typename: 'Indicator' }]));
  nodes.push(...indicators.values());
  await graph.add(nodes, edges, answer.departments[0]?.id, { fit: false });
  const focus = [...answer.departments, ...answer.tasks, ...indicators.values()].map((entity) => entity.id);
  if (focus.length > 0) graph.focus(focus);
}

createChat({ form: byId('chat-form'), input: byId('chat-input'), log: byId('chat-log') }, {
  onAnswer: showAnswer,
  onChip: (id, kind) => open(id, kind),
});

const results = byId('search-results');
byId('search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = byId('search-input').value.trim();
  clear(results);
  if (text === '') {
    results.append(el('li', { class: 'muted', text: '请输入要查找的单位、任务、项目或指标' }));
    return;
  }
  try {
    const { search } = await request(queries.search, { text });
    if (search.length === 0) results.append(el('li', { class: 'muted', text: `没有找到「${text}」` }));
    for (const hit of search) {
      const kind = hit.node.__typename;
      results.append(el('li', {}, el('button', {
        type: 'button', class: 'search-hit', 'data-id': hit.node.id,
        onclick: () => { clear(results); open(hit.node.id, kind); },
      }, el('span', { class: 'badge', style: `background:${labelColours[kind] ?? '#888'}`, text: labelNames[kind] ?? kind }), ` ${entityName(hit.node)}`)));
    }
    results.querySelector('button')?.focus();
  } catch (error) {
    results.append(el('li', { class: 'notice', text: `搜索失败：${error.message}` }));
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') { clear(results); graph.clearFocus(); }
});
byId('fit-button').addEventListener('click', () => { graph.clearFocus(); graph.fit(); });

function legend() {
  byId('legend').append(...['Department', 'Task', 'Project', 'Place', 'Indicator'].map((kind) =>
    el('span', { class: 'legend-item' }, el('i', { style: `background:${labelColours[kind]}` }), labelNames[kind])));
}

async function start() {
  legend();
  try {
    const { stats, departments } = await request(queries.overview);
    byId('stats').textContent = `${stats.documents} 份文件 · ${stats.tasks} 项任务 · ${stats.departments} 个单位 · ${stats.projects} 个项目 · ${stats.indicators} 个指标`;
    const nodes = departments.nodes.map((d) => ({ ...d, __typename: 'Department', size: 14 + 4 * Math.sqrt(d.leads.totalCount + d.supports.totalCount) }));
    const edges = departments.nodes.flatMap((d) => d.partners.map((p) => [d.id, p.department.id, 'PARTNER', Math.min(1 + p.sharedTasks / 2, 6)]));
    await graph.add(nodes, edges, null, { fit: true, randomize: true });
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = 'true';
  } catch (error) {
    byId('stats').textContent = `加载图谱失败：${error.message}`;
  }
}

start();
