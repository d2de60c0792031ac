// The 落实情况 block of a task: what later documents report, target beside actual, with the report and its evidence.
import { el } from './dom.js';

const statusNames = { MET: '已达标', NOT_MET: '未达标', DONE: '已完成', REPORTED: '有报告' };

function amount(measurement, kind) {
  if (!measurement) return el('div', { class: `outcome-amount outcome-${kind} muted` }, el('span', { class: 'outcome-label', text: kind === 'target' ? '目标' : '实际' }), '—');
  return el('div', { class: `outcome-amount outcome-${kind}`, title: measurement.text },
    el('span', { class: 'outcome-label', text: `${kind === 'target' ? '目标' : '实际'}${measurement.year ? `（${measurement.year}年）` : ''}` }),
    el('strong', { text: `${measurement.value}${measurement.unit}` }));
}

function percentage(ratio) {
  return ratio === null || ratio === undefined ? null : `${(ratio * 100).toFixed(ratio * 100 >= 100 ? 0 : 1)}%`;
}

function outcomeItem(outcome, documentLink) {
  const compared = outcome.target || outcome.actual;
  const ratio = percentage(outcome.ratio);
  return el('li', { class: 'outcome' },
    el('span', { class: `outcome-badge status-${outcome.status.toLowerCase()}`, text: statusNames[outcome.status] ?? outcome.status }),
    compared ? el('div', { class: 'outcome-compare' }, amount(outcome.target, 'target'), amount(outcome.actual, 'actual'),
      ratio ? el('div', { class: 'outcome-ratio', title: '实际 ÷ 目标' }, el('span', { class: 'outcome-label', text: '完成率' }), el('strong', { text: ratio })) : null) : null,
    el('blockquote', { class: 'evidence outcome-evidence' },
      el('p', { class: 'evidence-text', text: outcome.evidence.text }),
      el('cite', {}, '见', documentLink(outcome.document))));
}

export function outcomeBlock(outcomes, documentLink) {
  if (!outcomes || outcomes.length === 0) return el('p', { class: 'muted outcome-none', text: '暂无后续报告' });
  return el('ul', { class: 'outcomes' }, outcomes.map((outcome) => outcomeItem(outcome, documentLink)));
}
