// The policy operations the policy tests send.

export const CREATE = `mutation($input: CreatePolicyInput!) {
  createPolicy(input: $input) { policy { id key title area description } draft { id number status labels { key } body } }
}`;
export const UPDATE_POLICY =
  'mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { id title area description } } }';
export const NEW_VERSION = `mutation($input: CreatePolicyVersionInput!) {
  createPolicyVersion(input: $input) { version { id number status body changeSummary effectiveDate labels { key name description severity } } }
}`;
export const UPDATE_VERSION = `mutation($input: UpdatePolicyVersionInput!) {
  updatePolicyVersion(input: $input) { version { id status body changeSummary effectiveDate labels { key name description severity } } }
}`;
export const PUBLISH = `mutation($input: PublishPolicyVersionInput!) {
  publishPolicyVersion(input: $input) { version { id status publishedAt publishedBy { email } } }
}`;
export const RETIRE =
  'mutation($input: RetirePolicyVersionInput!) { retirePolicyVersion(input: $input) { version { id status retiredAt } } }';
export const DISCARD = `mutation($input: DiscardPolicyVersionInput!) {
  discardPolicyVersion(input: $input) { discardedVersionId policy { versions { number } } }
}`;
export const ACKNOWLEDGE = `mutation($input: AcknowledgePolicyVersionInput!) {
  acknowledgePolicyVersion(input: $input) { acknowledgement { acknowledgedAt user { email } } version { myAcknowledgement { acknowledgedAt } } }
}`;
export const ADD_FAQ = `mutation($input: AddFaqEntryInput!) {
  addFaqEntry(input: $input) { entry { id position question answer createdBy { email } } version { faq { position question } } }
}`;
export const REMOVE_FAQ =
  'mutation($input: RemoveFaqEntryInput!) { removeFaqEntry(input: $input) { removedEntryId version { faq { question } } } }';
export const VERSION = 'query($id: ID!) { policyVersion(id: $id) { id number status labels { key } } }';
export const DIFF = `query($from: ID!, $to: ID!) { policyVersionDiff(fromId: $from, toId: $to) {
  from { number } to { number } bodyChanged labelsUnchanged
  labelsAdded { key name severity } labelsRemoved { key } labelsChanged { key fields before { name severity } after { name severity } }
  bodyDiff { kind text oldNumber newNumber }
} }`;
export const REPORT = `query($id: ID!) { policyVersion(id: $id) { acknowledgements {
  acknowledgedCount pendingCount
  markets { market { code } acknowledgedCount pendingCount acknowledged { user { email } acknowledgedAt } pending { email } }
} } }`;
