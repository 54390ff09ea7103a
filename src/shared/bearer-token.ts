/** The token of an `Authorization: Bearer` header: undefined without one, null when malformed. */
export function bearerTokenOf(header: string | undefined): string | null | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match ? (match[1] as string) : null;
}
