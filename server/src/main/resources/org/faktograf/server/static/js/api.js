// Calls to the server's REST API. Errors come back as JSON {status, error, message}.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    if (type.includes('json')) {
      try { message = (await response.json()).message || message; } catch (e) { /* keep the status line */ }
    }
    throw new ApiError(response.status, message);
  }
  return type.includes('json') ? response.json() : response.text();
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'сервер не отвечает');
  }
  return parse(response);
}

/** Posts a body (a string or a File) to a path; the answer as JSON or text. */
export async function post(path, body, contentType) {
  let response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'Content-Type': contentType }, body });
  } catch (e) {
    throw new ApiError(0, 'сервер не отвечает');
  }
  return parse(response);
}

/** A message for the reader, in Russian where the status says enough. */
export function describeError(e) {
  if (e instanceof ApiError) {
    if (e.status === 413) return 'Текст слишком большой: сервер принимает до 5 МБ. ' + e.message;
    if (e.status === 404) return 'Не найдено. ' + e.message;
    if (e.status === 0) return 'Сервер не отвечает. Проверьте, что faktograf serve запущен.';
    return `Ошибка ${e.status}: ${e.message}`;
  }
  return 'Ошибка: ' + (e && e.message ? e.message : String(e));
}
