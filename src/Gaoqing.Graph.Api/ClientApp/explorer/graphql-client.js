// Sends GraphQL requests to the API at /graphql and turns errors into exceptions with readable messages.
export async function request(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new Error('无法连接到服务器，请检查 API 是否在运行。');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`服务器返回了无法解析的响应（HTTP ${response.status}）。`);
  }
  if (body.errors && body.errors.length > 0) {
    throw new Error(body.errors.map((error) => error.message).join('；'));
  }
  if (!body.data) throw new Error(`服务器没有返回数据（HTTP ${response.status}）。`);
  return body.data;
}
