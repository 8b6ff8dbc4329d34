import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestLimits } from '../config';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './shared/page';

const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** How deep the deepest operation of a document nests its fields (fragments followed, cycles cut). */
export function queryDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode, seen: Set<string>): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, fragment.name.value])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}

/** Lists without a `first` argument, by how many items they may hold. */
const LIST_SIZES: Readonly<Record<string, number>> = { bureaus: 100, children: 50, archivists: 10, unitCountByCategory: 5, errors: 20 };

/** A page costs its size times what each item asks for. */
const connectionEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  // Every paginated field takes `first`: whatever its area, a page costs its size times its items.
  if (field.args.some((arg) => arg.name === 'first')) {
    // Beyond the largest page the resolver refuses the request itself, with a clearer error.
    const first = typeof args.first === 'number' ? Math.min(args.first, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(1, first);
  }
  const size = LIST_SIZES[field.name];
  return size === undefined ? undefined : 1 + childComplexity * size;
};

/** No input of the schema nests deeper than a few levels; far deeper variables are refused before they are walked. */
const MAX_VARIABLE_NESTING = 32;

/**
 * The longest string in the variables (file contents skipped), walked without recursion so that hostile nesting
 * cannot exhaust the stack; null when the variables nest deeper than any input could.
 */
function longestString(variables: unknown, skip: (path: string) => boolean): { length: number; path: string } | null {
  let longest = { length: 0, path: '' };
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: variables, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (!skip(path) && value.length > longest.length) longest = { length: value.length, path };
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_VARIABLE_NESTING) return null;
      for (const [key, inner] of Object.entries(value)) stack.push({ value: inner, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return longest;
}

/** A bulk import's file travels in `content`; the request body limit bounds it instead. */
const isFileContent = (path: string) => path.endsWith('.content');

/**
 * Refuses, before execution, operations nested deeper than `maxDepth`, operations that cost more than
 * `maxComplexity` (pages multiply what they hold), and variables with strings longer than `maxStringLength`. (A
 * plugin rather than a validation rule: Apollo gives every validation error its own code.)
 */
/** Costs remembered per document (a client paging with many page sizes starts over past it). */
const COSTS_KEPT_PER_DOCUMENT = 256;

export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  /** Depth and costs already measured, per parsed document (gone with it). */
  const measured = new WeakMap<DocumentNode, { depth: number; complexity: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let known = measured.get(document); // Apollo keeps one parsed document per query text
          if (known === undefined) measured.set(document, (known = { depth: queryDepth(document), complexity: new Map() }));
          const depth = known.depth;
          if (depth > limits.maxDepth) {
            throw refuse(`The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed`, 'QUERY_TOO_DEEP');
          }
          const longest = longestString(request.variables ?? {}, isFileContent);
          if (longest === null) throw refuse(`The variables nest deeper than ${MAX_VARIABLE_NESTING} levels`, 'INPUT_TOO_DEEP');
          if (longest.length > limits.maxStringLength) {
            throw refuse(`The variable ${longest.path} is longer than ${limits.maxStringLength} characters`, 'INPUT_TOO_LONG');
          }
          // The cost depends on the document, the operation and the variables (page sizes): the same three cost the same.
          const costKey = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let complexity = known.complexity.get(costKey);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                ...(request.operationName ? { operationName: request.operationName } : {}),
                estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not coerce (a bad date, a wrong enum): execution refuses them with BAD_USER_INPUT.
              return;
            }
            if (known.complexity.size >= COSTS_KEPT_PER_DOCUMENT) known.complexity.clear();
            known.complexity.set(costKey, complexity);
          }
          if (complexity > limits.maxComplexity) {
            throw refuse(`The query's complexity is ${complexity}; at most ${limits.maxComplexity} is allowed`, 'QUERY_TOO_COMPLEX');
          }
        },
      };
    },
  };
}
