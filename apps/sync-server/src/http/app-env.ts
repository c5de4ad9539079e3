import type { Actor, SessionUser } from '@registry/domain';

/** The signed-in person of a request: what the domain's permission rules need, plus who they are. */
export type RequestActor = Actor & SessionUser;

/** Hono's typed context of an authenticated request, set by the requireAuth middleware. */
export interface AuthedEnv {
  Variables: {
    actor: RequestActor;
    /** sha256 of the bearer token: identifies the session without holding the token itself. */
    tokenHash: string;
  };
}
