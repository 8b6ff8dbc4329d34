/**
 * Domain and application errors with stable codes. Only graphql/formatError.ts turns them into GraphQL
 * errors; the codes are part of the API contract and never change meaning.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    /** Machine-readable reason, e.g. DUPLICATE_CREDIT_CODE; stable like the code. */
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule of form or of the domain. `field` names the offending input. */
export class ValidationError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, readonly field: string, reason = 'INVALID', details: Record<string, unknown> = {}) {
    super(message, reason, { field, ...details });
  }
}

/** A domain rule that the current state forbids (e.g. acting on a deregistered unit). */
export class RuleViolation extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
  constructor(message: string, reason = 'NOT_FOUND', details: Record<string, unknown> = {}) {
    super(message, reason, details);
  }
}

/** Concurrency (revision mismatch), duplicates and idempotency-key conflicts. */
export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/** The actor's role or scope does not allow the act. */
export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
}

export class ServiceUnavailableError extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
}

/** The compiler proves a switch exhaustive; at run time an unknown case is a bug. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
