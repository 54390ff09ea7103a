/** Reading request bodies and writing JSON answers, for every endpoint of the HTTP server. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';

/** Request bodies above this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * 413, and the connection closes after it: the rest of an oversized body is not worth reading,
 * and a connection whose request was not read to its end cannot carry another request.
 */
function bodyTooLarge(): HttpError {
  return new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`, { connection: 'close' });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The request body as text. A declared or streamed (chunked) size over MAX_BODY_BYTES is refused
 * with 413: the rest of the body is read and dropped while the answer goes out, so the client gets
 * the 413 rather than a reset connection. Bytes that are not UTF-8 are a 400, never replaced
 * silently with U+FFFD.
 */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      reject(bodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off('data', keep);
        chunks.length = 0;
        request.resume();
        reject(bodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', keep);
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      try {
        resolveBody(UTF8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'The request body is not valid UTF-8.'));
      }
    });
    request.on('error', reject);
  });
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export function sendGraphQLErrors(
  response: ServerResponse,
  status: number,
  errors: GraphQLFormattedError[],
  headers: Record<string, string> = {},
) {
  sendJson(
    response,
    status,
    { errors },
    { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers },
  );
}
