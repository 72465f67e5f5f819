import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/*
 * One hook per mutation of signing in without a password yet: joining from an invitation,
 * resetting a password, asking for a reset link, and ending every session. Each answer is a
 * new session or none, so there is no cached list to amend: the token store's change clears
 * or refills the cache (app/apollo-client.ts).
 */

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      name
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      expiresAt
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      token
      expiresAt
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      signedOut
    }
  }
`);

/** Sets the invited person's password; the answer is a session like signIn's. */
export const useAcceptInvitation = () => useMutation(AcceptInvitationMutation);

/** Sets a new password from a reset link; the answer is a session like signIn's. */
export const useResetPassword = () => useMutation(ResetPasswordMutation);

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export const useRequestPasswordReset = () => useMutation(RequestPasswordResetMutation);

/** Ends every sign-in of the account, this one included; the caller then signs out here. */
export const useSignOutEverywhere = () => useMutation(SignOutEverywhereMutation);
