import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Execution by graphql-jit, plugged into Apollo Server through its gateway interface (Apollo Server 4+ has no other
 * way to replace the executor). Apollo still parses, validates, runs the plugins (limits, request records) and
 * formats errors; only the execution of queries changes: each is compiled once into a JavaScript function and run
 * for every later request with the same document. graphql-js's `execute` remains the fallback for an operation that
 * does not compile (none of ours today; a compile failure must never refuse a valid request).
 *
 * Apollo keeps one parsed DocumentNode per query text, so the compiled operations are kept per document (they go
 * with it), then per operation name.
 */
/**
 * graphql-jit's errors are GraphQLErrors whose `extensions` may be left undefined, on which Apollo's error
 * normalisation throws — and a throw there answers "Internal server error" without ever asking formatError. Re-made
 * as ordinary GraphQLErrors, with the same message, path, locations, extensions and the error the resolver threw,
 * they reach formatError like any other.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, locations, extensions } = error as { message: string; path?: readonly (string | number)[]; locations?: unknown; extensions?: Record<string, unknown> };
  const originalError = (error as { originalError?: Error }).originalError ?? (error as unknown as Error);
  const remade = new GraphQLError(message, { ...(path && { path }), originalError, ...(extensions && { extensions }) });
  if (locations !== undefined) Object.assign(remade, { locations });
  return remade;
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (byName === undefined) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      let result: CompiledQuery | ExecutionResult | null;
      try {
        result = compileQuery(schema, document, operationName ?? undefined) as CompiledQuery | ExecutionResult;
      } catch {
        result = null;
      }
      query = result !== null && isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operationName, operation, request, context } = requestContext;
    // The name as asked (Apollo's resolved `operationName` is null when the name named no operation): graphql-js must
    // see the same request to refuse it the same way.
    const plain = () => execute({ schema, document, contextValue: context, variableValues: request.variables ?? null, operationName: request.operationName ?? null });
    // No operation (a name that names none, or several operations and no name): graphql-js answers the error that
    // Apollo turns into OPERATION_RESOLUTION_FAILURE. Mutations keep graphql-js too: they are few and their cost is
    // the write; the read path is what compiling pays for.
    if (operation === undefined || operation.operation !== 'query') return (await plain()) as Awaited<ReturnType<GatewayExecutor>>;
    const query = compiledFor(document, operationName);
    if (query === null) return (await plain()) as Awaited<ReturnType<GatewayExecutor>>;
    // Variables are coerced by graphql-js's rules (graphql-jit does not apply the defaults of nested input fields);
    // variables that do not coerce go to graphql-js, which refuses them exactly as without the compiler.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (coerced.errors !== undefined) return (await plain()) as Awaited<ReturnType<GatewayExecutor>>;
    const result = await query.query(undefined, context, coerced.coerced);
    if (result.errors !== undefined) result.errors = result.errors.map(asGraphQLError);
    return result as Awaited<ReturnType<GatewayExecutor>>;
  };

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
