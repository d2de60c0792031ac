// The chat box: sends questions to `ask` and shows the answer, chips, evidence and suggestions as text.
import { el } from './dom.js';
import { request } from './graphql-client.js';
import { ask } from './queries.js';
import { highlighted } from './highlight.js';
import { entityName } from './graph-view.js';

const shownEvidence = 1;
const clampedLength = 90;

export function createChat({ form, input, log }, { onAnswer, onChip }) {
  function append(message) {
    log.append(message);
    message.scrollIntoView({ block: 'nearest' });
    return message;
  }

  function chip(entity, kind) {
    return el('button', {
      type: 'button',
      class: `chip chip-${kind.toLowerCase()}`,
      'data-id': entity.id,
      title: entityName(entity),
      onclick: () => onChip(entity.id, kind),
      text: entityName(entity),
    });
  }

  function chipRow(title, entities, kind) {
    if (entities.length === 0) return null;
    return el('div', { class: 'chip-row' }, el('h4', { text: `${title}（${entities.length}）` }), el('div', { class: 'chips' }, entities.map((entity) => chip(entity, kind))));
  }

  function answerText(text) {
    const paragraph = el('p', { class: 'answer-text', text });
    if (text.length <= clampedLength) return paragraph;
    paragraph.classList.add('clamped');
    const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', text: '展开全文' });
    toggle.addEventListener('click', () => {
      const expanded = paragraph.classList.toggle('clamped') === false;
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.textContent = expanded ? '收起' : '展开全文';
    });
    return el('div', {}, paragraph, toggle);
  }

  function renderAnswer(answer, question) {
    const terms = answer.departments.map((department) => department.name)
      .concat(answer.measurements.map((measurement) => measurement.indicator.name));
    const evidence = answer.evidence.map((item, index) =>
      el('blockquote', { class: 'evidence', hidden: index >= shownEvidence }, highlighted(item.text, question, terms), el('cite', { text: `《${item.document.title}》 第 ${item.start}–${item.end} 字` })));
    const more = answer.evidence.length - shownEvidence;
    const showMore = more > 0 ? el('button', {
      type: 'button',
      class: 'toggle',
      text: `显示另外 ${more} 条依据`,
      onclick: (event) => {
        for (const item of evidence) item.hidden = false;
        event.currentTarget.remove();
      },
    }) : null;
    const indicators = [...new Map(answer.measurements.map((m) => [m.indicator.id, m.indicator])).values()];
    return el('div', { class: 'message answer' },
      answerText(answer.text),
      evidence.length > 0 ? el('div', { class: 'evidence-list' }, el('h4', { text: '依据' }), evidence, showMore) : null,
      chipRow('任务', answer.tasks, 'Task'),
      chipRow('单位', answer.departments, 'Department'),
      chipRow('指标', indicators, 'Indicator'),
      answer.suggestions.length > 0
        ? el('div', { class: 'suggestions' }, el('span', { class: 'muted', text: '可以继续问：' }),
          answer.suggestions.map((suggestion) => el('button', { type: 'button', class: 'suggestion', text: suggestion, onclick: () => send(suggestion) })))
        : null);
  }

  async function send(question) {
    const trimmed = question.trim();
    if (trimmed === '') {
      append(el('div', { class: 'message notice', role: 'alert', text: '请输入问题，例如：县发展改革局牵头哪些任务' }));
      return;
    }
    append(el('div', { class: 'message question', text: trimmed }));
    input.value = '';
    const pending = append(el('div', { class: 'message answer pending', text: '正在查询…' }));
    try {
      const { ask: answer } = await request(ask, { question: trimmed });
      const message = renderAnswer(answer, trimmed);
      pending.replaceWith(message);
      message.scrollIntoView({ block: 'start' });
      onAnswer(answer);
    } catch (error) {
      pending.replaceWith(el('div', { class: 'message notice', role: 'alert', text: `查询失败：${error.message}` }));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send(input.value);
    }
  });
  return { send };
}
