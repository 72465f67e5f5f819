import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../identity/role.js';
import type { RequestContext } from '../shared/context.js';
import type { SsoService } from './sso.service.js';
import { VendorPayload } from '../identity/identity.types.js';
import { SetVendorPasswordSignInInput, SignInOptions } from './sso.types.js';

/** What the SSO resolvers read from the request's context; the module declares it. */
export type SsoContext = RequestContext<{ sso: SsoService }>;

@Resolver()
export class SsoResolver {
  @Query(() => SignInOptions, { description: 'How one may sign in: asked by the sign-in page, before signing in.' })
  signInOptions(@Ctx() ctx: SsoContext) {
    return ctx.services.sso.signInOptions();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VendorPayload, {
    description: "Switches password sign-in on or off for a vendor's people (off: they sign in by SSO only).",
  })
  setVendorPasswordSignIn(
    @Arg('input', () => SetVendorPasswordSignInInput) input: SetVendorPasswordSignInInput,
    @Ctx() ctx: SsoContext,
  ) {
    return ctx.services.sso.setVendorPasswordSignIn(input);
  }
}
