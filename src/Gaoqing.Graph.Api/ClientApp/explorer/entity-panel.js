// The entity panel: a unit's tasks and partners, a task's text, units and outcomes, an indicator's aliases and values across documents.
import { el, clear } from './dom.js';
import { entityName } from './graph-view.js';
import { labelNames, labelColours } from './graph-style.js';
import { outcomeBlock } from './outcomes.js';

export function createEntityPanel(container, onOpen) {
  const link = (entity, kind) => el('button', { type: 'button', class: 'entity-link', 'data-id': entity.id, text: entityName(entity), onclick: () => onOpen(entity.id, kind) });
  const list = (entities, kind) => (entities.length === 0
    ? el('p', { class: 'muted', text: '无' })
    : el('ul', { class: 'entity-list' }, entities.map((entity) => el('li', {}, link(entity, kind)))));
  const section = (title, ...content) => el('section', { class: 'panel-section' }, el('h3', { text: title }), ...content);
  const header = (kind, name, extra) => el('header', { class: 'panel-header' },
    el('span', { class: 'badge', style: `background:${labelColours[kind]}`, text: labelNames[kind] ?? kind }),
    el('h2', { id: 'panel-title', text: name }), extra ? el('p', { class: 'muted', text: extra }) : null);

  function department(detail) {
    return [
      header('Department', detail.name, detail.aliases.length > 0 ? `又称：${detail.aliases.slice(0, 6).join('、')}` : null),
      el('div', { class: 'counts' },
        el('div', { class: 'count' }, el('strong', { text: detail.leads.totalCount }), el('span', { text: '牵头任务' })),
        el('div', { class: 'count' }, el('strong', { text: detail.supports.totalCount }), el('span', { text: '配合任务' })),
        el('div', { class: 'count' }, el('strong', { text: detail.partners.length }), el('span', { text: '合作单位' }))),
      el('p', { class: 'download' }, el('a', { class: 'download-link', href: `/api/responsibilities.csv?department=${encodeURIComponent(detail.name)}`, download: true, text: '下载责任清单 (CSV)' })),
      section(`牵头任务（${detail.leads.totalCount}）`, list(detail.leads.nodes, 'Task')),
      section(`配合任务（${detail.supports.totalCount}）`, list(detail.supports.nodes, 'Task')),
      section('合作单位', detail.partners.length === 0 ? el('p', { class: 'muted', text: '无' })
        : el('ul', { class: 'entity-list' }, detail.partners.map((partner) => el('li', {}, link(partner.department, 'Department'), el('span', { class: 'muted', text: ` 共同任务 ${partner.sharedTasks} 项` }))))),
    ];
  }

  function task(detail) {
    return [
      header('Task', entityName(detail), `《${detail.document.title}》${detail.section ? ` · ${detail.section.title}` : ''}`),
      el('p', { class: 'task-text', text: detail.text }),
      section(`牵头单位（${detail.leads.length}）`, list(detail.leads, 'Department')),
      section(`配合单位（${detail.supports.length}）`, list(detail.supports, 'Department')),
      section('落实情况', outcomeBlock(detail.outcomes, (d) => link(d, 'Document'))),
      detail.projects.length > 0 ? section('项目', list(detail.projects, 'Project')) : null,
      detail.places.length > 0 ? section('地点', list(detail.places, 'Place')) : null,
      detail.measurements.length > 0 ? section('指标数值', el('ul', { class: 'entity-list' }, detail.measurements.map((m) =>
        el('li', {}, link(m.indicator, 'Indicator'), el('span', { class: 'muted', text: ` ${m.kind === 'TARGET' ? '目标' : '实际'} ${m.value}${m.unit}${m.qualifier ? `（${m.qualifier}）` : ''}` }))))) : null,
    ];
  }

  function valueCell(measurements, kind) {
    if (measurements.length === 0) return el('td', { class: 'muted', text: '—' });
    return el('td', { class: `value-${kind}` }, measurements.map((m) => el('div', { class: 'value', title: m.text },
      el('strong', { text: `${m.value}${m.unit}` }), m.qualifier ? `（${m.qualifier}）` : null,
      el('span', { class: 'source', text: `《${m.document.year ?? ''}年文件》` }))));
  }

  function indicator(detail) {
    const years = new Map();
    for (const m of detail.measurements) {
      if (!years.has(m.year)) years.set(m.year, { year: m.year, target: [], actual: [] });
      years.get(m.year)[m.kind === 'TARGET' ? 'target' : 'actual'].push(m);
    }
    const rows = [...years.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const documents = [...new Map(detail.measurements.map((m) => [m.document.id, m.document])).values()];
    return [
      header('Indicator', detail.name, `${detail.measurements.length} 个数值，来自 ${documents.length} 份文件`),
      detail.aliases && detail.aliases.length > 0 ? el('p', { class: 'aliases' }, el('span', { class: 'muted', text: '又称：' }), detail.aliases.join('、')) : null,
      section('目标与实际', el('table', { class: 'values' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '年份' }), el('th', { scope: 'col', text: '目标' }), el('th', { scope: 'col', text: '实际' }))),
        el('tbody', {}, rows.map((row) => el('tr', {},
          el('th', { scope: 'row', text: row.year ? `${row.year}年` : '—' }), valueCell(row.target, 'target'), valueCell(row.actual, 'actual')))))),
      section('来源文件', el('ul', { class: 'entity-list' }, documents.map((d) => el('li', {}, link(d, 'Document'))))),
      section('相关任务', list([...new Map(detail.measurements.filter((m) => m.task).map((m) => [m.task.id, m.task])).values()], 'Task')),
    ];
  }

  function project(detail) {
    return [header('Project', detail.name), section(`相关任务（${detail.tasks.length}）`, list(detail.tasks, 'Task')), section('地点', list(detail.places, 'Place'))];
  }

  function place(detail) {
    return [header('Place', detail.name, detail.kind), section(`相关任务（${detail.tasks.length}）`, list(detail.tasks, 'Task')), section('项目', list(detail.projects, 'Project'))];
  }

  function documentView(detail) {
    return [header('Document', detail.title, [detail.docNumber, detail.issuer, detail.issuedOn].filter(Boolean).join(' · ')),
      section(`任务（${detail.tasks.totalCount}）`, list(detail.tasks.nodes, 'Task'))];
  }

  const renderers = { Department: department, Task: task, Indicator: indicator, Measurement: (d) => indicator(d.indicator), Project: project, Place: place, Document: documentView };

  return {
    loading(name) {
      clear(container).append(el('p', { class: 'muted', text: `正在加载「${name}」…` }));
    },
    show(kind, detail) {
      const render = renderers[kind];
      clear(container).append(...(render ? render(detail) : [header(kind, entityName(detail))]).filter(Boolean));
      container.scrollTop = 0;
    },
    error(message) {
      clear(container).append(el('p', { class: 'notice', role: 'alert', text: message }));
    },
  };
}
