import { graphql } from '../../gql';

/** A vendor's row: its name and whether its people may sign in with a password. */
export const VendorRow_vendor = graphql(`
  fragment VendorRow_vendor on Vendor {
    id
    name
    passwordSignIn
  }
`);

/** A market's row: code, name, language and time zone. */
export const MarketRow_market = graphql(`
  fragment MarketRow_market on Market {
    id
    code
    name
    language
    timeZone
  }
`);

/** A team's row: its market, its vendor (none: internal) and its lead. */
export const TeamRow_team = graphql(`
  fragment TeamRow_team on Team {
    id
    name
    kind
    market {
      id
      code
      name
    }
    vendor {
      id
      name
    }
    lead {
      id
      name
      email
    }
  }
`);

/**
 * Everything the organisation page shows: the viewer (a vendor's QA manager sees their vendor's
 * teams only), vendors, markets and teams, each in the server's order.
 */
export const OrganisationQuery = graphql(`
  query Organisation {
    me {
      id
      role
      team {
        id
        vendor {
          id
          name
        }
      }
    }
    vendors {
      id
      ...VendorRow_vendor @unmask
    }
    markets {
      id
      ...MarketRow_market @unmask
    }
    teams {
      id
      ...TeamRow_team @unmask
    }
  }
`);

/** A team's members, to choose its lead from. */
export const TeamMembersQuery = graphql(`
  query TeamMembers($teamId: ID!) {
    users(filter: { teamId: $teamId, active: true }, page: { first: 200 }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);
