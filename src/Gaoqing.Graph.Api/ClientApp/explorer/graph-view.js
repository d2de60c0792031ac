// The cytoscape graph: adds entities and their relationships, lays them out, focuses and reports taps.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from './graph-style.js';

cytoscape.use(fcose);

const maxLabel = 12;
const maxFocusZoom = 1.4;

function shortLabel(entity, name) {
  if (entity.number !== undefined && entity.number !== null) return `第${entity.number}项`;
  return name.length > maxLabel ? `${name.slice(0, maxLabel)}…` : name;
}

/** Display name of an entity as the API returns it. */
export function entityName(entity) {
  if (entity.number !== undefined && entity.number !== null && entity.title) return `第${entity.number}项 ${entity.title}`;
  return entity.name ?? entity.title ?? entity.text ?? entity.id;
}

/** The label (Department, Task, …) of a node id such as "department:县发展改革局" or "document:…/task:8". */
export function kindOf(id) {
  const last = id.split('/').pop();
  const prefix = last.slice(0, last.indexOf(':'));
  return prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

export function createGraphView(container, onTap) {
  const cy = cytoscape({
    container,
    style: stylesheet,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (event) => onTap(event.target.id()));
  const listeners = [];
  let layout = null;
  const waiting = [];

  function notify() {
    for (const listener of listeners) listener(cy.nodes().length, cy.edges().length);
  }

  function centre() {
    if (cy.nodes().empty()) return { x: 0, y: 0 };
    const box = cy.nodes().boundingBox();
    return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  }

  function addNode(entity, size, near) {
    const existing = cy.getElementById(entity.id);
    if (existing.nonempty()) return false;
    const name = entityName(entity);
    const kind = entity.__typename ?? kindOf(entity.id);
    const base = near?.nonempty() ? near.position() : centre();
    cy.add({
      group: 'nodes',
      data: { id: entity.id, name, short: shortLabel(entity, name), kind, size: size ?? (kind === 'Task' ? 16 : 22) },
      position: { x: base.x + (Math.random() - 0.5) * 80, y: base.y + (Math.random() - 0.5) * 80 },
    });
    return true;
  }

  function addEdge(source, target, type, width = 1.2) {
    const id = type === 'PARTNER' ? `PARTNER:${[source, target].sort().join('|')}` : `${type}:${source}|${target}`;
    if (cy.getElementById(id).nonempty()) return;
    if (cy.getElementById(source).empty() || cy.getElementById(target).empty()) return;
    cy.add({ group: 'edges', data: { id, source, target, type, width } });
  }

  function relayout(fit, randomize) {
    layout?.stop();
    layout = cy.layout({
      stop: () => {
        for (const resolve of waiting.splice(0)) resolve();
      },
      name: 'fcose',
      quality: 'default',
      randomize,
      animate: !randomize && cy.nodes().length < 400,
      animationDuration: 400,
      fit,
      padding: 30,
      nodeRepulsion: 9000,
      idealEdgeLength: 90,
      nodeSeparation: 70,
    });
    layout.run();
  }

  return {
    cy,
    /** Adds nodes (entities) and edges ([source, target, type, width]) near `nearId`; resolves once the layout has settled. */
    add(entities, edges, nearId, options = {}) {
      const near = nearId ? cy.getElementById(nearId) : null;
      let added = 0;
      cy.batch(() => {
        for (const entity of entities) if (addNode(entity, entity.size, near)) added += 1;
        for (const [source, target, type, width] of edges) addEdge(source, target, type, width);
      });
      notify();
      if (added === 0) return Promise.resolve();
      const settled = new Promise((resolve) => waiting.push(resolve));
      relayout(options.fit ?? true, options.randomize ?? false);
      return settled;
    },
    /** Selects a node, fades the rest of the graph except its neighbourhood, and centres it. */
    focus(ids) {
      const nodes = cy.collection(ids.map((id) => cy.getElementById(id)).filter((node) => node.nonempty()));
      cy.elements().removeClass('faded focused');
      if (nodes.empty()) return;
      const neighbourhood = nodes.closedNeighborhood();
      cy.elements().not(neighbourhood).addClass('faded');
      nodes.addClass('focused');
      cy.animate({ fit: { eles: neighbourhood, padding: 60 }, duration: 350, complete: () => { if (cy.zoom() > maxFocusZoom) cy.animate({ zoom: { level: maxFocusZoom, position: nodes.position() }, duration: 150 }); } });
    },
    select(id) {
      cy.nodes().unselect();
      cy.getElementById(id).select();
    },
    clearFocus() {
      cy.elements().removeClass('faded focused');
    },
    has(id) {
      return cy.getElementById(id).nonempty();
    },
    onChange(listener) {
      listeners.push(listener);
    },
    fit() {
      cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 300 });
    },
  };
}
