import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../identity/role.js';
import { Vendor } from '../identity/vendor.entity.js';
import type { RequestContext } from '../shared/context.js';
import {
  CreateMarketInput,
  CreateTeamInput,
  CreateVendorInput,
  UpdateMarketInput,
  UpdateTeamInput,
  UpdateVendorInput,
} from './org.inputs.js';
import type { OrgService } from './org.service.js';
import { VendorPayload } from '../identity/identity.types.js';
import { MarketPayload, TeamPayload } from './org.types.js';

/** What the org resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type OrgContext = RequestContext<{ org: OrgService }>;

@Resolver()
export class OrgResolver {
  @Authorized()
  @Query(() => [Vendor], {
    description: 'Vendors you may see: every one for the platform’s staff, your own for a vendor’s people.',
  })
  vendors(@Ctx() ctx: OrgContext) {
    return ctx.services.org.vendors(ctx.viewer!);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VendorPayload, { description: 'Adds a BPO vendor (platform admins).' })
  createVendor(@Arg('input', () => CreateVendorInput) input: CreateVendorInput, @Ctx() ctx: OrgContext) {
    return ctx.services.org.createVendor(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VendorPayload, { description: 'Renames a vendor (platform admins).' })
  updateVendor(@Arg('input', () => UpdateVendorInput) input: UpdateVendorInput, @Ctx() ctx: OrgContext) {
    return ctx.services.org.updateVendor(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MarketPayload, {
    description: 'Adds a market: its code, name, language and time zone (platform admins).',
  })
  createMarket(@Arg('input', () => CreateMarketInput) input: CreateMarketInput, @Ctx() ctx: OrgContext) {
    return ctx.services.org.createMarket(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MarketPayload, { description: "Changes a market's name, language or time zone (its code stays)." })
  updateMarket(@Arg('input', () => UpdateMarketInput) input: UpdateMarketInput, @Ctx() ctx: OrgContext) {
    return ctx.services.org.updateMarket(input);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => TeamPayload, {
    description: "Adds a team in a market: internal or a vendor's (admins); a vendor's QA manager adds their vendor's.",
  })
  createTeam(@Arg('input', () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: OrgContext) {
    return ctx.services.org.createTeam(input);
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => TeamPayload, { description: "Renames a team (a vendor's QA manager: their vendor's)." })
  updateTeam(@Arg('input', () => UpdateTeamInput) input: UpdateTeamInput, @Ctx() ctx: OrgContext) {
    return ctx.services.org.updateTeam(input);
  }
}
