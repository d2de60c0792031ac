// Turns an entity's details (as the panel loads them) into the graph nodes and edges around it.
const typed = (entities, __typename) => entities.map((entity) => ({ ...entity, __typename }));

export function neighbours(kind, detail) {
  const id = detail.id;
  const nodes = [];
  const edges = [];
  const link = (entities, typename, type, outward) => {
    for (const entity of typed(entities, typename)) {
      nodes.push(entity);
      edges.push(outward ? [id, entity.id, type] : [entity.id, id, type]);
    }
  };
  switch (kind) {
    case 'Department':
      link(detail.leads.nodes, 'Task', 'LEADS', true);
      link(detail.supports.nodes, 'Task', 'SUPPORTS', true);
      for (const partner of detail.partners) edges.push([id, partner.department.id, 'PARTNER', Math.min(1 + partner.sharedTasks, 6)]);
      break;
    case 'Task': {
      link(detail.leads, 'Department', 'LEADS', false);
      link(detail.supports, 'Department', 'SUPPORTS', false);
      link(detail.projects, 'Project', 'MENTIONS', true);
      link(detail.places, 'Place', 'LOCATED_IN', true);
      const indicators = new Map(detail.measurements.map((m) => [m.indicator.id, m.indicator]));
      link([...indicators.values()], 'Indicator', 'MEASURES', true);
      break;
    }
    case 'Indicator':
    case 'Measurement': {
      const indicator = kind === 'Indicator' ? detail : detail.indicator;
      const tasks = new Map(indicator.measurements.filter((m) => m.task).map((m) => [m.task.id, m.task]));
      for (const task of typed([...tasks.values()], 'Task')) {
        nodes.push(task);
        edges.push([task.id, indicator.id, 'MEASURES']);
      }
      if (kind === 'Measurement') nodes.push({ ...indicator, __typename: 'Indicator' });
      break;
    }
    case 'Project':
      link(detail.tasks, 'Task', 'MENTIONS', false);
      link(detail.places, 'Place', 'LOCATED_IN', true);
      break;
    case 'Place':
      link(detail.tasks, 'Task', 'LOCATED_IN', false);
      link(detail.projects, 'Project', 'LOCATED_IN', false);
      break;
    case 'Document':
      link(detail.tasks.nodes, 'Task', 'CONTAINS', true);
      break;
    default:
      break;
  }
  return { nodes, edges };
}
