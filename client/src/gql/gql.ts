/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n      }\n      ...ProfileCard_user\n    }\n    markets {\n      id\n      ...MarketList_market\n    }\n    teams {\n      id\n      ...TeamList_team\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  fragment MarketList_market on Market {\n    id\n    code\n    name\n  }\n': typeof types.MarketList_MarketFragmentDoc;
  '\n  fragment ProfileCard_user on User {\n    email\n    role\n    market {\n      id\n      code\n      name\n    }\n    team {\n      id\n      name\n      kind\n      vendor {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ProfileCard_UserFragmentDoc;
  '\n  fragment TeamList_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n    }\n    vendor {\n      id\n      name\n    }\n  }\n': typeof types.TeamList_TeamFragmentDoc;
  '\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n': typeof types.AppShellDocument;
  '\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n': typeof types.UserSummary_UserFragmentDoc;
};
const documents: Documents = {
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n      }\n      ...ProfileCard_user\n    }\n    markets {\n      id\n      ...MarketList_market\n    }\n    teams {\n      id\n      ...TeamList_team\n    }\n  }\n':
    types.DashboardDocument,
  '\n  fragment MarketList_market on Market {\n    id\n    code\n    name\n  }\n': types.MarketList_MarketFragmentDoc,
  '\n  fragment ProfileCard_user on User {\n    email\n    role\n    market {\n      id\n      code\n      name\n    }\n    team {\n      id\n      name\n      kind\n      vendor {\n        id\n        name\n      }\n    }\n  }\n':
    types.ProfileCard_UserFragmentDoc,
  '\n  fragment TeamList_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n    }\n    vendor {\n      id\n      name\n    }\n  }\n':
    types.TeamList_TeamFragmentDoc,
  '\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n': types.AppShellDocument,
  '\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n':
    types.UserSummary_UserFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n      }\n      ...ProfileCard_user\n    }\n    markets {\n      id\n      ...MarketList_market\n    }\n    teams {\n      id\n      ...TeamList_team\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard {\n    me {\n      id\n      name\n      role\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n      }\n      ...ProfileCard_user\n    }\n    markets {\n      id\n      ...MarketList_market\n    }\n    teams {\n      id\n      ...TeamList_team\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MarketList_market on Market {\n    id\n    code\n    name\n  }\n',
): (typeof documents)['\n  fragment MarketList_market on Market {\n    id\n    code\n    name\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileCard_user on User {\n    email\n    role\n    market {\n      id\n      code\n      name\n    }\n    team {\n      id\n      name\n      kind\n      vendor {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProfileCard_user on User {\n    email\n    role\n    market {\n      id\n      code\n      name\n    }\n    team {\n      id\n      name\n      kind\n      vendor {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamList_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n    }\n    vendor {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamList_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n    }\n    vendor {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n',
): (typeof documents)['\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
