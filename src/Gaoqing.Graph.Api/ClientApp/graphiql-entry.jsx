// GraphiQL for the Gaoqing Graph API, bundled with its styles so the page needs nothing from the internet.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const endpoint = new URL('/graphql', window.location.href).toString();

async function fetcher(params, options) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  Object.assign(headers, options?.headers ?? {});
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
}

const defaultQuery = `# 县发展改革局牵头的任务，以及每项任务的配合单位
{
  department(name: "发改局") {
    name
    leads(first: 5) {
      totalCount
      nodes { number title supports { name } }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: false }),
);
