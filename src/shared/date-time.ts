/**
 * The `DateTime` scalar: graphql-scalars' RFC 3339 date-time, refusing instants outside
 * 1970-01-01T00:00:00Z … 9999-12-31T23:59:59.999Z (DESIGN.md section 11). Earlier or later dates
 * mean nothing for keys, usage or audit, and some (year 0000) cannot be stored; a refused variable
 * is a 400 BAD_USER_INPUT, a refused literal a 400 GRAPHQL_VALIDATION_FAILED, before any resolver
 * runs. Same name and description as graphql-scalars' scalar, so the SDL does not change.
 *
 * Use this one wherever a `DateTime` field or argument is declared (`@Field(() => DateTimeResolver)`).
 */
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
// biome-ignore lint/style/noRestrictedImports: the one place that wraps it; everything else uses this module.
import { DateTimeResolver as Rfc3339DateTime } from 'graphql-scalars';

export const EARLIEST_DATE_TIME = new Date('1970-01-01T00:00:00.000Z');
export const LATEST_DATE_TIME = new Date('9999-12-31T23:59:59.999Z');

function inRange(value: unknown, node?: ValueNode): Date {
  const date = value as Date;
  if (date.getTime() < EARLIEST_DATE_TIME.getTime() || date.getTime() > LATEST_DATE_TIME.getTime()) {
    throw new GraphQLError(
      `DateTime must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z, not ${date.toISOString()}.`,
      node ? { nodes: node } : {},
    );
  }
  return date;
}

const rfc3339 = Rfc3339DateTime.toConfig();

export const DateTimeResolver = new GraphQLScalarType<Date | string, Date | string>({
  ...rfc3339,
  parseValue: (value) => inRange(rfc3339.parseValue?.(value)),
  parseLiteral: (node, variables) => inRange(rfc3339.parseLiteral?.(node, variables), node),
});
