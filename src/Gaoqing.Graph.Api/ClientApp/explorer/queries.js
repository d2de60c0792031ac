// The GraphQL documents the explorer sends; every name comes from the contract schema.
const taskSummary = 'id number title year';

export const overview = `query Overview {
  stats { documents tasks departments projects places indicators measurements }
  departments(first: 100) {
    nodes { id name leads { totalCount } supports { totalCount } partners(first: 3) { department { id } sharedTasks } }
  }
}`;

export const search = `query Search($text: String!) {
  search(text: $text, first: 8) { score snippet node { __typename id ...Names } }
}
fragment Names on Node {
  ... on Department { name } ... on Task { title number } ... on Project { name }
  ... on Place { name } ... on Indicator { name } ... on Document { title }
  ... on Measurement { text } ... on Section { title }
}`;

export const ask = `query Ask($question: String!) {
  ask(question: $question) {
    question intent confidence text count suggestions
    tasks { ${taskSummary} leads { id name } supports { id name } }
    departments { id name }
    measurements { id value unit kind year indicator { id name } }
    evidence { text start end document { id title } }
  }
}`;

export const department = `query Department($id: ID!) {
  node(id: $id) { ... on Department {
    id name aliases level
    leads(first: 100) { totalCount nodes { ${taskSummary} } }
    supports(first: 100) { totalCount nodes { ${taskSummary} } }
    partners(first: 12) { sharedTasks department { id name } }
  } }
}`;

export const task = `query Task($id: ID!) {
  node(id: $id) { ... on Task {
    ${taskSummary} text
    document { id title }
    section { title }
    leads { id name } supports { id name }
    projects { id name } places { id name }
    measurements { id value unit kind year qualifier indicator { id name } }
    outcomes { status ratio target { value unit year text } actual { value unit year text } document { id title } evidence { text start end } }
  } }
}`;

const measurementRow = 'id value unit kind year qualifier text document { id title year } task { id title number }';

export const indicator = `query Indicator($id: ID!) {
  node(id: $id) { ... on Indicator { id name aliases measurements { ${measurementRow} } } }
}`;

export const measurement = `query Measurement($id: ID!) {
  node(id: $id) { ... on Measurement { id indicator { id name aliases measurements { ${measurementRow} } } } }
}`;

export const project = `query Project($id: ID!) {
  node(id: $id) { ... on Project { id name tasks { ${taskSummary} } places { id name } } }
}`;

export const place = `query Place($id: ID!) {
  node(id: $id) { ... on Place { id name kind tasks { ${taskSummary} } projects { id name } } }
}`;

export const documentDetail = `query Document($id: ID!) {
  node(id: $id) { ... on Document { id title docNumber issuer issuedOn year tasks(first: 100) { totalCount nodes { ${taskSummary} } } } }
}`;
