import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { AppError, ForbiddenError, UnauthenticatedError } from '../domain/shared/errors';

/**
 * The one place where thrown things become GraphQL errors. Our errors keep their stable code, reason and
 * details; GraphQL's own (validation, parsing, variable coercion) keep Apollo's codes; anything else is an
 * INTERNAL_SERVER_ERROR whose message leaks nothing. Never throws.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
    const original = appErrorIn(error);
    if (original) {
      return {
        message: original.message,
        ...(formatted.locations && { locations: formatted.locations }),
        ...(formatted.path && { path: formatted.path }),
        extensions: { code: original.code, reason: original.reason, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      // Apollo's and graphql-js's own errors: their message speaks about the request, not our internals.
      return { message: formatted.message, ...(formatted.locations && { locations: formatted.locations }), extensions: { code } };
    }
    return {
      message: 'Internal server error',
      ...(formatted.path && { path: formatted.path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  } catch {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

/** Our error, wherever graphql-js or Apollo wrapped it (resolvers, the context function). */
function appErrorIn(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AppError) return current;
    // @Authorized refused the role: our FORBIDDEN, not type-graphql's own code.
    if (current instanceof AuthorizationError) return new ForbiddenError('The role may not use this field', 'ROLE_NOT_ALLOWED');
    if (current instanceof AuthenticationError) return new UnauthenticatedError('An authenticated actor is required', 'ACTOR_REQUIRED');
    // Not only graphql-js's GraphQLError wraps: graphql-jit's own error class does too, and Apollo wraps what it
    // does not recognise; each keeps what it wrapped as `originalError`.
    current = typeof current === 'object' ? (current as { originalError?: unknown }).originalError : undefined;
  }
  return undefined;
}
