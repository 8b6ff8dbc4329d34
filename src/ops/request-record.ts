import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';

/**
 * What the request log line and the metrics say about one HTTP request. The HTTP layer makes it when the request
 * arrives; for /graphql, the Apollo plugin below fills in the operation and the error codes.
 */
export interface RequestRecord {
  requestId: string;
  /** Goes into the metadata of every event the request appends (the client's x-correlation-id, or the request id). */
  correlationId: string;
  method: string;
  /** The path without the query string, or '(other)' for a path nothing serves (a bounded label). */
  route: string;
  /** Bounded label: `query unit`, `mutation registerUnit`, `query (several)`, `graphql (unresolved)`, or the route. */
  operation: string;
  /** The client's operation name, when it is a valid GraphQL name (logged, never a metric label). */
  operationName?: string;
  /** The actor's role once authenticated (no subject: logs carry no personal data). */
  role?: string;
  errorCodes: string[];
}

/**
 * Where a context carries its request's record. A symbol-keyed own property, because Apollo hands plugins a
 * shallow copy of the context (Object.assign copies symbol keys; a WeakMap keyed on the original would miss).
 */
const RECORD = Symbol('aol.requestRecord');

/** Ties a GraphQL context to its request's record, so that the plugin finds it. */
export function attachRecord(context: object, record: RequestRecord): void {
  (context as Record<symbol, RequestRecord>)[RECORD] = record;
}

function recordOf(context: object): RequestRecord | undefined {
  return (context as Record<symbol, RequestRecord | undefined>)[RECORD];
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** A code fit for a log field and a metric label: formatError's codes pass, anything else is OTHER. */
export function boundedCode(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}

/**
 * The operation label: its type and its root field, both from the schema (validation ran before this), so the
 * label set is bounded whatever clients send; an operation's own name is the client's and is only logged.
 */
export function operationLabel(operation: OperationDefinitionNode): string {
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === 'Field') fields.add(selection.name.value);
    else fields.add('(fragment)');
  }
  const [only] = fields;
  return `${operation.operation} ${fields.size === 1 && only !== undefined ? only : '(several)'}`;
}

export function requestRecordPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart(start) {
      const record = recordOf(start.contextValue);
      if (!record) return;
      record.operation = 'graphql (unresolved)';
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation) record.operation = operationLabel(operation);
          if (operationName && GRAPHQL_NAME.test(operationName)) record.operationName = operationName;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of errors ?? []) record.errorCodes.push(boundedCode(error.extensions?.code));
        },
      };
    },
  };
}
