#!/usr/bin/env python3
"""Writes tests/Gaoqing.Graph.Answering.Tests/Data/dev-questions.tsv: development questions (question TAB check TAB
argument) phrased unlike the training set. The file holds no answers: the tests compute each expected answer from the
gold files in ../shared/gold. Run from the repository root: python3 tools/answering/make-dev-set.py"""
import json
import random

random.seed(6)
gold = json.load(open('../shared/gold/gaoqing-2023-key-tasks.gold.json', encoding='utf-8'))
aliases = {}
for line in open('graph-seed/lexicon/departments.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    cells = line.rstrip('\n').split('\t')
    aliases[cells[0]] = [cells[0]] + [a for a in cells[1].split('|') if a]

def alias(unit):
    return random.choice(aliases.get(unit, [unit]))

rows = []
leads = sorted({u for t in gold['tasks'] for u in t['lead']})
supports = sorted({u for t in gold['tasks'] for u in t['support']})
for unit in leads:
    for phrase in random.sample(['{}牵头的任务有哪些', '{}都牵头什么工作', '列出{}牵头的任务', '{}是哪些工作的牵头单位'], 2):
        rows.append((phrase.format(alias(unit)), 'leads-of-unit', unit))
    rows.append((random.choice(['{}一共牵头几项任务', '{}牵头的任务有几项']).format(alias(unit)), 'count-leads', unit))
for unit in supports:
    rows.append((random.choice(['{}配合的任务有哪些', '{}要配合哪些工作', '{}作为配合单位的任务']).format(alias(unit)), 'supports-of-unit', unit))
for task in gold['tasks']:
    n = task['number']
    rows.append((random.choice(['第{}项任务的牵头单位是哪个', '第{}项由哪个单位牵头', '{}号任务的牵头部门是谁']).format(n), 'units-lead', str(n)))
    rows.append((random.choice(['{}是由哪个部门牵头的', '{}这项工作谁来牵头']).format(task['title']), 'units-lead', str(n)))
    if task['support']:
        rows.append((random.choice(['{}有哪些配合单位', '{}需要哪些部门配合']).format(task['title']), 'units-support', str(n)))
for name, kind, phrases in [
    ('../shared/gold/gaoqing-2023-key-tasks.measurements.gold.json', 'TARGET', ['{}年{}的目标是多少', '{}年{}计划达到多少']),
    ('../shared/gold/gaoqing-2024-plan.measurements.gold.json', 'ACTUAL', ['{}年{}实际是多少', '{}年{}实际完成了多少']),
]:
    measurements = json.load(open(name, encoding='utf-8'))
    document = measurements['docNumber']
    for keyword in sorted({(m['year'], m['keyword']) for m in measurements['measurements'] if m['kind'] == kind}):
        year, word = keyword
        rows.append((random.choice(phrases).format(year, word), 'measurement', f'{document}|{year}|{kind}|{word}'))
rows.append(('牵头任务最多的是哪个部门', 'top-lead', ''))
rows.append(('哪个单位牵头的工作最多', 'top-lead', ''))
titles = {t['number']: t['title'] for t in gold['tasks']}
for outcome in json.load(open('../shared/gold/gaoqing-2023-outcomes.gold.json', encoding='utf-8'))['outcomes']:
    number = outcome['task']
    rows.append((random.choice(['第{}项任务的目标达成了没有', '{}号任务做完了没有']).format(number), 'outcome', str(number)))
    rows.append((random.choice(['{}这项任务完成情况如何', '{}最后做成了吗']).format(titles[number]), 'outcome', str(number)))
rows.append(('有哪些任务的目标没达成', 'unmet', ''))
with open('tests/Gaoqing.Graph.Answering.Tests/Data/dev-questions.tsv', 'w', encoding='utf-8') as f:
    f.write('# question\tcheck\targument; expected answers are computed from ../shared/gold by the tests\n')
    for row in rows:
        f.write('\t'.join(row) + '\n')
print(len(rows))
