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
  '\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n': typeof types.AppShellDocument;
  '\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n': typeof types.UserSummary_UserFragmentDoc;
  '\n  query AnalyticsOptions {\n    analyticsOptions {\n      markets {\n        id\n        code\n        name\n      }\n      vendors {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n      policies {\n        id\n        title\n      }\n      policyVersions {\n        id\n        number\n        policy {\n          id\n        }\n      }\n      facilitators {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AnalyticsOptionsDocument;
  '\n  query AnalyticsComparisons(\n    $filter: AnalyticsFilter\n    $versionFilter: AnalyticsFilter\n    $policyId: ID!\n    $withPolicy: Boolean!\n  ) {\n    vendorComparison(filter: $filter) {\n      vendor {\n        id\n        name\n      }\n      items\n      votes\n      correctVotes\n      accuracy {\n        value\n        reason\n      }\n      percentAgreement {\n        value\n        reason\n      }\n    }\n    policyVersionComparison(policyId: $policyId, filter: $versionFilter) @include(if: $withPolicy) {\n      policyVersion {\n        id\n        number\n        effectiveDate\n      }\n      ...AnalyticsFigures\n    }\n  }\n': typeof types.AnalyticsComparisonsDocument;
  '\n  query AnalyticsDrillDowns($filter: AnalyticsFilter) {\n    contestedItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      percentAgreement\n      majority\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n    }\n    divergentItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      divergence\n      markets {\n        market {\n          id\n          code\n        }\n        votes\n        majority\n        majorityShare\n        matchesGold\n      }\n    }\n    confusedLabelPairs(filter: $filter, limit: 15) {\n      policy {\n        id\n        title\n        currentVersion {\n          id\n          labels {\n            key\n            name\n          }\n        }\n      }\n      labelA\n      labelB\n      disagreements\n      share\n      goldAChoseB\n      goldBChoseA\n    }\n    marketDrift(filter: $filter) {\n      market {\n        id\n        code\n      }\n      policy {\n        id\n        title\n      }\n      goldVotes\n      accuracy {\n        value\n        reason\n      }\n      otherMarketsAccuracy {\n        value\n        reason\n      }\n      drift\n      majorityMatchesGold {\n        value\n        reason\n      }\n    }\n  }\n': typeof types.AnalyticsDrillDownsDocument;
  '\n  fragment AnalyticsFigures on AgreementRateRow {\n    sessions\n    items\n    votes\n    percentAgreement {\n      value\n      reason\n    }\n    fleissKappa {\n      value\n      reason\n      band\n    }\n    krippendorffAlpha {\n      value\n      reason\n      band\n    }\n    gwetAC1 {\n      value\n      reason\n      band\n    }\n    accuracy {\n      value\n      reason\n    }\n  }\n': typeof types.AnalyticsFiguresFragmentDoc;
  '\n  query AnalyticsParticipants($filter: AnalyticsFilter, $threshold: Float) {\n    lowAccuracyParticipants(filter: $filter, threshold: $threshold, limit: 50) {\n      user {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      team {\n        id\n        name\n      }\n      sessions\n      goldVotes\n      correctVotes\n      accuracy\n    }\n  }\n': typeof types.AnalyticsParticipantsDocument;
  '\n  query AnalyticsRates($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!], $interval: AgreementTrendInterval) {\n    agreementRates(filter: $filter, groupBy: $groupBy, interval: $interval) {\n      total {\n        ...AnalyticsFigures\n      }\n      trend {\n        period\n        ...AnalyticsFigures\n      }\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        policyVersion {\n          id\n          number\n          policy {\n            id\n            title\n          }\n        }\n        vendor {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        facilitator {\n          id\n          name\n        }\n        period\n        ...AnalyticsFigures\n      }\n    }\n    heatMap: agreementRates(filter: $filter, groupBy: [MARKET, POLICY]) {\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        ...AnalyticsFigures\n      }\n    }\n  }\n': typeof types.AnalyticsRatesDocument;
  '\n  fragment AuditLogEntry_entry on AuditLogEntry {\n    id\n    at\n    action\n    ip\n    targetType\n    targetLabel\n    actor {\n      id\n      name\n      email\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n': typeof types.AuditLogEntry_EntryFragmentDoc;
  '\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditLogEntry_entry\n        }\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query AuditLogActors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n': typeof types.AuditLogActorsDocument;
  '\n  mutation ExportAuditLog($input: ExportAuditLogInput!) {\n    exportAuditLog(input: $input) {\n      csv\n      rowCount\n    }\n  }\n': typeof types.ExportAuditLogDocument;
  '\n  fragment AppealHistory_appeal on Appeal {\n    id\n    status\n    reason\n    decisionNote\n    createdAt\n    decidedAt\n    appellant {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n': typeof types.AppealHistory_AppealFragmentDoc;
  '\n  fragment AppealCard_appeal on Appeal {\n    id\n    ...AppealHistory_appeal @unmask\n    audit {\n      id\n      queue\n      verdict\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      expectedLabel\n      expectedTaxonomyLabel {\n        key\n        name\n      }\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n      }\n    }\n  }\n': typeof types.AppealCard_AppealFragmentDoc;
  '\n  query Appeals($filter: AppealsFilter, $first: Int!) {\n    appeals(filter: $filter, first: $first) {\n      id\n      ...AppealCard_appeal @unmask\n    }\n  }\n': typeof types.AppealsDocument;
  '\n  query AuditForm($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      day\n      queue\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      verdict\n      expectedLabel\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n        name\n      }\n      policy {\n        id\n        title\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        decidedAt\n        policyVersion {\n          id\n          number\n          labels {\n            key\n            name\n            description\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuditFormDocument;
  '\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealCard_appeal @unmask\n        audit {\n          id\n          canAppeal\n          appeal {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.FileAppealDocument;
  '\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealHistory_appeal @unmask\n        audit {\n          id\n          overturned\n          countsAgainstModerator\n        }\n      }\n    }\n  }\n': typeof types.DecideAppealDocument;
  '\n  mutation SubmitAudit($input: SubmitAuditInput!) {\n    submitAudit(input: $input) {\n      audit {\n        id\n        status\n        verdict\n        expectedLabel\n        expectedTaxonomyLabel {\n          key\n          name\n        }\n        errorCategory\n        feedback\n        auditedAt\n        auditor {\n          id\n          name\n        }\n        countsAgainstModerator\n        appealDeadline\n        canAppeal\n      }\n    }\n  }\n': typeof types.SubmitAuditDocument;
  '\n  mutation ClaimAudit($input: ClaimAuditInput!) {\n    claimAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ClaimAuditDocument;
  '\n  mutation AssignAudit($input: AssignAuditInput!) {\n    assignAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AssignAuditDocument;
  '\n  mutation CreateSamplingPlan($input: CreateSamplingPlanInput!) {\n    createSamplingPlan(input: $input) {\n      plan {\n        id\n        createdAt\n        ...PlanRow_plan\n      }\n    }\n  }\n': typeof types.CreateSamplingPlanDocument;
  '\n  mutation SetSamplingPlanActive($input: SetSamplingPlanActiveInput!) {\n    setSamplingPlanActive(input: $input) {\n      plan {\n        id\n        active\n      }\n    }\n  }\n': typeof types.SetSamplingPlanActiveDocument;
  '\n  mutation RunSamplingPlan($input: RunSamplingPlanInput!) {\n    runSamplingPlan(input: $input) {\n      run {\n        id\n        day\n        candidates\n        drawn\n        createdAt\n      }\n    }\n  }\n': typeof types.RunSamplingPlanDocument;
  '\n  query AuditQueue {\n    me {\n      id\n      role\n    }\n    audits(filter: { status: PENDING }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          decidedLabel\n          plan {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n            text\n            sensitivityTags\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuditQueueDocument;
  '\n  query Auditors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n': typeof types.AuditorsDocument;
  '\n  query MyTeam {\n    me {\n      id\n      leadsTeam {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MyTeamDocument;
  '\n  query MyAudits($teamId: ID) {\n    audits(filter: { status: COMPLETED, teamId: $teamId }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          verdict\n          decidedLabel\n          decidedTaxonomyLabel {\n            key\n            name\n          }\n          expectedLabel\n          expectedTaxonomyLabel {\n            key\n            name\n          }\n          errorCategory\n          feedback\n          auditedAt\n          countsAgainstModerator\n          appealDeadline\n          canAppeal\n          moderator {\n            id\n            name\n          }\n          auditor {\n            id\n            name\n          }\n          policy {\n            id\n            title\n          }\n          case {\n            id\n            externalId\n            contentType\n            text\n            mediaUrl\n            sensitivityTags\n          }\n          appeal {\n            id\n            ...AppealHistory_appeal @unmask\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyAuditsDocument;
  "\n  fragment PlanRow_plan on SamplingPlan {\n    id\n    name\n    queue\n    rate\n    countPerDay\n    stratifyByDecision\n    seed\n    active\n    createdAt\n    # Newest first; the page shows a few and all of them on demand (the server's cap: 200).\n    runs(first: 200) {\n      id\n      day\n      candidates\n      drawn\n      createdAt\n    }\n    market {\n      id\n      code\n    }\n    team {\n      id\n      name\n    }\n    moderator {\n      id\n      name\n    }\n  }\n": typeof types.PlanRow_PlanFragmentDoc;
  '\n  query DrawnAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          queue\n          decidedLabel\n          verdict\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n': typeof types.DrawnAuditsDocument;
  '\n  query SamplingPlans {\n    samplingPlans {\n      id\n      ...PlanRow_plan\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    caseQueues\n    users(filter: { role: MODERATOR }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.SamplingPlansDocument;
  '\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      market {\n        id\n        code\n        name\n      }\n    }\n  }\n': typeof types.AccountDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      signedOut\n    }\n  }\n': typeof types.SignOutEverywhereDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n': typeof types.SignInOptionsDocument;
  '\n  query BriefingQuestion($id: ID!) {\n    briefingQuestion(id: $id) {\n      id\n      ...QuestionCard_question\n    }\n  }\n': typeof types.BriefingQuestionDocument;
  '\n  subscription BriefingEvents($briefingId: ID!) {\n    briefingEvents(briefingId: $briefingId) {\n      __typename\n      ... on BriefingStarted {\n        briefingId\n      }\n      ... on BriefingEnded {\n        briefingId\n      }\n      ... on BriefingThreadClosed {\n        briefingId\n      }\n      ... on BriefingUpdated {\n        briefingId\n      }\n      ... on BriefingQuestionAsked {\n        questionId\n      }\n      ... on BriefingQuestionUpvoted {\n        questionId\n        upvoteCount\n      }\n      ... on BriefingQuestionReplied {\n        questionId\n        replyId\n      }\n      ... on BriefingReplyHiddenChanged {\n        questionId\n        replyId\n      }\n      ... on BriefingQuestionStatusChanged {\n        questionId\n        status\n        pinned\n        hidden\n        dismissalReason\n        officialAnswerId\n        promotedToFaq\n      }\n      ... on BriefingPresenceChanged {\n        presence {\n          total\n          markets {\n            market\n            count\n          }\n        }\n      }\n      ... on BriefingAcknowledgementsChanged {\n        acknowledgements {\n          acknowledged\n          audience\n          markets {\n            market\n            acknowledged\n            audience\n          }\n        }\n      }\n    }\n  }\n': typeof types.BriefingEventsDocument;
  '\n  fragment BriefingListRow_briefing on Briefing {\n    id\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    threadClosed\n    canPresent\n    presenter {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    audienceMarkets {\n      id\n      code\n      name\n    }\n  }\n': typeof types.BriefingListRow_BriefingFragmentDoc;
  '\n  query BriefingList($first: Int!) {\n    me {\n      id\n      role\n    }\n    briefings(first: $first) {\n      id\n      ...BriefingListRow_briefing @unmask\n    }\n  }\n': typeof types.BriefingListDocument;
  '\n  mutation AskBriefingQuestion($input: AskBriefingQuestionInput!) {\n    askBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n': typeof types.AskBriefingQuestionDocument;
  '\n  mutation StartBriefing($input: StartBriefingInput!) {\n    startBriefing(input: $input) {\n      briefing {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n': typeof types.StartBriefingDocument;
  '\n  mutation EndBriefing($input: EndBriefingInput!) {\n    endBriefing(input: $input) {\n      briefing {\n        id\n        status\n        endedAt\n      }\n    }\n  }\n': typeof types.EndBriefingDocument;
  '\n  mutation CloseBriefingThread($input: CloseBriefingThreadInput!) {\n    closeBriefingThread(input: $input) {\n      briefing {\n        id\n        threadClosed\n        threadClosedAt\n      }\n    }\n  }\n': typeof types.CloseBriefingThreadDocument;
  '\n  mutation PinBriefingQuestion($input: PinBriefingQuestionInput!) {\n    pinBriefingQuestion(input: $input) {\n      question {\n        id\n        pinned\n      }\n    }\n  }\n': typeof types.PinBriefingQuestionDocument;
  '\n  mutation MarkBriefingQuestionAnswered($input: MarkBriefingQuestionAnsweredInput!) {\n    markBriefingQuestionAnswered(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n': typeof types.MarkBriefingQuestionAnsweredDocument;
  '\n  mutation ReopenBriefingQuestion($input: ReopenBriefingQuestionInput!) {\n    reopenBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n': typeof types.ReopenBriefingQuestionDocument;
  '\n  mutation PromoteBriefingQuestion($input: PromoteBriefingQuestionInput!) {\n    promoteBriefingQuestionToFaq(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n      faqEntry {\n        id\n        position\n        question\n        answer\n      }\n    }\n  }\n': typeof types.PromoteBriefingQuestionDocument;
  '\n  mutation ReplyToBriefingQuestion($input: ReplyToBriefingQuestionInput!) {\n    replyToBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n': typeof types.ReplyToBriefingQuestionDocument;
  '\n  mutation DismissBriefingQuestion($input: DismissBriefingQuestionInput!) {\n    dismissBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n': typeof types.DismissBriefingQuestionDocument;
  '\n  mutation UpvoteBriefingQuestion($input: UpvoteBriefingQuestionInput!) {\n    upvoteBriefingQuestion(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n': typeof types.UpvoteBriefingQuestionDocument;
  '\n  mutation RemoveBriefingUpvote($input: RemoveBriefingUpvoteInput!) {\n    removeBriefingUpvote(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n': typeof types.RemoveBriefingUpvoteDocument;
  '\n  mutation SetBriefingOfficialAnswer($input: SetBriefingOfficialAnswerInput!) {\n    setBriefingOfficialAnswer(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n': typeof types.SetBriefingOfficialAnswerDocument;
  '\n  mutation SetBriefingReplyHidden($input: SetBriefingReplyHiddenInput!) {\n    setBriefingReplyHidden(input: $input) {\n      reply {\n        id\n        hidden\n        hiddenReason\n      }\n      question {\n        id\n        replyCount\n      }\n    }\n  }\n': typeof types.SetBriefingReplyHiddenDocument;
  '\n  mutation AcknowledgeBriefingVersion($input: AcknowledgeBriefingVersionInput!) {\n    acknowledgeBriefingVersion(input: $input) {\n      briefing {\n        id\n        policyVersion {\n          id\n          myAcknowledgement {\n            id\n            acknowledgedAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.AcknowledgeBriefingVersionDocument;
  '\n  mutation ScheduleBriefing($input: ScheduleBriefingInput!) {\n    scheduleBriefing(input: $input) {\n      briefing {\n        id\n        ...BriefingListRow_briefing @unmask\n      }\n    }\n  }\n': typeof types.ScheduleBriefingDocument;
  '\n  query BriefingRoom($id: ID!, $first: Int!) {\n    me {\n      id\n      role\n    }\n    briefing(id: $id) {\n      id\n      title\n      status\n      scheduledAt\n      startedAt\n      endedAt\n      threadClosed\n      threadClosedAt\n      notes\n      canPresent\n      presenter {\n        id\n        name\n      }\n      audienceMarkets {\n        id\n        code\n        name\n      }\n      policyVersion {\n        id\n        number\n        status\n        changeSummary\n        policy {\n          id\n          title\n        }\n        myAcknowledgement {\n          id\n          acknowledgedAt\n        }\n      }\n      presence {\n        total\n        markets {\n          market\n          count\n        }\n      }\n      acknowledgements {\n        acknowledged\n        audience\n        markets {\n          market\n          acknowledged\n          audience\n        }\n      }\n      questions(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            ...QuestionCard_question\n          }\n        }\n      }\n    }\n  }\n': typeof types.BriefingRoomDocument;
  '\n  fragment QuestionCard_question on BriefingQuestion {\n    id\n    briefingId\n    text\n    anonymous\n    createdAt\n    upvoteCount\n    upvotedByMe\n    mine\n    status\n    pinned\n    hidden\n    dismissalReason\n    answeredAt\n    author {\n      id\n      name\n    }\n    authorMarket {\n      id\n      code\n    }\n    replyCount\n    replies {\n      id\n      text\n      createdAt\n      mine\n      byPresenter\n      official\n      hidden\n      hiddenReason\n      author {\n        id\n        name\n      }\n      authorMarket {\n        id\n        code\n      }\n    }\n    officialAnswer {\n      id\n    }\n    faqEntry {\n      id\n    }\n  }\n': typeof types.QuestionCard_QuestionFragmentDoc;
  '\n  query ScheduleBriefingOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n': typeof types.ScheduleBriefingOptionsDocument;
  '\n  fragment GoldChallenges_challenge on GoldChallenge {\n    id\n    status\n    reason\n    goldAtChallenge\n    newGold\n    resolutionNote\n    createdAt\n    raisedBy {\n      id\n      name\n    }\n  }\n': typeof types.GoldChallenges_ChallengeFragmentDoc;
  '\n  fragment ItemContent_case on Case {\n    id\n    externalId\n    contentType\n    text\n    mediaUrl\n    sensitivityTags\n    queue\n    market {\n      id\n      code\n    }\n  }\n': typeof types.ItemContent_CaseFragmentDoc;
  '\n  fragment LiveTally_tally on Tally {\n    itemId\n    version\n    voted\n    abstained\n    eligible\n    distribution {\n      label\n      count\n    }\n  }\n': typeof types.LiveTally_TallyFragmentDoc;
  '\n  fragment LiveReveal_vote on RevealedVote {\n    participantName\n    market\n    label\n    rationale\n  }\n': typeof types.LiveReveal_VoteFragmentDoc;
  '\n  fragment LiveTally_item on CalibrationItem {\n    id\n    tally {\n      ...LiveTally_tally @unmask\n    }\n  }\n': typeof types.LiveTally_ItemFragmentDoc;
  '\n  fragment LiveReveal_item on CalibrationItem {\n    id\n    state\n    gold\n    tally {\n      ...LiveTally_tally @unmask\n    }\n    votes {\n      ...LiveReveal_vote @unmask\n    }\n  }\n': typeof types.LiveReveal_ItemFragmentDoc;
  '\n  fragment LiveMyVote_item on CalibrationItem {\n    id\n    myVote {\n      label\n      abstained\n      rationale\n      version\n    }\n  }\n': typeof types.LiveMyVote_ItemFragmentDoc;
  '\n  query NewCalibrationSessionOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n    caseQueues\n  }\n': typeof types.NewCalibrationSessionOptionsDocument;
  '\n  query NewCalibrationSessionCases($filter: CasesFilter) {\n    cases(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          externalId\n          text\n          contentType\n          queue\n          decision\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n': typeof types.NewCalibrationSessionCasesDocument;
  '\n  subscription CalibrationSessionEvents($sessionId: ID!) {\n    sessionEvents(sessionId: $sessionId) {\n      __typename\n      ... on PresenceChanged {\n        total\n        markets {\n          market\n          count\n        }\n        present {\n          userId\n          name\n          market\n          participant\n        }\n      }\n      ... on SessionStarted {\n        sessionId\n      }\n      ... on ItemOpened {\n        itemId\n        position\n      }\n      ... on TallyUpdated {\n        tally {\n          ...LiveTally_tally @unmask\n        }\n      }\n      ... on ItemRevealed {\n        itemId\n        gold\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        votes {\n          ...LiveReveal_vote @unmask\n        }\n      }\n      ... on SessionClosed {\n        resultVersion\n      }\n      ... on GoldChanged {\n        itemId\n        newGold\n        resultVersion\n      }\n    }\n  }\n': typeof types.CalibrationSessionEventsDocument;
  '\n  fragment SessionRow_session on CalibrationSession {\n    id\n    title\n    status\n    mode\n    scheduledAt\n    startedAt\n    closedAt\n    canDrive\n    isParticipant\n    facilitator {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    invitedMarkets {\n      id\n      code\n    }\n    items {\n      id\n    }\n    participants {\n      id\n    }\n  }\n': typeof types.SessionRow_SessionFragmentDoc;
  '\n  query CalibrationSessions($first: Int!) {\n    me {\n      id\n      role\n    }\n    calibrationSessions(first: $first) {\n      id\n      status\n      scheduledAt\n      ...SessionRow_session\n    }\n  }\n': typeof types.CalibrationSessionsDocument;
  '\n  mutation CreateCalibrationSession($input: CreateCalibrationSessionInput!) {\n    createCalibrationSession(input: $input) {\n      session {\n        id\n        title\n        status\n      }\n    }\n  }\n': typeof types.CreateCalibrationSessionDocument;
  '\n  mutation StartCalibrationSession($input: StartCalibrationSessionInput!) {\n    startCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n': typeof types.StartCalibrationSessionDocument;
  '\n  mutation OpenCalibrationItem($input: OpenCalibrationItemInput!) {\n    openCalibrationItem(input: $input) {\n      item {\n        id\n        state\n        openedAt\n      }\n    }\n  }\n': typeof types.OpenCalibrationItemDocument;
  '\n  mutation RevealCalibrationItem($input: RevealCalibrationItemInput!) {\n    revealCalibrationItem(input: $input) {\n      item {\n        ...LiveReveal_item\n      }\n    }\n  }\n': typeof types.RevealCalibrationItemDocument;
  '\n  mutation CloseCalibrationSession($input: CloseCalibrationSessionInput!) {\n    closeCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        closedAt\n        resultVersions\n      }\n    }\n  }\n': typeof types.CloseCalibrationSessionDocument;
  '\n  mutation SetCalibrationItemGold($input: SetCalibrationItemGoldInput!) {\n    setCalibrationItemGold(input: $input) {\n      item {\n        id\n        gold\n      }\n    }\n  }\n': typeof types.SetCalibrationItemGoldDocument;
  '\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      vote {\n        label\n        abstained\n        rationale\n        version\n      }\n    }\n  }\n': typeof types.CastVoteDocument;
  '\n  mutation ChallengeGold($input: ChallengeGoldInput!) {\n    challengeGold(input: $input) {\n      challenge {\n        id\n        ...GoldChallenges_challenge\n      }\n      item {\n        id\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n': typeof types.ChallengeGoldDocument;
  '\n  query CalibrationResults($id: ID!, $version: Int) {\n    calibrationSession(id: $id) {\n      id\n      title\n      status\n      mode\n      closedAt\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        case {\n          id\n          externalId\n        }\n      }\n      resultVersions\n      result(version: $version) {\n        version\n        statsVersion\n        reason\n        computedAt\n        labels\n        confusionMatrix\n        overall {\n          items\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          krippendorffAlphaOrdinal {\n            value\n            reason\n            band\n          }\n          alphaCI95 {\n            low\n            high\n            reason\n            resamples\n          }\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          majorityMatchesGold {\n            value\n            reason\n            matched\n            items\n          }\n        }\n        items {\n          itemId\n          position\n          gold\n          votes\n          abstentions\n          distribution\n          majority\n          tied\n          majorityShare {\n            value\n            reason\n          }\n          entropy {\n            value\n            reason\n          }\n          markets {\n            market\n            votes\n            majority\n            matchesGold\n          }\n        }\n        markets {\n          market\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          accuracy {\n            value\n            reason\n          }\n        }\n        participants {\n          userId\n          name\n          market\n          votes\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          cohenKappaVsGold {\n            value\n            reason\n            band\n          }\n          majorityAgreement {\n            value\n            reason\n            agreed\n            compared\n          }\n        }\n      }\n    }\n  }\n': typeof types.CalibrationResultsDocument;
  '\n  query CalibrationRoom($id: ID!) {\n    me {\n      id\n      role\n    }\n    calibrationSession(id: $id) {\n      id\n      title\n      mode\n      status\n      scheduledAt\n      startedAt\n      closedAt\n      canDrive\n      isParticipant\n      facilitator {\n        id\n        name\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        state\n        openedAt\n        gold\n        case {\n          id\n          text\n          ...ItemContent_case\n        }\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        myVote {\n          label\n          abstained\n          rationale\n          version\n        }\n        votes {\n          participantName\n          market\n          label\n          rationale\n        }\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n': typeof types.CalibrationRoomDocument;
  '\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      source\n      externalId\n      queue\n      contentType\n      text\n      mediaUrl\n      sensitivityTags\n      decidedAt\n      decision\n      decisionLabel {\n        key\n        name\n        description\n        severity\n      }\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n        email\n      }\n      policy {\n        id\n        key\n        title\n      }\n      policyVersion {\n        id\n        number\n        status\n      }\n    }\n  }\n': typeof types.CaseDetailDocument;
  '\n  query CaseFilterOptions {\n    markets {\n      id\n      code\n      name\n    }\n    policies {\n      id\n      key\n      title\n      versions {\n        id\n        labels {\n          key\n          name\n        }\n      }\n    }\n    caseQueues\n  }\n': typeof types.CaseFilterOptionsDocument;
  '\n  query CaseList($filter: CasesFilter, $page: PageInput, $sort: CaseSort) {\n    cases(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          decidedAt\n          queue\n          contentType\n          text\n          sensitive\n          decision\n          decisionLabel {\n            name\n          }\n          market {\n            id\n            code\n            name\n          }\n          policy {\n            id\n            key\n          }\n          policyVersion {\n            id\n            number\n          }\n          moderator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.CaseListDocument;
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n      }\n      ...ProfileCard_user\n    }\n    markets {\n      id\n      ...MarketList_market\n    }\n    teams {\n      id\n      ...TeamList_team\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  fragment MarketList_market on Market {\n    id\n    code\n    name\n  }\n': typeof types.MarketList_MarketFragmentDoc;
  '\n  fragment ProfileCard_user on User {\n    email\n    role\n    market {\n      id\n      code\n      name\n    }\n    team {\n      id\n      name\n      kind\n      vendor {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ProfileCard_UserFragmentDoc;
  '\n  fragment TeamList_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n    }\n    vendor {\n      id\n      name\n    }\n  }\n': typeof types.TeamList_TeamFragmentDoc;
  '\n  mutation CreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n': typeof types.CreateVendorDocument;
  '\n  mutation UpdateVendor($input: UpdateVendorInput!) {\n    updateVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n': typeof types.UpdateVendorDocument;
  '\n  mutation SetVendorPasswordSignIn($input: SetVendorPasswordSignInInput!) {\n    setVendorPasswordSignIn(input: $input) {\n      vendor {\n        id\n        passwordSignIn\n      }\n    }\n  }\n': typeof types.SetVendorPasswordSignInDocument;
  '\n  mutation CreateMarket($input: CreateMarketInput!) {\n    createMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n': typeof types.CreateMarketDocument;
  '\n  mutation UpdateMarket($input: UpdateMarketInput!) {\n    updateMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n': typeof types.UpdateMarketDocument;
  '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n': typeof types.CreateTeamDocument;
  '\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n': typeof types.UpdateTeamDocument;
  '\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      team {\n        id\n        lead {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n': typeof types.SetTeamLeadDocument;
  '\n  fragment VendorRow_vendor on Vendor {\n    id\n    name\n    passwordSignIn\n  }\n': typeof types.VendorRow_VendorFragmentDoc;
  '\n  fragment MarketRow_market on Market {\n    id\n    code\n    name\n    language\n    timeZone\n  }\n': typeof types.MarketRow_MarketFragmentDoc;
  '\n  fragment TeamRow_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    lead {\n      id\n      name\n      email\n    }\n  }\n': typeof types.TeamRow_TeamFragmentDoc;
  '\n  query Organisation {\n    me {\n      id\n      role\n      team {\n        id\n        vendor {\n          id\n          name\n        }\n      }\n    }\n    vendors {\n      id\n      ...VendorRow_vendor @unmask\n    }\n    markets {\n      id\n      ...MarketRow_market @unmask\n    }\n    teams {\n      id\n      ...TeamRow_team @unmask\n    }\n  }\n': typeof types.OrganisationDocument;
  '\n  query TeamMembers($teamId: ID!) {\n    users(filter: { teamId: $teamId, active: true }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n': typeof types.TeamMembersDocument;
  '\n  query MailOutbox {\n    mailOutbox(first: 20) {\n      folder\n      messages {\n        to\n        subject\n        sentAt\n        links\n      }\n    }\n  }\n': typeof types.MailOutboxDocument;
  '\n  fragment PersonRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    joinedAt\n    languages\n    market {\n      id\n      code\n      name\n    }\n    otherMarkets {\n      id\n      code\n    }\n    team {\n      id\n      name\n      vendor {\n        id\n      }\n    }\n  }\n': typeof types.PersonRow_UserFragmentDoc;
  '\n  query PeopleInvitations {\n    invitations(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          ...InvitationState_invitation\n        }\n      }\n    }\n  }\n': typeof types.PeopleInvitationsDocument;
  '\n  fragment InvitationState_invitation on Invitation {\n    id\n    status\n    createdAt\n    user {\n      id\n    }\n  }\n': typeof types.InvitationState_InvitationFragmentDoc;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n      invitation {\n        id\n        expiresAt\n        ...InvitationState_invitation @unmask\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  mutation DeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n': typeof types.DeactivateUserDocument;
  '\n  mutation ReactivateUser($input: SetUserActiveInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n': typeof types.ReactivateUserDocument;
  '\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        revokedAt\n        status\n      }\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      checked\n      invited\n      dryRun\n    }\n  }\n': typeof types.ImportPeopleDocument;
  '\n  query PeopleOptions {\n    me {\n      id\n      role\n    }\n    markets {\n      id\n      code\n      name\n    }\n    vendors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      kind\n      market {\n        id\n      }\n      vendor {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PeopleOptionsDocument;
  '\n  query People($filter: UsersFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PersonRow_user\n        }\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  fragment MyAcknowledgement_version on PolicyVersion {\n    id\n    status\n    myAcknowledgement {\n      id\n      acknowledgedAt\n    }\n  }\n': typeof types.MyAcknowledgement_VersionFragmentDoc;
  '\n  fragment AcknowledgementReport_version on PolicyVersion {\n    acknowledgements {\n      acknowledgedCount\n      pendingCount\n      markets {\n        market {\n          id\n          code\n          name\n        }\n        acknowledgedCount\n        pendingCount\n        acknowledged {\n          id\n          acknowledgedAt\n          user {\n            id\n            name\n          }\n        }\n        pending {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AcknowledgementReport_VersionFragmentDoc;
  '\n  fragment FaqSection_version on PolicyVersion {\n    id\n    faq {\n      id\n      position\n      question\n      answer\n    }\n  }\n': typeof types.FaqSection_VersionFragmentDoc;
  '\n  fragment PolicyVersions_policy on Policy {\n    id\n    currentVersion {\n      id\n    }\n    versions {\n      id\n      number\n      status\n      effectiveDate\n      changeSummary\n    }\n  }\n': typeof types.PolicyVersions_PolicyFragmentDoc;
  '\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      area\n      description\n      ...PolicyVersions_policy @unmask\n    }\n  }\n': typeof types.PolicyDetailDocument;
  '\n  query PolicyVersion($id: ID!, $withReport: Boolean!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      effectiveDate\n      body\n      changeSummary\n      publishedAt\n      retiredAt\n      publishedBy {\n        id\n        name\n      }\n      ...TaxonomyTable_version\n      ...FaqSection_version\n      ...MyAcknowledgement_version\n      ...AcknowledgementReport_version @include(if: $withReport)\n    }\n  }\n': typeof types.PolicyVersionDocument;
  '\n  query PolicyCompare($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n  }\n': typeof types.PolicyCompareDocument;
  '\n  query PolicyVersionDiff($from: ID!, $to: ID!) {\n    policyVersionDiff(fromId: $from, toId: $to) {\n      from {\n        id\n        number\n        status\n      }\n      to {\n        id\n        number\n        status\n      }\n      bodyChanged\n      labelsUnchanged\n      labelsAdded {\n        key\n        name\n        severity\n      }\n      labelsRemoved {\n        key\n        name\n        severity\n      }\n      labelsChanged {\n        key\n        fields\n        before {\n          name\n          description\n          severity\n        }\n        after {\n          name\n          description\n          severity\n        }\n      }\n      bodyDiff {\n        kind\n        text\n        oldNumber\n        newNumber\n      }\n    }\n  }\n': typeof types.PolicyVersionDiffDocument;
  '\n  fragment PolicyListRow_policy on Policy {\n    id\n    key\n    title\n    area\n    description\n    currentVersion {\n      id\n      number\n      effectiveDate\n      labels {\n        key\n      }\n    }\n    versions {\n      id\n      number\n      status\n    }\n  }\n': typeof types.PolicyListRow_PolicyFragmentDoc;
  '\n  query PolicyList($filter: PoliciesFilter) {\n    policies(filter: $filter) {\n      id\n      ...PolicyListRow_policy @unmask\n    }\n  }\n': typeof types.PolicyListDocument;
  '\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n        ...PolicyListRow_policy @unmask\n      }\n      draft {\n        id\n      }\n    }\n  }\n': typeof types.CreatePolicyDocument;
  '\n  mutation CreateDraft($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      version {\n        id\n        number\n        status\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n': typeof types.CreateDraftDocument;
  '\n  mutation SaveDraft($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      version {\n        id\n        body\n        changeSummary\n        effectiveDate\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n    }\n  }\n': typeof types.SaveDraftDocument;
  '\n  mutation PublishDraft($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      version {\n        id\n        status\n        publishedAt\n        publishedBy {\n          id\n          name\n        }\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n': typeof types.PublishDraftDocument;
  '\n  mutation RetireVersion($input: RetirePolicyVersionInput!) {\n    retirePolicyVersion(input: $input) {\n      version {\n        id\n        status\n        retiredAt\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n': typeof types.RetireVersionDocument;
  '\n  mutation DiscardDraft($input: DiscardPolicyVersionInput!) {\n    discardPolicyVersion(input: $input) {\n      discardedVersionId\n      policy {\n        id\n        ...PolicyVersions_policy @unmask\n        ...PolicyListRow_policy @unmask\n      }\n    }\n  }\n': typeof types.DiscardDraftDocument;
  '\n  mutation AcknowledgeVersion($input: AcknowledgePolicyVersionInput!, $withReport: Boolean!) {\n    acknowledgePolicyVersion(input: $input) {\n      version {\n        id\n        ...MyAcknowledgement_version\n        ...AcknowledgementReport_version @include(if: $withReport)\n      }\n    }\n  }\n': typeof types.AcknowledgeVersionDocument;
  '\n  mutation AddFaqEntry($input: AddFaqEntryInput!) {\n    addFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n': typeof types.AddFaqEntryDocument;
  '\n  mutation RemoveFaqEntry($input: RemoveFaqEntryInput!) {\n    removeFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n': typeof types.RemoveFaqEntryDocument;
  '\n  fragment TaxonomyTable_version on PolicyVersion {\n    labels {\n      key\n      name\n      description\n      severity\n    }\n  }\n': typeof types.TaxonomyTable_VersionFragmentDoc;
  '\n  query VersionEditor($id: ID!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      body\n      changeSummary\n      effectiveDate\n      labels {\n        key\n        name\n        description\n        severity\n      }\n      policy {\n        id\n        key\n        title\n        versions {\n          id\n          number\n          status\n        }\n      }\n    }\n  }\n': typeof types.VersionEditorDocument;
  '\n  fragment ErrorTrendTables_trends on ErrorTrends {\n    from\n    to\n    previousFrom\n    previousTo\n    audited\n    previousAudited\n    categories {\n      errorCategory\n      current\n      previous\n      change\n      currentRate\n      previousRate\n    }\n    labelPairs {\n      policyKey\n      expectedLabel\n      decidedLabel\n      current\n      previous\n      change\n    }\n  }\n': typeof types.ErrorTrendTables_TrendsFragmentDoc;
  '\n  fragment QualityBreakdown_report on QualityReport {\n    groups {\n      key\n      label\n      audited\n      correct\n      incorrect\n      overturned\n      accuracy\n    }\n  }\n': typeof types.QualityBreakdown_ReportFragmentDoc;
  '\n  query QualityDashboard($scores: QualityScoresInput!, $trends: ErrorTrendsInput!) {\n    qualityScores(input: $scores) {\n      overall {\n        key\n        audited\n        correct\n        incorrect\n        overturned\n        accuracy\n      }\n      ...QualityBreakdown_report\n      trend {\n        periodStart\n        audited\n        correct\n        accuracy\n      }\n    }\n    errorTrends(input: $trends) {\n      ...ErrorTrendTables_trends\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n': typeof types.QualityDashboardDocument;
  '\n  query QuizAttempts($id: ID!) {\n    quiz(id: $id) {\n      id\n      attempts {\n        id\n        number\n        status\n        score\n        submittedAt\n        reopenedAt\n        user {\n          id\n          name\n        }\n        market {\n          id\n          code\n        }\n      }\n    }\n  }\n': typeof types.QuizAttemptsDocument;
  '\n  query QuizList($first: Int!) {\n    me {\n      id\n      role\n    }\n    quizzes(first: $first) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      createdAt\n      questions {\n        id\n      }\n      assignedMarkets {\n        id\n        code\n      }\n      assignedTeams {\n        id\n        name\n      }\n      myAttempt {\n        id\n        status\n        score\n        correct\n        total\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n': typeof types.QuizListDocument;
  '\n  mutation CreateContestedQuiz($input: CreateQuizFromContestedItemsInput!) {\n    createQuizFromContestedItems(input: $input) {\n      quiz {\n        id\n        title\n      }\n    }\n  }\n': typeof types.CreateContestedQuizDocument;
  '\n  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {\n    startQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        total\n      }\n      quiz {\n        id\n        canTake\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n': typeof types.StartQuizAttemptDocument;
  '\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        score\n        correct\n        total\n        submittedAt\n      }\n      quiz {\n        id\n        canTake\n        questions {\n          id\n          expectedLabel\n        }\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n': typeof types.SubmitQuizAttemptDocument;
  '\n  mutation ReopenQuiz($input: ReopenQuizInput!) {\n    reopenQuiz(input: $input) {\n      attempt {\n        id\n        status\n        reopenedAt\n      }\n    }\n  }\n': typeof types.ReopenQuizDocument;
  '\n  query QuizResults($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      questions {\n        id\n        position\n        text\n        contentType\n        expectedLabel\n        labels {\n          key\n          name\n        }\n      }\n      results {\n        accuracy\n        assigned\n        submitted\n        markets {\n          assigned\n          submitted\n          answered\n          correct\n          accuracy\n          market {\n            id\n            code\n            name\n          }\n        }\n        questions {\n          answered\n          correct\n          accuracy\n          distribution {\n            label\n            count\n          }\n          question {\n            id\n            position\n          }\n        }\n      }\n    }\n  }\n': typeof types.QuizResultsDocument;
  '\n  fragment QuizTake_attempt on QuizAttempt {\n    id\n    status\n    number\n    score\n    correct\n    total\n    submittedAt\n    answers {\n      id\n      label\n      correct\n      question {\n        id\n      }\n    }\n  }\n': typeof types.QuizTake_AttemptFragmentDoc;
  '\n  query QuizTake($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      questions {\n        id\n        position\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        expectedLabel\n        labels {\n          key\n          name\n          description\n        }\n      }\n      myAttempt {\n        ...QuizTake_attempt @unmask\n      }\n    }\n  }\n': typeof types.QuizTakeDocument;
  '\n  fragment EscalationCard_escalation on RcaEscalation {\n    id\n    title\n    description\n    state\n    origin\n    rootCause\n    errorCategory\n    queue\n    createdAt\n    startedAt\n    resolvedAt\n    resolutionNote\n    market {\n      id\n      code\n    }\n    policy {\n      id\n      title\n    }\n    team {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    filedBy {\n      id\n      name\n    }\n    linkedAudits {\n      id\n      ...RcaAuditRow\n    }\n    # Only counted: as many as the server gives (its cap: 200).\n    linkedCases(first: 200) {\n      id\n    }\n    actionItems {\n      id\n      title\n      dueDate\n      status\n      overdue\n      owner {\n        id\n        name\n      }\n    }\n    effectiveness(weeks: 4) {\n      weeks\n      change\n      before {\n        audits\n        errors\n        rate\n        complete\n      }\n      after {\n        audits\n        errors\n        rate\n        complete\n      }\n    }\n  }\n': typeof types.EscalationCard_EscalationFragmentDoc;
  '\n  mutation CreateRcaEscalation($input: CreateRcaEscalationInput!) {\n    createRcaEscalation(input: $input) {\n      escalation {\n        id\n        state\n        ...EscalationCard_escalation\n      }\n    }\n  }\n': typeof types.CreateRcaEscalationDocument;
  '\n  mutation StartRcaEscalation($input: StartRcaEscalationInput!) {\n    startRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n': typeof types.StartRcaEscalationDocument;
  '\n  mutation ResolveRcaEscalation($input: ResolveRcaEscalationInput!) {\n    resolveRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n': typeof types.ResolveRcaEscalationDocument;
  '\n  mutation LinkRcaEscalation($input: LinkRcaEscalationInput!) {\n    linkRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n': typeof types.LinkRcaEscalationDocument;
  '\n  mutation AddRcaActionItem($input: AddRcaActionItemInput!) {\n    addRcaActionItem(input: $input) {\n      actionItem {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n      escalation {\n        id\n        title\n        actionItems {\n          id\n          title\n          dueDate\n          status\n          overdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AddRcaActionItemDocument;
  '\n  mutation SetRcaActionItemStatus($input: SetRcaActionItemStatusInput!) {\n    setRcaActionItemStatus(input: $input) {\n      actionItem {\n        id\n        status\n        overdue\n      }\n    }\n  }\n': typeof types.SetRcaActionItemStatusDocument;
  '\n  query RcaLinkableAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          ...RcaAuditRow\n        }\n      }\n    }\n  }\n': typeof types.RcaLinkableAuditsDocument;
  '\n  fragment RcaAuditRow on Audit {\n    id\n    day\n    queue\n    verdict\n    errorCategory\n    case {\n      id\n      externalId\n    }\n    moderator {\n      id\n      name\n    }\n    market {\n      id\n      code\n    }\n    decidedTaxonomyLabel {\n      key\n      name\n    }\n    expectedTaxonomyLabel {\n      key\n      name\n    }\n  }\n': typeof types.RcaAuditRowFragmentDoc;
  "\n  query RcaBoard {\n    me {\n      id\n      role\n    }\n    # 40: with each card's linked audits and cases the board's estimated cost must stay\n    # under the server's limit (at the list's default of 50 it was 104,610 of 100,000).\n    rcaEscalations(first: 40) {\n      id\n      state\n      ...EscalationCard_escalation\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      title\n    }\n    caseQueues\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.RcaBoardDocument;
  '\n  query OverdueActionItems {\n    overdueRcaActionItems {\n      id\n      title\n      dueDate\n      owner {\n        id\n        name\n      }\n      escalation {\n        id\n        title\n      }\n    }\n  }\n': typeof types.OverdueActionItemsDocument;
  '\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n': typeof types.ViewerRoleDocument;
};
const documents: Documents = {
  '\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n': types.AppShellDocument,
  '\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n':
    types.UserSummary_UserFragmentDoc,
  '\n  query AnalyticsOptions {\n    analyticsOptions {\n      markets {\n        id\n        code\n        name\n      }\n      vendors {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n      policies {\n        id\n        title\n      }\n      policyVersions {\n        id\n        number\n        policy {\n          id\n        }\n      }\n      facilitators {\n        id\n        name\n      }\n    }\n  }\n':
    types.AnalyticsOptionsDocument,
  '\n  query AnalyticsComparisons(\n    $filter: AnalyticsFilter\n    $versionFilter: AnalyticsFilter\n    $policyId: ID!\n    $withPolicy: Boolean!\n  ) {\n    vendorComparison(filter: $filter) {\n      vendor {\n        id\n        name\n      }\n      items\n      votes\n      correctVotes\n      accuracy {\n        value\n        reason\n      }\n      percentAgreement {\n        value\n        reason\n      }\n    }\n    policyVersionComparison(policyId: $policyId, filter: $versionFilter) @include(if: $withPolicy) {\n      policyVersion {\n        id\n        number\n        effectiveDate\n      }\n      ...AnalyticsFigures\n    }\n  }\n':
    types.AnalyticsComparisonsDocument,
  '\n  query AnalyticsDrillDowns($filter: AnalyticsFilter) {\n    contestedItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      percentAgreement\n      majority\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n    }\n    divergentItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      divergence\n      markets {\n        market {\n          id\n          code\n        }\n        votes\n        majority\n        majorityShare\n        matchesGold\n      }\n    }\n    confusedLabelPairs(filter: $filter, limit: 15) {\n      policy {\n        id\n        title\n        currentVersion {\n          id\n          labels {\n            key\n            name\n          }\n        }\n      }\n      labelA\n      labelB\n      disagreements\n      share\n      goldAChoseB\n      goldBChoseA\n    }\n    marketDrift(filter: $filter) {\n      market {\n        id\n        code\n      }\n      policy {\n        id\n        title\n      }\n      goldVotes\n      accuracy {\n        value\n        reason\n      }\n      otherMarketsAccuracy {\n        value\n        reason\n      }\n      drift\n      majorityMatchesGold {\n        value\n        reason\n      }\n    }\n  }\n':
    types.AnalyticsDrillDownsDocument,
  '\n  fragment AnalyticsFigures on AgreementRateRow {\n    sessions\n    items\n    votes\n    percentAgreement {\n      value\n      reason\n    }\n    fleissKappa {\n      value\n      reason\n      band\n    }\n    krippendorffAlpha {\n      value\n      reason\n      band\n    }\n    gwetAC1 {\n      value\n      reason\n      band\n    }\n    accuracy {\n      value\n      reason\n    }\n  }\n':
    types.AnalyticsFiguresFragmentDoc,
  '\n  query AnalyticsParticipants($filter: AnalyticsFilter, $threshold: Float) {\n    lowAccuracyParticipants(filter: $filter, threshold: $threshold, limit: 50) {\n      user {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      team {\n        id\n        name\n      }\n      sessions\n      goldVotes\n      correctVotes\n      accuracy\n    }\n  }\n':
    types.AnalyticsParticipantsDocument,
  '\n  query AnalyticsRates($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!], $interval: AgreementTrendInterval) {\n    agreementRates(filter: $filter, groupBy: $groupBy, interval: $interval) {\n      total {\n        ...AnalyticsFigures\n      }\n      trend {\n        period\n        ...AnalyticsFigures\n      }\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        policyVersion {\n          id\n          number\n          policy {\n            id\n            title\n          }\n        }\n        vendor {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        facilitator {\n          id\n          name\n        }\n        period\n        ...AnalyticsFigures\n      }\n    }\n    heatMap: agreementRates(filter: $filter, groupBy: [MARKET, POLICY]) {\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        ...AnalyticsFigures\n      }\n    }\n  }\n':
    types.AnalyticsRatesDocument,
  '\n  fragment AuditLogEntry_entry on AuditLogEntry {\n    id\n    at\n    action\n    ip\n    targetType\n    targetLabel\n    actor {\n      id\n      name\n      email\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n':
    types.AuditLogEntry_EntryFragmentDoc,
  '\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditLogEntry_entry\n        }\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query AuditLogActors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n':
    types.AuditLogActorsDocument,
  '\n  mutation ExportAuditLog($input: ExportAuditLogInput!) {\n    exportAuditLog(input: $input) {\n      csv\n      rowCount\n    }\n  }\n':
    types.ExportAuditLogDocument,
  '\n  fragment AppealHistory_appeal on Appeal {\n    id\n    status\n    reason\n    decisionNote\n    createdAt\n    decidedAt\n    appellant {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n':
    types.AppealHistory_AppealFragmentDoc,
  '\n  fragment AppealCard_appeal on Appeal {\n    id\n    ...AppealHistory_appeal @unmask\n    audit {\n      id\n      queue\n      verdict\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      expectedLabel\n      expectedTaxonomyLabel {\n        key\n        name\n      }\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n      }\n    }\n  }\n':
    types.AppealCard_AppealFragmentDoc,
  '\n  query Appeals($filter: AppealsFilter, $first: Int!) {\n    appeals(filter: $filter, first: $first) {\n      id\n      ...AppealCard_appeal @unmask\n    }\n  }\n':
    types.AppealsDocument,
  '\n  query AuditForm($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      day\n      queue\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      verdict\n      expectedLabel\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n        name\n      }\n      policy {\n        id\n        title\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        decidedAt\n        policyVersion {\n          id\n          number\n          labels {\n            key\n            name\n            description\n          }\n        }\n      }\n    }\n  }\n':
    types.AuditFormDocument,
  '\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealCard_appeal @unmask\n        audit {\n          id\n          canAppeal\n          appeal {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.FileAppealDocument,
  '\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealHistory_appeal @unmask\n        audit {\n          id\n          overturned\n          countsAgainstModerator\n        }\n      }\n    }\n  }\n':
    types.DecideAppealDocument,
  '\n  mutation SubmitAudit($input: SubmitAuditInput!) {\n    submitAudit(input: $input) {\n      audit {\n        id\n        status\n        verdict\n        expectedLabel\n        expectedTaxonomyLabel {\n          key\n          name\n        }\n        errorCategory\n        feedback\n        auditedAt\n        auditor {\n          id\n          name\n        }\n        countsAgainstModerator\n        appealDeadline\n        canAppeal\n      }\n    }\n  }\n':
    types.SubmitAuditDocument,
  '\n  mutation ClaimAudit($input: ClaimAuditInput!) {\n    claimAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ClaimAuditDocument,
  '\n  mutation AssignAudit($input: AssignAuditInput!) {\n    assignAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AssignAuditDocument,
  '\n  mutation CreateSamplingPlan($input: CreateSamplingPlanInput!) {\n    createSamplingPlan(input: $input) {\n      plan {\n        id\n        createdAt\n        ...PlanRow_plan\n      }\n    }\n  }\n':
    types.CreateSamplingPlanDocument,
  '\n  mutation SetSamplingPlanActive($input: SetSamplingPlanActiveInput!) {\n    setSamplingPlanActive(input: $input) {\n      plan {\n        id\n        active\n      }\n    }\n  }\n':
    types.SetSamplingPlanActiveDocument,
  '\n  mutation RunSamplingPlan($input: RunSamplingPlanInput!) {\n    runSamplingPlan(input: $input) {\n      run {\n        id\n        day\n        candidates\n        drawn\n        createdAt\n      }\n    }\n  }\n':
    types.RunSamplingPlanDocument,
  '\n  query AuditQueue {\n    me {\n      id\n      role\n    }\n    audits(filter: { status: PENDING }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          decidedLabel\n          plan {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n            text\n            sensitivityTags\n          }\n        }\n      }\n    }\n  }\n':
    types.AuditQueueDocument,
  '\n  query Auditors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n':
    types.AuditorsDocument,
  '\n  query MyTeam {\n    me {\n      id\n      leadsTeam {\n        id\n        name\n      }\n    }\n  }\n':
    types.MyTeamDocument,
  '\n  query MyAudits($teamId: ID) {\n    audits(filter: { status: COMPLETED, teamId: $teamId }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          verdict\n          decidedLabel\n          decidedTaxonomyLabel {\n            key\n            name\n          }\n          expectedLabel\n          expectedTaxonomyLabel {\n            key\n            name\n          }\n          errorCategory\n          feedback\n          auditedAt\n          countsAgainstModerator\n          appealDeadline\n          canAppeal\n          moderator {\n            id\n            name\n          }\n          auditor {\n            id\n            name\n          }\n          policy {\n            id\n            title\n          }\n          case {\n            id\n            externalId\n            contentType\n            text\n            mediaUrl\n            sensitivityTags\n          }\n          appeal {\n            id\n            ...AppealHistory_appeal @unmask\n          }\n        }\n      }\n    }\n  }\n':
    types.MyAuditsDocument,
  "\n  fragment PlanRow_plan on SamplingPlan {\n    id\n    name\n    queue\n    rate\n    countPerDay\n    stratifyByDecision\n    seed\n    active\n    createdAt\n    # Newest first; the page shows a few and all of them on demand (the server's cap: 200).\n    runs(first: 200) {\n      id\n      day\n      candidates\n      drawn\n      createdAt\n    }\n    market {\n      id\n      code\n    }\n    team {\n      id\n      name\n    }\n    moderator {\n      id\n      name\n    }\n  }\n":
    types.PlanRow_PlanFragmentDoc,
  '\n  query DrawnAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          queue\n          decidedLabel\n          verdict\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n':
    types.DrawnAuditsDocument,
  '\n  query SamplingPlans {\n    samplingPlans {\n      id\n      ...PlanRow_plan\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    caseQueues\n    users(filter: { role: MODERATOR }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.SamplingPlansDocument,
  '\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      market {\n        id\n        code\n        name\n      }\n    }\n  }\n':
    types.AccountDocument,
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n':
    types.InvitationDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      signedOut\n    }\n  }\n':
    types.SignOutEverywhereDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n':
    types.SignInOptionsDocument,
  '\n  query BriefingQuestion($id: ID!) {\n    briefingQuestion(id: $id) {\n      id\n      ...QuestionCard_question\n    }\n  }\n':
    types.BriefingQuestionDocument,
  '\n  subscription BriefingEvents($briefingId: ID!) {\n    briefingEvents(briefingId: $briefingId) {\n      __typename\n      ... on BriefingStarted {\n        briefingId\n      }\n      ... on BriefingEnded {\n        briefingId\n      }\n      ... on BriefingThreadClosed {\n        briefingId\n      }\n      ... on BriefingUpdated {\n        briefingId\n      }\n      ... on BriefingQuestionAsked {\n        questionId\n      }\n      ... on BriefingQuestionUpvoted {\n        questionId\n        upvoteCount\n      }\n      ... on BriefingQuestionReplied {\n        questionId\n        replyId\n      }\n      ... on BriefingReplyHiddenChanged {\n        questionId\n        replyId\n      }\n      ... on BriefingQuestionStatusChanged {\n        questionId\n        status\n        pinned\n        hidden\n        dismissalReason\n        officialAnswerId\n        promotedToFaq\n      }\n      ... on BriefingPresenceChanged {\n        presence {\n          total\n          markets {\n            market\n            count\n          }\n        }\n      }\n      ... on BriefingAcknowledgementsChanged {\n        acknowledgements {\n          acknowledged\n          audience\n          markets {\n            market\n            acknowledged\n            audience\n          }\n        }\n      }\n    }\n  }\n':
    types.BriefingEventsDocument,
  '\n  fragment BriefingListRow_briefing on Briefing {\n    id\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    threadClosed\n    canPresent\n    presenter {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    audienceMarkets {\n      id\n      code\n      name\n    }\n  }\n':
    types.BriefingListRow_BriefingFragmentDoc,
  '\n  query BriefingList($first: Int!) {\n    me {\n      id\n      role\n    }\n    briefings(first: $first) {\n      id\n      ...BriefingListRow_briefing @unmask\n    }\n  }\n':
    types.BriefingListDocument,
  '\n  mutation AskBriefingQuestion($input: AskBriefingQuestionInput!) {\n    askBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n':
    types.AskBriefingQuestionDocument,
  '\n  mutation StartBriefing($input: StartBriefingInput!) {\n    startBriefing(input: $input) {\n      briefing {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n':
    types.StartBriefingDocument,
  '\n  mutation EndBriefing($input: EndBriefingInput!) {\n    endBriefing(input: $input) {\n      briefing {\n        id\n        status\n        endedAt\n      }\n    }\n  }\n':
    types.EndBriefingDocument,
  '\n  mutation CloseBriefingThread($input: CloseBriefingThreadInput!) {\n    closeBriefingThread(input: $input) {\n      briefing {\n        id\n        threadClosed\n        threadClosedAt\n      }\n    }\n  }\n':
    types.CloseBriefingThreadDocument,
  '\n  mutation PinBriefingQuestion($input: PinBriefingQuestionInput!) {\n    pinBriefingQuestion(input: $input) {\n      question {\n        id\n        pinned\n      }\n    }\n  }\n':
    types.PinBriefingQuestionDocument,
  '\n  mutation MarkBriefingQuestionAnswered($input: MarkBriefingQuestionAnsweredInput!) {\n    markBriefingQuestionAnswered(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n':
    types.MarkBriefingQuestionAnsweredDocument,
  '\n  mutation ReopenBriefingQuestion($input: ReopenBriefingQuestionInput!) {\n    reopenBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n':
    types.ReopenBriefingQuestionDocument,
  '\n  mutation PromoteBriefingQuestion($input: PromoteBriefingQuestionInput!) {\n    promoteBriefingQuestionToFaq(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n      faqEntry {\n        id\n        position\n        question\n        answer\n      }\n    }\n  }\n':
    types.PromoteBriefingQuestionDocument,
  '\n  mutation ReplyToBriefingQuestion($input: ReplyToBriefingQuestionInput!) {\n    replyToBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n':
    types.ReplyToBriefingQuestionDocument,
  '\n  mutation DismissBriefingQuestion($input: DismissBriefingQuestionInput!) {\n    dismissBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n':
    types.DismissBriefingQuestionDocument,
  '\n  mutation UpvoteBriefingQuestion($input: UpvoteBriefingQuestionInput!) {\n    upvoteBriefingQuestion(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n':
    types.UpvoteBriefingQuestionDocument,
  '\n  mutation RemoveBriefingUpvote($input: RemoveBriefingUpvoteInput!) {\n    removeBriefingUpvote(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n':
    types.RemoveBriefingUpvoteDocument,
  '\n  mutation SetBriefingOfficialAnswer($input: SetBriefingOfficialAnswerInput!) {\n    setBriefingOfficialAnswer(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n':
    types.SetBriefingOfficialAnswerDocument,
  '\n  mutation SetBriefingReplyHidden($input: SetBriefingReplyHiddenInput!) {\n    setBriefingReplyHidden(input: $input) {\n      reply {\n        id\n        hidden\n        hiddenReason\n      }\n      question {\n        id\n        replyCount\n      }\n    }\n  }\n':
    types.SetBriefingReplyHiddenDocument,
  '\n  mutation AcknowledgeBriefingVersion($input: AcknowledgeBriefingVersionInput!) {\n    acknowledgeBriefingVersion(input: $input) {\n      briefing {\n        id\n        policyVersion {\n          id\n          myAcknowledgement {\n            id\n            acknowledgedAt\n          }\n        }\n      }\n    }\n  }\n':
    types.AcknowledgeBriefingVersionDocument,
  '\n  mutation ScheduleBriefing($input: ScheduleBriefingInput!) {\n    scheduleBriefing(input: $input) {\n      briefing {\n        id\n        ...BriefingListRow_briefing @unmask\n      }\n    }\n  }\n':
    types.ScheduleBriefingDocument,
  '\n  query BriefingRoom($id: ID!, $first: Int!) {\n    me {\n      id\n      role\n    }\n    briefing(id: $id) {\n      id\n      title\n      status\n      scheduledAt\n      startedAt\n      endedAt\n      threadClosed\n      threadClosedAt\n      notes\n      canPresent\n      presenter {\n        id\n        name\n      }\n      audienceMarkets {\n        id\n        code\n        name\n      }\n      policyVersion {\n        id\n        number\n        status\n        changeSummary\n        policy {\n          id\n          title\n        }\n        myAcknowledgement {\n          id\n          acknowledgedAt\n        }\n      }\n      presence {\n        total\n        markets {\n          market\n          count\n        }\n      }\n      acknowledgements {\n        acknowledged\n        audience\n        markets {\n          market\n          acknowledged\n          audience\n        }\n      }\n      questions(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            ...QuestionCard_question\n          }\n        }\n      }\n    }\n  }\n':
    types.BriefingRoomDocument,
  '\n  fragment QuestionCard_question on BriefingQuestion {\n    id\n    briefingId\n    text\n    anonymous\n    createdAt\n    upvoteCount\n    upvotedByMe\n    mine\n    status\n    pinned\n    hidden\n    dismissalReason\n    answeredAt\n    author {\n      id\n      name\n    }\n    authorMarket {\n      id\n      code\n    }\n    replyCount\n    replies {\n      id\n      text\n      createdAt\n      mine\n      byPresenter\n      official\n      hidden\n      hiddenReason\n      author {\n        id\n        name\n      }\n      authorMarket {\n        id\n        code\n      }\n    }\n    officialAnswer {\n      id\n    }\n    faqEntry {\n      id\n    }\n  }\n':
    types.QuestionCard_QuestionFragmentDoc,
  '\n  query ScheduleBriefingOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n':
    types.ScheduleBriefingOptionsDocument,
  '\n  fragment GoldChallenges_challenge on GoldChallenge {\n    id\n    status\n    reason\n    goldAtChallenge\n    newGold\n    resolutionNote\n    createdAt\n    raisedBy {\n      id\n      name\n    }\n  }\n':
    types.GoldChallenges_ChallengeFragmentDoc,
  '\n  fragment ItemContent_case on Case {\n    id\n    externalId\n    contentType\n    text\n    mediaUrl\n    sensitivityTags\n    queue\n    market {\n      id\n      code\n    }\n  }\n':
    types.ItemContent_CaseFragmentDoc,
  '\n  fragment LiveTally_tally on Tally {\n    itemId\n    version\n    voted\n    abstained\n    eligible\n    distribution {\n      label\n      count\n    }\n  }\n':
    types.LiveTally_TallyFragmentDoc,
  '\n  fragment LiveReveal_vote on RevealedVote {\n    participantName\n    market\n    label\n    rationale\n  }\n':
    types.LiveReveal_VoteFragmentDoc,
  '\n  fragment LiveTally_item on CalibrationItem {\n    id\n    tally {\n      ...LiveTally_tally @unmask\n    }\n  }\n':
    types.LiveTally_ItemFragmentDoc,
  '\n  fragment LiveReveal_item on CalibrationItem {\n    id\n    state\n    gold\n    tally {\n      ...LiveTally_tally @unmask\n    }\n    votes {\n      ...LiveReveal_vote @unmask\n    }\n  }\n':
    types.LiveReveal_ItemFragmentDoc,
  '\n  fragment LiveMyVote_item on CalibrationItem {\n    id\n    myVote {\n      label\n      abstained\n      rationale\n      version\n    }\n  }\n':
    types.LiveMyVote_ItemFragmentDoc,
  '\n  query NewCalibrationSessionOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n    caseQueues\n  }\n':
    types.NewCalibrationSessionOptionsDocument,
  '\n  query NewCalibrationSessionCases($filter: CasesFilter) {\n    cases(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          externalId\n          text\n          contentType\n          queue\n          decision\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n':
    types.NewCalibrationSessionCasesDocument,
  '\n  subscription CalibrationSessionEvents($sessionId: ID!) {\n    sessionEvents(sessionId: $sessionId) {\n      __typename\n      ... on PresenceChanged {\n        total\n        markets {\n          market\n          count\n        }\n        present {\n          userId\n          name\n          market\n          participant\n        }\n      }\n      ... on SessionStarted {\n        sessionId\n      }\n      ... on ItemOpened {\n        itemId\n        position\n      }\n      ... on TallyUpdated {\n        tally {\n          ...LiveTally_tally @unmask\n        }\n      }\n      ... on ItemRevealed {\n        itemId\n        gold\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        votes {\n          ...LiveReveal_vote @unmask\n        }\n      }\n      ... on SessionClosed {\n        resultVersion\n      }\n      ... on GoldChanged {\n        itemId\n        newGold\n        resultVersion\n      }\n    }\n  }\n':
    types.CalibrationSessionEventsDocument,
  '\n  fragment SessionRow_session on CalibrationSession {\n    id\n    title\n    status\n    mode\n    scheduledAt\n    startedAt\n    closedAt\n    canDrive\n    isParticipant\n    facilitator {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    invitedMarkets {\n      id\n      code\n    }\n    items {\n      id\n    }\n    participants {\n      id\n    }\n  }\n':
    types.SessionRow_SessionFragmentDoc,
  '\n  query CalibrationSessions($first: Int!) {\n    me {\n      id\n      role\n    }\n    calibrationSessions(first: $first) {\n      id\n      status\n      scheduledAt\n      ...SessionRow_session\n    }\n  }\n':
    types.CalibrationSessionsDocument,
  '\n  mutation CreateCalibrationSession($input: CreateCalibrationSessionInput!) {\n    createCalibrationSession(input: $input) {\n      session {\n        id\n        title\n        status\n      }\n    }\n  }\n':
    types.CreateCalibrationSessionDocument,
  '\n  mutation StartCalibrationSession($input: StartCalibrationSessionInput!) {\n    startCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n':
    types.StartCalibrationSessionDocument,
  '\n  mutation OpenCalibrationItem($input: OpenCalibrationItemInput!) {\n    openCalibrationItem(input: $input) {\n      item {\n        id\n        state\n        openedAt\n      }\n    }\n  }\n':
    types.OpenCalibrationItemDocument,
  '\n  mutation RevealCalibrationItem($input: RevealCalibrationItemInput!) {\n    revealCalibrationItem(input: $input) {\n      item {\n        ...LiveReveal_item\n      }\n    }\n  }\n':
    types.RevealCalibrationItemDocument,
  '\n  mutation CloseCalibrationSession($input: CloseCalibrationSessionInput!) {\n    closeCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        closedAt\n        resultVersions\n      }\n    }\n  }\n':
    types.CloseCalibrationSessionDocument,
  '\n  mutation SetCalibrationItemGold($input: SetCalibrationItemGoldInput!) {\n    setCalibrationItemGold(input: $input) {\n      item {\n        id\n        gold\n      }\n    }\n  }\n':
    types.SetCalibrationItemGoldDocument,
  '\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      vote {\n        label\n        abstained\n        rationale\n        version\n      }\n    }\n  }\n':
    types.CastVoteDocument,
  '\n  mutation ChallengeGold($input: ChallengeGoldInput!) {\n    challengeGold(input: $input) {\n      challenge {\n        id\n        ...GoldChallenges_challenge\n      }\n      item {\n        id\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n':
    types.ChallengeGoldDocument,
  '\n  query CalibrationResults($id: ID!, $version: Int) {\n    calibrationSession(id: $id) {\n      id\n      title\n      status\n      mode\n      closedAt\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        case {\n          id\n          externalId\n        }\n      }\n      resultVersions\n      result(version: $version) {\n        version\n        statsVersion\n        reason\n        computedAt\n        labels\n        confusionMatrix\n        overall {\n          items\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          krippendorffAlphaOrdinal {\n            value\n            reason\n            band\n          }\n          alphaCI95 {\n            low\n            high\n            reason\n            resamples\n          }\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          majorityMatchesGold {\n            value\n            reason\n            matched\n            items\n          }\n        }\n        items {\n          itemId\n          position\n          gold\n          votes\n          abstentions\n          distribution\n          majority\n          tied\n          majorityShare {\n            value\n            reason\n          }\n          entropy {\n            value\n            reason\n          }\n          markets {\n            market\n            votes\n            majority\n            matchesGold\n          }\n        }\n        markets {\n          market\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          accuracy {\n            value\n            reason\n          }\n        }\n        participants {\n          userId\n          name\n          market\n          votes\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          cohenKappaVsGold {\n            value\n            reason\n            band\n          }\n          majorityAgreement {\n            value\n            reason\n            agreed\n            compared\n          }\n        }\n      }\n    }\n  }\n':
    types.CalibrationResultsDocument,
  '\n  query CalibrationRoom($id: ID!) {\n    me {\n      id\n      role\n    }\n    calibrationSession(id: $id) {\n      id\n      title\n      mode\n      status\n      scheduledAt\n      startedAt\n      closedAt\n      canDrive\n      isParticipant\n      facilitator {\n        id\n        name\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        state\n        openedAt\n        gold\n        case {\n          id\n          text\n          ...ItemContent_case\n        }\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        myVote {\n          label\n          abstained\n          rationale\n          version\n        }\n        votes {\n          participantName\n          market\n          label\n          rationale\n        }\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n':
    types.CalibrationRoomDocument,
  '\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      source\n      externalId\n      queue\n      contentType\n      text\n      mediaUrl\n      sensitivityTags\n      decidedAt\n      decision\n      decisionLabel {\n        key\n        name\n        description\n        severity\n      }\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n        email\n      }\n      policy {\n        id\n        key\n        title\n      }\n      policyVersion {\n        id\n        number\n        status\n      }\n    }\n  }\n':
    types.CaseDetailDocument,
  '\n  query CaseFilterOptions {\n    markets {\n      id\n      code\n      name\n    }\n    policies {\n      id\n      key\n      title\n      versions {\n        id\n        labels {\n          key\n          name\n        }\n      }\n    }\n    caseQueues\n  }\n':
    types.CaseFilterOptionsDocument,
  '\n  query CaseList($filter: CasesFilter, $page: PageInput, $sort: CaseSort) {\n    cases(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          decidedAt\n          queue\n          contentType\n          text\n          sensitive\n          decision\n          decisionLabel {\n            name\n          }\n          market {\n            id\n            code\n            name\n          }\n          policy {\n            id\n            key\n          }\n          policyVersion {\n            id\n            number\n          }\n          moderator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.CaseListDocument,
  '\n  query Dashboard {\n    me {\n      id\n      name\n      role\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n      }\n      ...ProfileCard_user\n    }\n    markets {\n      id\n      ...MarketList_market\n    }\n    teams {\n      id\n      ...TeamList_team\n    }\n  }\n':
    types.DashboardDocument,
  '\n  fragment MarketList_market on Market {\n    id\n    code\n    name\n  }\n': types.MarketList_MarketFragmentDoc,
  '\n  fragment ProfileCard_user on User {\n    email\n    role\n    market {\n      id\n      code\n      name\n    }\n    team {\n      id\n      name\n      kind\n      vendor {\n        id\n        name\n      }\n    }\n  }\n':
    types.ProfileCard_UserFragmentDoc,
  '\n  fragment TeamList_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n    }\n    vendor {\n      id\n      name\n    }\n  }\n':
    types.TeamList_TeamFragmentDoc,
  '\n  mutation CreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n':
    types.CreateVendorDocument,
  '\n  mutation UpdateVendor($input: UpdateVendorInput!) {\n    updateVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n':
    types.UpdateVendorDocument,
  '\n  mutation SetVendorPasswordSignIn($input: SetVendorPasswordSignInInput!) {\n    setVendorPasswordSignIn(input: $input) {\n      vendor {\n        id\n        passwordSignIn\n      }\n    }\n  }\n':
    types.SetVendorPasswordSignInDocument,
  '\n  mutation CreateMarket($input: CreateMarketInput!) {\n    createMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n':
    types.CreateMarketDocument,
  '\n  mutation UpdateMarket($input: UpdateMarketInput!) {\n    updateMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n':
    types.UpdateMarketDocument,
  '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n':
    types.CreateTeamDocument,
  '\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n':
    types.UpdateTeamDocument,
  '\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      team {\n        id\n        lead {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n':
    types.SetTeamLeadDocument,
  '\n  fragment VendorRow_vendor on Vendor {\n    id\n    name\n    passwordSignIn\n  }\n':
    types.VendorRow_VendorFragmentDoc,
  '\n  fragment MarketRow_market on Market {\n    id\n    code\n    name\n    language\n    timeZone\n  }\n':
    types.MarketRow_MarketFragmentDoc,
  '\n  fragment TeamRow_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    lead {\n      id\n      name\n      email\n    }\n  }\n':
    types.TeamRow_TeamFragmentDoc,
  '\n  query Organisation {\n    me {\n      id\n      role\n      team {\n        id\n        vendor {\n          id\n          name\n        }\n      }\n    }\n    vendors {\n      id\n      ...VendorRow_vendor @unmask\n    }\n    markets {\n      id\n      ...MarketRow_market @unmask\n    }\n    teams {\n      id\n      ...TeamRow_team @unmask\n    }\n  }\n':
    types.OrganisationDocument,
  '\n  query TeamMembers($teamId: ID!) {\n    users(filter: { teamId: $teamId, active: true }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n':
    types.TeamMembersDocument,
  '\n  query MailOutbox {\n    mailOutbox(first: 20) {\n      folder\n      messages {\n        to\n        subject\n        sentAt\n        links\n      }\n    }\n  }\n':
    types.MailOutboxDocument,
  '\n  fragment PersonRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    joinedAt\n    languages\n    market {\n      id\n      code\n      name\n    }\n    otherMarkets {\n      id\n      code\n    }\n    team {\n      id\n      name\n      vendor {\n        id\n      }\n    }\n  }\n':
    types.PersonRow_UserFragmentDoc,
  '\n  query PeopleInvitations {\n    invitations(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          ...InvitationState_invitation\n        }\n      }\n    }\n  }\n':
    types.PeopleInvitationsDocument,
  '\n  fragment InvitationState_invitation on Invitation {\n    id\n    status\n    createdAt\n    user {\n      id\n    }\n  }\n':
    types.InvitationState_InvitationFragmentDoc,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n      invitation {\n        id\n        expiresAt\n        ...InvitationState_invitation @unmask\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  mutation DeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n':
    types.DeactivateUserDocument,
  '\n  mutation ReactivateUser($input: SetUserActiveInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n':
    types.ReactivateUserDocument,
  '\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        revokedAt\n        status\n      }\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      checked\n      invited\n      dryRun\n    }\n  }\n':
    types.ImportPeopleDocument,
  '\n  query PeopleOptions {\n    me {\n      id\n      role\n    }\n    markets {\n      id\n      code\n      name\n    }\n    vendors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      kind\n      market {\n        id\n      }\n      vendor {\n        id\n        name\n      }\n    }\n  }\n':
    types.PeopleOptionsDocument,
  '\n  query People($filter: UsersFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PersonRow_user\n        }\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  fragment MyAcknowledgement_version on PolicyVersion {\n    id\n    status\n    myAcknowledgement {\n      id\n      acknowledgedAt\n    }\n  }\n':
    types.MyAcknowledgement_VersionFragmentDoc,
  '\n  fragment AcknowledgementReport_version on PolicyVersion {\n    acknowledgements {\n      acknowledgedCount\n      pendingCount\n      markets {\n        market {\n          id\n          code\n          name\n        }\n        acknowledgedCount\n        pendingCount\n        acknowledged {\n          id\n          acknowledgedAt\n          user {\n            id\n            name\n          }\n        }\n        pending {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AcknowledgementReport_VersionFragmentDoc,
  '\n  fragment FaqSection_version on PolicyVersion {\n    id\n    faq {\n      id\n      position\n      question\n      answer\n    }\n  }\n':
    types.FaqSection_VersionFragmentDoc,
  '\n  fragment PolicyVersions_policy on Policy {\n    id\n    currentVersion {\n      id\n    }\n    versions {\n      id\n      number\n      status\n      effectiveDate\n      changeSummary\n    }\n  }\n':
    types.PolicyVersions_PolicyFragmentDoc,
  '\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      area\n      description\n      ...PolicyVersions_policy @unmask\n    }\n  }\n':
    types.PolicyDetailDocument,
  '\n  query PolicyVersion($id: ID!, $withReport: Boolean!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      effectiveDate\n      body\n      changeSummary\n      publishedAt\n      retiredAt\n      publishedBy {\n        id\n        name\n      }\n      ...TaxonomyTable_version\n      ...FaqSection_version\n      ...MyAcknowledgement_version\n      ...AcknowledgementReport_version @include(if: $withReport)\n    }\n  }\n':
    types.PolicyVersionDocument,
  '\n  query PolicyCompare($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n  }\n':
    types.PolicyCompareDocument,
  '\n  query PolicyVersionDiff($from: ID!, $to: ID!) {\n    policyVersionDiff(fromId: $from, toId: $to) {\n      from {\n        id\n        number\n        status\n      }\n      to {\n        id\n        number\n        status\n      }\n      bodyChanged\n      labelsUnchanged\n      labelsAdded {\n        key\n        name\n        severity\n      }\n      labelsRemoved {\n        key\n        name\n        severity\n      }\n      labelsChanged {\n        key\n        fields\n        before {\n          name\n          description\n          severity\n        }\n        after {\n          name\n          description\n          severity\n        }\n      }\n      bodyDiff {\n        kind\n        text\n        oldNumber\n        newNumber\n      }\n    }\n  }\n':
    types.PolicyVersionDiffDocument,
  '\n  fragment PolicyListRow_policy on Policy {\n    id\n    key\n    title\n    area\n    description\n    currentVersion {\n      id\n      number\n      effectiveDate\n      labels {\n        key\n      }\n    }\n    versions {\n      id\n      number\n      status\n    }\n  }\n':
    types.PolicyListRow_PolicyFragmentDoc,
  '\n  query PolicyList($filter: PoliciesFilter) {\n    policies(filter: $filter) {\n      id\n      ...PolicyListRow_policy @unmask\n    }\n  }\n':
    types.PolicyListDocument,
  '\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n        ...PolicyListRow_policy @unmask\n      }\n      draft {\n        id\n      }\n    }\n  }\n':
    types.CreatePolicyDocument,
  '\n  mutation CreateDraft($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      version {\n        id\n        number\n        status\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n':
    types.CreateDraftDocument,
  '\n  mutation SaveDraft($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      version {\n        id\n        body\n        changeSummary\n        effectiveDate\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n    }\n  }\n':
    types.SaveDraftDocument,
  '\n  mutation PublishDraft($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      version {\n        id\n        status\n        publishedAt\n        publishedBy {\n          id\n          name\n        }\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n':
    types.PublishDraftDocument,
  '\n  mutation RetireVersion($input: RetirePolicyVersionInput!) {\n    retirePolicyVersion(input: $input) {\n      version {\n        id\n        status\n        retiredAt\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n':
    types.RetireVersionDocument,
  '\n  mutation DiscardDraft($input: DiscardPolicyVersionInput!) {\n    discardPolicyVersion(input: $input) {\n      discardedVersionId\n      policy {\n        id\n        ...PolicyVersions_policy @unmask\n        ...PolicyListRow_policy @unmask\n      }\n    }\n  }\n':
    types.DiscardDraftDocument,
  '\n  mutation AcknowledgeVersion($input: AcknowledgePolicyVersionInput!, $withReport: Boolean!) {\n    acknowledgePolicyVersion(input: $input) {\n      version {\n        id\n        ...MyAcknowledgement_version\n        ...AcknowledgementReport_version @include(if: $withReport)\n      }\n    }\n  }\n':
    types.AcknowledgeVersionDocument,
  '\n  mutation AddFaqEntry($input: AddFaqEntryInput!) {\n    addFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n':
    types.AddFaqEntryDocument,
  '\n  mutation RemoveFaqEntry($input: RemoveFaqEntryInput!) {\n    removeFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n':
    types.RemoveFaqEntryDocument,
  '\n  fragment TaxonomyTable_version on PolicyVersion {\n    labels {\n      key\n      name\n      description\n      severity\n    }\n  }\n':
    types.TaxonomyTable_VersionFragmentDoc,
  '\n  query VersionEditor($id: ID!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      body\n      changeSummary\n      effectiveDate\n      labels {\n        key\n        name\n        description\n        severity\n      }\n      policy {\n        id\n        key\n        title\n        versions {\n          id\n          number\n          status\n        }\n      }\n    }\n  }\n':
    types.VersionEditorDocument,
  '\n  fragment ErrorTrendTables_trends on ErrorTrends {\n    from\n    to\n    previousFrom\n    previousTo\n    audited\n    previousAudited\n    categories {\n      errorCategory\n      current\n      previous\n      change\n      currentRate\n      previousRate\n    }\n    labelPairs {\n      policyKey\n      expectedLabel\n      decidedLabel\n      current\n      previous\n      change\n    }\n  }\n':
    types.ErrorTrendTables_TrendsFragmentDoc,
  '\n  fragment QualityBreakdown_report on QualityReport {\n    groups {\n      key\n      label\n      audited\n      correct\n      incorrect\n      overturned\n      accuracy\n    }\n  }\n':
    types.QualityBreakdown_ReportFragmentDoc,
  '\n  query QualityDashboard($scores: QualityScoresInput!, $trends: ErrorTrendsInput!) {\n    qualityScores(input: $scores) {\n      overall {\n        key\n        audited\n        correct\n        incorrect\n        overturned\n        accuracy\n      }\n      ...QualityBreakdown_report\n      trend {\n        periodStart\n        audited\n        correct\n        accuracy\n      }\n    }\n    errorTrends(input: $trends) {\n      ...ErrorTrendTables_trends\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n':
    types.QualityDashboardDocument,
  '\n  query QuizAttempts($id: ID!) {\n    quiz(id: $id) {\n      id\n      attempts {\n        id\n        number\n        status\n        score\n        submittedAt\n        reopenedAt\n        user {\n          id\n          name\n        }\n        market {\n          id\n          code\n        }\n      }\n    }\n  }\n':
    types.QuizAttemptsDocument,
  '\n  query QuizList($first: Int!) {\n    me {\n      id\n      role\n    }\n    quizzes(first: $first) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      createdAt\n      questions {\n        id\n      }\n      assignedMarkets {\n        id\n        code\n      }\n      assignedTeams {\n        id\n        name\n      }\n      myAttempt {\n        id\n        status\n        score\n        correct\n        total\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n':
    types.QuizListDocument,
  '\n  mutation CreateContestedQuiz($input: CreateQuizFromContestedItemsInput!) {\n    createQuizFromContestedItems(input: $input) {\n      quiz {\n        id\n        title\n      }\n    }\n  }\n':
    types.CreateContestedQuizDocument,
  '\n  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {\n    startQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        total\n      }\n      quiz {\n        id\n        canTake\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n':
    types.StartQuizAttemptDocument,
  '\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        score\n        correct\n        total\n        submittedAt\n      }\n      quiz {\n        id\n        canTake\n        questions {\n          id\n          expectedLabel\n        }\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n':
    types.SubmitQuizAttemptDocument,
  '\n  mutation ReopenQuiz($input: ReopenQuizInput!) {\n    reopenQuiz(input: $input) {\n      attempt {\n        id\n        status\n        reopenedAt\n      }\n    }\n  }\n':
    types.ReopenQuizDocument,
  '\n  query QuizResults($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      questions {\n        id\n        position\n        text\n        contentType\n        expectedLabel\n        labels {\n          key\n          name\n        }\n      }\n      results {\n        accuracy\n        assigned\n        submitted\n        markets {\n          assigned\n          submitted\n          answered\n          correct\n          accuracy\n          market {\n            id\n            code\n            name\n          }\n        }\n        questions {\n          answered\n          correct\n          accuracy\n          distribution {\n            label\n            count\n          }\n          question {\n            id\n            position\n          }\n        }\n      }\n    }\n  }\n':
    types.QuizResultsDocument,
  '\n  fragment QuizTake_attempt on QuizAttempt {\n    id\n    status\n    number\n    score\n    correct\n    total\n    submittedAt\n    answers {\n      id\n      label\n      correct\n      question {\n        id\n      }\n    }\n  }\n':
    types.QuizTake_AttemptFragmentDoc,
  '\n  query QuizTake($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      questions {\n        id\n        position\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        expectedLabel\n        labels {\n          key\n          name\n          description\n        }\n      }\n      myAttempt {\n        ...QuizTake_attempt @unmask\n      }\n    }\n  }\n':
    types.QuizTakeDocument,
  '\n  fragment EscalationCard_escalation on RcaEscalation {\n    id\n    title\n    description\n    state\n    origin\n    rootCause\n    errorCategory\n    queue\n    createdAt\n    startedAt\n    resolvedAt\n    resolutionNote\n    market {\n      id\n      code\n    }\n    policy {\n      id\n      title\n    }\n    team {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    filedBy {\n      id\n      name\n    }\n    linkedAudits {\n      id\n      ...RcaAuditRow\n    }\n    # Only counted: as many as the server gives (its cap: 200).\n    linkedCases(first: 200) {\n      id\n    }\n    actionItems {\n      id\n      title\n      dueDate\n      status\n      overdue\n      owner {\n        id\n        name\n      }\n    }\n    effectiveness(weeks: 4) {\n      weeks\n      change\n      before {\n        audits\n        errors\n        rate\n        complete\n      }\n      after {\n        audits\n        errors\n        rate\n        complete\n      }\n    }\n  }\n':
    types.EscalationCard_EscalationFragmentDoc,
  '\n  mutation CreateRcaEscalation($input: CreateRcaEscalationInput!) {\n    createRcaEscalation(input: $input) {\n      escalation {\n        id\n        state\n        ...EscalationCard_escalation\n      }\n    }\n  }\n':
    types.CreateRcaEscalationDocument,
  '\n  mutation StartRcaEscalation($input: StartRcaEscalationInput!) {\n    startRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n':
    types.StartRcaEscalationDocument,
  '\n  mutation ResolveRcaEscalation($input: ResolveRcaEscalationInput!) {\n    resolveRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n':
    types.ResolveRcaEscalationDocument,
  '\n  mutation LinkRcaEscalation($input: LinkRcaEscalationInput!) {\n    linkRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n':
    types.LinkRcaEscalationDocument,
  '\n  mutation AddRcaActionItem($input: AddRcaActionItemInput!) {\n    addRcaActionItem(input: $input) {\n      actionItem {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n      escalation {\n        id\n        title\n        actionItems {\n          id\n          title\n          dueDate\n          status\n          overdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AddRcaActionItemDocument,
  '\n  mutation SetRcaActionItemStatus($input: SetRcaActionItemStatusInput!) {\n    setRcaActionItemStatus(input: $input) {\n      actionItem {\n        id\n        status\n        overdue\n      }\n    }\n  }\n':
    types.SetRcaActionItemStatusDocument,
  '\n  query RcaLinkableAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          ...RcaAuditRow\n        }\n      }\n    }\n  }\n':
    types.RcaLinkableAuditsDocument,
  '\n  fragment RcaAuditRow on Audit {\n    id\n    day\n    queue\n    verdict\n    errorCategory\n    case {\n      id\n      externalId\n    }\n    moderator {\n      id\n      name\n    }\n    market {\n      id\n      code\n    }\n    decidedTaxonomyLabel {\n      key\n      name\n    }\n    expectedTaxonomyLabel {\n      key\n      name\n    }\n  }\n':
    types.RcaAuditRowFragmentDoc,
  "\n  query RcaBoard {\n    me {\n      id\n      role\n    }\n    # 40: with each card's linked audits and cases the board's estimated cost must stay\n    # under the server's limit (at the list's default of 50 it was 104,610 of 100,000).\n    rcaEscalations(first: 40) {\n      id\n      state\n      ...EscalationCard_escalation\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      title\n    }\n    caseQueues\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n":
    types.RcaBoardDocument,
  '\n  query OverdueActionItems {\n    overdueRcaActionItems {\n      id\n      title\n      dueDate\n      owner {\n        id\n        name\n      }\n      escalation {\n        id\n        title\n      }\n    }\n  }\n':
    types.OverdueActionItemsDocument,
  '\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n': types.ViewerRoleDocument,
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
  source: '\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n',
): (typeof documents)['\n  query AppShell {\n    me {\n      id\n      ...UserSummary_user\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment UserSummary_user on User {\n    name\n    role\n    market {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsOptions {\n    analyticsOptions {\n      markets {\n        id\n        code\n        name\n      }\n      vendors {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n      policies {\n        id\n        title\n      }\n      policyVersions {\n        id\n        number\n        policy {\n          id\n        }\n      }\n      facilitators {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsOptions {\n    analyticsOptions {\n      markets {\n        id\n        code\n        name\n      }\n      vendors {\n        id\n        name\n      }\n      teams {\n        id\n        name\n      }\n      policies {\n        id\n        title\n      }\n      policyVersions {\n        id\n        number\n        policy {\n          id\n        }\n      }\n      facilitators {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsComparisons(\n    $filter: AnalyticsFilter\n    $versionFilter: AnalyticsFilter\n    $policyId: ID!\n    $withPolicy: Boolean!\n  ) {\n    vendorComparison(filter: $filter) {\n      vendor {\n        id\n        name\n      }\n      items\n      votes\n      correctVotes\n      accuracy {\n        value\n        reason\n      }\n      percentAgreement {\n        value\n        reason\n      }\n    }\n    policyVersionComparison(policyId: $policyId, filter: $versionFilter) @include(if: $withPolicy) {\n      policyVersion {\n        id\n        number\n        effectiveDate\n      }\n      ...AnalyticsFigures\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsComparisons(\n    $filter: AnalyticsFilter\n    $versionFilter: AnalyticsFilter\n    $policyId: ID!\n    $withPolicy: Boolean!\n  ) {\n    vendorComparison(filter: $filter) {\n      vendor {\n        id\n        name\n      }\n      items\n      votes\n      correctVotes\n      accuracy {\n        value\n        reason\n      }\n      percentAgreement {\n        value\n        reason\n      }\n    }\n    policyVersionComparison(policyId: $policyId, filter: $versionFilter) @include(if: $withPolicy) {\n      policyVersion {\n        id\n        number\n        effectiveDate\n      }\n      ...AnalyticsFigures\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsDrillDowns($filter: AnalyticsFilter) {\n    contestedItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      percentAgreement\n      majority\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n    }\n    divergentItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      divergence\n      markets {\n        market {\n          id\n          code\n        }\n        votes\n        majority\n        majorityShare\n        matchesGold\n      }\n    }\n    confusedLabelPairs(filter: $filter, limit: 15) {\n      policy {\n        id\n        title\n        currentVersion {\n          id\n          labels {\n            key\n            name\n          }\n        }\n      }\n      labelA\n      labelB\n      disagreements\n      share\n      goldAChoseB\n      goldBChoseA\n    }\n    marketDrift(filter: $filter) {\n      market {\n        id\n        code\n      }\n      policy {\n        id\n        title\n      }\n      goldVotes\n      accuracy {\n        value\n        reason\n      }\n      otherMarketsAccuracy {\n        value\n        reason\n      }\n      drift\n      majorityMatchesGold {\n        value\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsDrillDowns($filter: AnalyticsFilter) {\n    contestedItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      percentAgreement\n      majority\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n    }\n    divergentItems(filter: $filter, limit: 15) {\n      sessionId\n      sessionTitle\n      itemId\n      position\n      caseId\n      gold\n      votes\n      majorityShare\n      distribution {\n        label\n        count\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      divergence\n      markets {\n        market {\n          id\n          code\n        }\n        votes\n        majority\n        majorityShare\n        matchesGold\n      }\n    }\n    confusedLabelPairs(filter: $filter, limit: 15) {\n      policy {\n        id\n        title\n        currentVersion {\n          id\n          labels {\n            key\n            name\n          }\n        }\n      }\n      labelA\n      labelB\n      disagreements\n      share\n      goldAChoseB\n      goldBChoseA\n    }\n    marketDrift(filter: $filter) {\n      market {\n        id\n        code\n      }\n      policy {\n        id\n        title\n      }\n      goldVotes\n      accuracy {\n        value\n        reason\n      }\n      otherMarketsAccuracy {\n        value\n        reason\n      }\n      drift\n      majorityMatchesGold {\n        value\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnalyticsFigures on AgreementRateRow {\n    sessions\n    items\n    votes\n    percentAgreement {\n      value\n      reason\n    }\n    fleissKappa {\n      value\n      reason\n      band\n    }\n    krippendorffAlpha {\n      value\n      reason\n      band\n    }\n    gwetAC1 {\n      value\n      reason\n      band\n    }\n    accuracy {\n      value\n      reason\n    }\n  }\n',
): (typeof documents)['\n  fragment AnalyticsFigures on AgreementRateRow {\n    sessions\n    items\n    votes\n    percentAgreement {\n      value\n      reason\n    }\n    fleissKappa {\n      value\n      reason\n      band\n    }\n    krippendorffAlpha {\n      value\n      reason\n      band\n    }\n    gwetAC1 {\n      value\n      reason\n      band\n    }\n    accuracy {\n      value\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsParticipants($filter: AnalyticsFilter, $threshold: Float) {\n    lowAccuracyParticipants(filter: $filter, threshold: $threshold, limit: 50) {\n      user {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      team {\n        id\n        name\n      }\n      sessions\n      goldVotes\n      correctVotes\n      accuracy\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsParticipants($filter: AnalyticsFilter, $threshold: Float) {\n    lowAccuracyParticipants(filter: $filter, threshold: $threshold, limit: 50) {\n      user {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      team {\n        id\n        name\n      }\n      sessions\n      goldVotes\n      correctVotes\n      accuracy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsRates($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!], $interval: AgreementTrendInterval) {\n    agreementRates(filter: $filter, groupBy: $groupBy, interval: $interval) {\n      total {\n        ...AnalyticsFigures\n      }\n      trend {\n        period\n        ...AnalyticsFigures\n      }\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        policyVersion {\n          id\n          number\n          policy {\n            id\n            title\n          }\n        }\n        vendor {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        facilitator {\n          id\n          name\n        }\n        period\n        ...AnalyticsFigures\n      }\n    }\n    heatMap: agreementRates(filter: $filter, groupBy: [MARKET, POLICY]) {\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        ...AnalyticsFigures\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsRates($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!], $interval: AgreementTrendInterval) {\n    agreementRates(filter: $filter, groupBy: $groupBy, interval: $interval) {\n      total {\n        ...AnalyticsFigures\n      }\n      trend {\n        period\n        ...AnalyticsFigures\n      }\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        policyVersion {\n          id\n          number\n          policy {\n            id\n            title\n          }\n        }\n        vendor {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        facilitator {\n          id\n          name\n        }\n        period\n        ...AnalyticsFigures\n      }\n    }\n    heatMap: agreementRates(filter: $filter, groupBy: [MARKET, POLICY]) {\n      rows {\n        market {\n          id\n          code\n        }\n        policy {\n          id\n          title\n        }\n        ...AnalyticsFigures\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditLogEntry_entry on AuditLogEntry {\n    id\n    at\n    action\n    ip\n    targetType\n    targetLabel\n    actor {\n      id\n      name\n      email\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n',
): (typeof documents)['\n  fragment AuditLogEntry_entry on AuditLogEntry {\n    id\n    at\n    action\n    ip\n    targetType\n    targetLabel\n    actor {\n      id\n      name\n      email\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditLogEntry_entry\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AuditLogEntry_entry\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogActors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogActors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportAuditLog($input: ExportAuditLogInput!) {\n    exportAuditLog(input: $input) {\n      csv\n      rowCount\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportAuditLog($input: ExportAuditLogInput!) {\n    exportAuditLog(input: $input) {\n      csv\n      rowCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppealHistory_appeal on Appeal {\n    id\n    status\n    reason\n    decisionNote\n    createdAt\n    decidedAt\n    appellant {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AppealHistory_appeal on Appeal {\n    id\n    status\n    reason\n    decisionNote\n    createdAt\n    decidedAt\n    appellant {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppealCard_appeal on Appeal {\n    id\n    ...AppealHistory_appeal @unmask\n    audit {\n      id\n      queue\n      verdict\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      expectedLabel\n      expectedTaxonomyLabel {\n        key\n        name\n      }\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AppealCard_appeal on Appeal {\n    id\n    ...AppealHistory_appeal @unmask\n    audit {\n      id\n      queue\n      verdict\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      expectedLabel\n      expectedTaxonomyLabel {\n        key\n        name\n      }\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Appeals($filter: AppealsFilter, $first: Int!) {\n    appeals(filter: $filter, first: $first) {\n      id\n      ...AppealCard_appeal @unmask\n    }\n  }\n',
): (typeof documents)['\n  query Appeals($filter: AppealsFilter, $first: Int!) {\n    appeals(filter: $filter, first: $first) {\n      id\n      ...AppealCard_appeal @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditForm($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      day\n      queue\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      verdict\n      expectedLabel\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n        name\n      }\n      policy {\n        id\n        title\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        decidedAt\n        policyVersion {\n          id\n          number\n          labels {\n            key\n            name\n            description\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditForm($id: ID!) {\n    audit(id: $id) {\n      id\n      status\n      day\n      queue\n      decidedLabel\n      decidedTaxonomyLabel {\n        key\n        name\n      }\n      verdict\n      expectedLabel\n      errorCategory\n      feedback\n      auditedAt\n      auditor {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n      }\n      market {\n        id\n        code\n        name\n      }\n      policy {\n        id\n        title\n      }\n      case {\n        id\n        externalId\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        decidedAt\n        policyVersion {\n          id\n          number\n          labels {\n            key\n            name\n            description\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealCard_appeal @unmask\n        audit {\n          id\n          canAppeal\n          appeal {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealCard_appeal @unmask\n        audit {\n          id\n          canAppeal\n          appeal {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealHistory_appeal @unmask\n        audit {\n          id\n          overturned\n          countsAgainstModerator\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      appeal {\n        id\n        ...AppealHistory_appeal @unmask\n        audit {\n          id\n          overturned\n          countsAgainstModerator\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitAudit($input: SubmitAuditInput!) {\n    submitAudit(input: $input) {\n      audit {\n        id\n        status\n        verdict\n        expectedLabel\n        expectedTaxonomyLabel {\n          key\n          name\n        }\n        errorCategory\n        feedback\n        auditedAt\n        auditor {\n          id\n          name\n        }\n        countsAgainstModerator\n        appealDeadline\n        canAppeal\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitAudit($input: SubmitAuditInput!) {\n    submitAudit(input: $input) {\n      audit {\n        id\n        status\n        verdict\n        expectedLabel\n        expectedTaxonomyLabel {\n          key\n          name\n        }\n        errorCategory\n        feedback\n        auditedAt\n        auditor {\n          id\n          name\n        }\n        countsAgainstModerator\n        appealDeadline\n        canAppeal\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClaimAudit($input: ClaimAuditInput!) {\n    claimAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ClaimAudit($input: ClaimAuditInput!) {\n    claimAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignAudit($input: AssignAuditInput!) {\n    assignAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignAudit($input: AssignAuditInput!) {\n    assignAudit(input: $input) {\n      audit {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSamplingPlan($input: CreateSamplingPlanInput!) {\n    createSamplingPlan(input: $input) {\n      plan {\n        id\n        createdAt\n        ...PlanRow_plan\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSamplingPlan($input: CreateSamplingPlanInput!) {\n    createSamplingPlan(input: $input) {\n      plan {\n        id\n        createdAt\n        ...PlanRow_plan\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSamplingPlanActive($input: SetSamplingPlanActiveInput!) {\n    setSamplingPlanActive(input: $input) {\n      plan {\n        id\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSamplingPlanActive($input: SetSamplingPlanActiveInput!) {\n    setSamplingPlanActive(input: $input) {\n      plan {\n        id\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunSamplingPlan($input: RunSamplingPlanInput!) {\n    runSamplingPlan(input: $input) {\n      run {\n        id\n        day\n        candidates\n        drawn\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RunSamplingPlan($input: RunSamplingPlanInput!) {\n    runSamplingPlan(input: $input) {\n      run {\n        id\n        day\n        candidates\n        drawn\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditQueue {\n    me {\n      id\n      role\n    }\n    audits(filter: { status: PENDING }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          decidedLabel\n          plan {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n            text\n            sensitivityTags\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditQueue {\n    me {\n      id\n      role\n    }\n    audits(filter: { status: PENDING }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          decidedLabel\n          plan {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n            text\n            sensitivityTags\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Auditors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Auditors {\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTeam {\n    me {\n      id\n      leadsTeam {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTeam {\n    me {\n      id\n      leadsTeam {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAudits($teamId: ID) {\n    audits(filter: { status: COMPLETED, teamId: $teamId }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          verdict\n          decidedLabel\n          decidedTaxonomyLabel {\n            key\n            name\n          }\n          expectedLabel\n          expectedTaxonomyLabel {\n            key\n            name\n          }\n          errorCategory\n          feedback\n          auditedAt\n          countsAgainstModerator\n          appealDeadline\n          canAppeal\n          moderator {\n            id\n            name\n          }\n          auditor {\n            id\n            name\n          }\n          policy {\n            id\n            title\n          }\n          case {\n            id\n            externalId\n            contentType\n            text\n            mediaUrl\n            sensitivityTags\n          }\n          appeal {\n            id\n            ...AppealHistory_appeal @unmask\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAudits($teamId: ID) {\n    audits(filter: { status: COMPLETED, teamId: $teamId }, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          day\n          queue\n          verdict\n          decidedLabel\n          decidedTaxonomyLabel {\n            key\n            name\n          }\n          expectedLabel\n          expectedTaxonomyLabel {\n            key\n            name\n          }\n          errorCategory\n          feedback\n          auditedAt\n          countsAgainstModerator\n          appealDeadline\n          canAppeal\n          moderator {\n            id\n            name\n          }\n          auditor {\n            id\n            name\n          }\n          policy {\n            id\n            title\n          }\n          case {\n            id\n            externalId\n            contentType\n            text\n            mediaUrl\n            sensitivityTags\n          }\n          appeal {\n            id\n            ...AppealHistory_appeal @unmask\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment PlanRow_plan on SamplingPlan {\n    id\n    name\n    queue\n    rate\n    countPerDay\n    stratifyByDecision\n    seed\n    active\n    createdAt\n    # Newest first; the page shows a few and all of them on demand (the server's cap: 200).\n    runs(first: 200) {\n      id\n      day\n      candidates\n      drawn\n      createdAt\n    }\n    market {\n      id\n      code\n    }\n    team {\n      id\n      name\n    }\n    moderator {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  fragment PlanRow_plan on SamplingPlan {\n    id\n    name\n    queue\n    rate\n    countPerDay\n    stratifyByDecision\n    seed\n    active\n    createdAt\n    # Newest first; the page shows a few and all of them on demand (the server's cap: 200).\n    runs(first: 200) {\n      id\n      day\n      candidates\n      drawn\n      createdAt\n    }\n    market {\n      id\n      code\n    }\n    team {\n      id\n      name\n    }\n    moderator {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DrawnAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          queue\n          decidedLabel\n          verdict\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DrawnAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          queue\n          decidedLabel\n          verdict\n          moderator {\n            id\n            name\n          }\n          market {\n            id\n            code\n          }\n          case {\n            id\n            externalId\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SamplingPlans {\n    samplingPlans {\n      id\n      ...PlanRow_plan\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    caseQueues\n    users(filter: { role: MODERATOR }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SamplingPlans {\n    samplingPlans {\n      id\n      ...PlanRow_plan\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    caseQueues\n    users(filter: { role: MODERATOR }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      market {\n        id\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      market {\n        id\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      signedOut\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      signedOut\n    }\n  }\n'];
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
  source: '\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingQuestion($id: ID!) {\n    briefingQuestion(id: $id) {\n      id\n      ...QuestionCard_question\n    }\n  }\n',
): (typeof documents)['\n  query BriefingQuestion($id: ID!) {\n    briefingQuestion(id: $id) {\n      id\n      ...QuestionCard_question\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription BriefingEvents($briefingId: ID!) {\n    briefingEvents(briefingId: $briefingId) {\n      __typename\n      ... on BriefingStarted {\n        briefingId\n      }\n      ... on BriefingEnded {\n        briefingId\n      }\n      ... on BriefingThreadClosed {\n        briefingId\n      }\n      ... on BriefingUpdated {\n        briefingId\n      }\n      ... on BriefingQuestionAsked {\n        questionId\n      }\n      ... on BriefingQuestionUpvoted {\n        questionId\n        upvoteCount\n      }\n      ... on BriefingQuestionReplied {\n        questionId\n        replyId\n      }\n      ... on BriefingReplyHiddenChanged {\n        questionId\n        replyId\n      }\n      ... on BriefingQuestionStatusChanged {\n        questionId\n        status\n        pinned\n        hidden\n        dismissalReason\n        officialAnswerId\n        promotedToFaq\n      }\n      ... on BriefingPresenceChanged {\n        presence {\n          total\n          markets {\n            market\n            count\n          }\n        }\n      }\n      ... on BriefingAcknowledgementsChanged {\n        acknowledgements {\n          acknowledged\n          audience\n          markets {\n            market\n            acknowledged\n            audience\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription BriefingEvents($briefingId: ID!) {\n    briefingEvents(briefingId: $briefingId) {\n      __typename\n      ... on BriefingStarted {\n        briefingId\n      }\n      ... on BriefingEnded {\n        briefingId\n      }\n      ... on BriefingThreadClosed {\n        briefingId\n      }\n      ... on BriefingUpdated {\n        briefingId\n      }\n      ... on BriefingQuestionAsked {\n        questionId\n      }\n      ... on BriefingQuestionUpvoted {\n        questionId\n        upvoteCount\n      }\n      ... on BriefingQuestionReplied {\n        questionId\n        replyId\n      }\n      ... on BriefingReplyHiddenChanged {\n        questionId\n        replyId\n      }\n      ... on BriefingQuestionStatusChanged {\n        questionId\n        status\n        pinned\n        hidden\n        dismissalReason\n        officialAnswerId\n        promotedToFaq\n      }\n      ... on BriefingPresenceChanged {\n        presence {\n          total\n          markets {\n            market\n            count\n          }\n        }\n      }\n      ... on BriefingAcknowledgementsChanged {\n        acknowledgements {\n          acknowledged\n          audience\n          markets {\n            market\n            acknowledged\n            audience\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BriefingListRow_briefing on Briefing {\n    id\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    threadClosed\n    canPresent\n    presenter {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    audienceMarkets {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment BriefingListRow_briefing on Briefing {\n    id\n    title\n    status\n    scheduledAt\n    startedAt\n    endedAt\n    threadClosed\n    canPresent\n    presenter {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    audienceMarkets {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingList($first: Int!) {\n    me {\n      id\n      role\n    }\n    briefings(first: $first) {\n      id\n      ...BriefingListRow_briefing @unmask\n    }\n  }\n',
): (typeof documents)['\n  query BriefingList($first: Int!) {\n    me {\n      id\n      role\n    }\n    briefings(first: $first) {\n      id\n      ...BriefingListRow_briefing @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskBriefingQuestion($input: AskBriefingQuestionInput!) {\n    askBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AskBriefingQuestion($input: AskBriefingQuestionInput!) {\n    askBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartBriefing($input: StartBriefingInput!) {\n    startBriefing(input: $input) {\n      briefing {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartBriefing($input: StartBriefingInput!) {\n    startBriefing(input: $input) {\n      briefing {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndBriefing($input: EndBriefingInput!) {\n    endBriefing(input: $input) {\n      briefing {\n        id\n        status\n        endedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EndBriefing($input: EndBriefingInput!) {\n    endBriefing(input: $input) {\n      briefing {\n        id\n        status\n        endedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseBriefingThread($input: CloseBriefingThreadInput!) {\n    closeBriefingThread(input: $input) {\n      briefing {\n        id\n        threadClosed\n        threadClosedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseBriefingThread($input: CloseBriefingThreadInput!) {\n    closeBriefingThread(input: $input) {\n      briefing {\n        id\n        threadClosed\n        threadClosedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PinBriefingQuestion($input: PinBriefingQuestionInput!) {\n    pinBriefingQuestion(input: $input) {\n      question {\n        id\n        pinned\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PinBriefingQuestion($input: PinBriefingQuestionInput!) {\n    pinBriefingQuestion(input: $input) {\n      question {\n        id\n        pinned\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkBriefingQuestionAnswered($input: MarkBriefingQuestionAnsweredInput!) {\n    markBriefingQuestionAnswered(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkBriefingQuestionAnswered($input: MarkBriefingQuestionAnsweredInput!) {\n    markBriefingQuestionAnswered(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenBriefingQuestion($input: ReopenBriefingQuestionInput!) {\n    reopenBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenBriefingQuestion($input: ReopenBriefingQuestionInput!) {\n    reopenBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PromoteBriefingQuestion($input: PromoteBriefingQuestionInput!) {\n    promoteBriefingQuestionToFaq(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n      faqEntry {\n        id\n        position\n        question\n        answer\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PromoteBriefingQuestion($input: PromoteBriefingQuestionInput!) {\n    promoteBriefingQuestionToFaq(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n      faqEntry {\n        id\n        position\n        question\n        answer\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToBriefingQuestion($input: ReplyToBriefingQuestionInput!) {\n    replyToBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplyToBriefingQuestion($input: ReplyToBriefingQuestionInput!) {\n    replyToBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissBriefingQuestion($input: DismissBriefingQuestionInput!) {\n    dismissBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DismissBriefingQuestion($input: DismissBriefingQuestionInput!) {\n    dismissBriefingQuestion(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpvoteBriefingQuestion($input: UpvoteBriefingQuestionInput!) {\n    upvoteBriefingQuestion(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpvoteBriefingQuestion($input: UpvoteBriefingQuestionInput!) {\n    upvoteBriefingQuestion(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveBriefingUpvote($input: RemoveBriefingUpvoteInput!) {\n    removeBriefingUpvote(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveBriefingUpvote($input: RemoveBriefingUpvoteInput!) {\n    removeBriefingUpvote(input: $input) {\n      question {\n        id\n        upvoteCount\n        upvotedByMe\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetBriefingOfficialAnswer($input: SetBriefingOfficialAnswerInput!) {\n    setBriefingOfficialAnswer(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetBriefingOfficialAnswer($input: SetBriefingOfficialAnswerInput!) {\n    setBriefingOfficialAnswer(input: $input) {\n      question {\n        id\n        ...QuestionCard_question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetBriefingReplyHidden($input: SetBriefingReplyHiddenInput!) {\n    setBriefingReplyHidden(input: $input) {\n      reply {\n        id\n        hidden\n        hiddenReason\n      }\n      question {\n        id\n        replyCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetBriefingReplyHidden($input: SetBriefingReplyHiddenInput!) {\n    setBriefingReplyHidden(input: $input) {\n      reply {\n        id\n        hidden\n        hiddenReason\n      }\n      question {\n        id\n        replyCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeBriefingVersion($input: AcknowledgeBriefingVersionInput!) {\n    acknowledgeBriefingVersion(input: $input) {\n      briefing {\n        id\n        policyVersion {\n          id\n          myAcknowledgement {\n            id\n            acknowledgedAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeBriefingVersion($input: AcknowledgeBriefingVersionInput!) {\n    acknowledgeBriefingVersion(input: $input) {\n      briefing {\n        id\n        policyVersion {\n          id\n          myAcknowledgement {\n            id\n            acknowledgedAt\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleBriefing($input: ScheduleBriefingInput!) {\n    scheduleBriefing(input: $input) {\n      briefing {\n        id\n        ...BriefingListRow_briefing @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleBriefing($input: ScheduleBriefingInput!) {\n    scheduleBriefing(input: $input) {\n      briefing {\n        id\n        ...BriefingListRow_briefing @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingRoom($id: ID!, $first: Int!) {\n    me {\n      id\n      role\n    }\n    briefing(id: $id) {\n      id\n      title\n      status\n      scheduledAt\n      startedAt\n      endedAt\n      threadClosed\n      threadClosedAt\n      notes\n      canPresent\n      presenter {\n        id\n        name\n      }\n      audienceMarkets {\n        id\n        code\n        name\n      }\n      policyVersion {\n        id\n        number\n        status\n        changeSummary\n        policy {\n          id\n          title\n        }\n        myAcknowledgement {\n          id\n          acknowledgedAt\n        }\n      }\n      presence {\n        total\n        markets {\n          market\n          count\n        }\n      }\n      acknowledgements {\n        acknowledged\n        audience\n        markets {\n          market\n          acknowledged\n          audience\n        }\n      }\n      questions(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            ...QuestionCard_question\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BriefingRoom($id: ID!, $first: Int!) {\n    me {\n      id\n      role\n    }\n    briefing(id: $id) {\n      id\n      title\n      status\n      scheduledAt\n      startedAt\n      endedAt\n      threadClosed\n      threadClosedAt\n      notes\n      canPresent\n      presenter {\n        id\n        name\n      }\n      audienceMarkets {\n        id\n        code\n        name\n      }\n      policyVersion {\n        id\n        number\n        status\n        changeSummary\n        policy {\n          id\n          title\n        }\n        myAcknowledgement {\n          id\n          acknowledgedAt\n        }\n      }\n      presence {\n        total\n        markets {\n          market\n          count\n        }\n      }\n      acknowledgements {\n        acknowledged\n        audience\n        markets {\n          market\n          acknowledged\n          audience\n        }\n      }\n      questions(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            ...QuestionCard_question\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuestionCard_question on BriefingQuestion {\n    id\n    briefingId\n    text\n    anonymous\n    createdAt\n    upvoteCount\n    upvotedByMe\n    mine\n    status\n    pinned\n    hidden\n    dismissalReason\n    answeredAt\n    author {\n      id\n      name\n    }\n    authorMarket {\n      id\n      code\n    }\n    replyCount\n    replies {\n      id\n      text\n      createdAt\n      mine\n      byPresenter\n      official\n      hidden\n      hiddenReason\n      author {\n        id\n        name\n      }\n      authorMarket {\n        id\n        code\n      }\n    }\n    officialAnswer {\n      id\n    }\n    faqEntry {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment QuestionCard_question on BriefingQuestion {\n    id\n    briefingId\n    text\n    anonymous\n    createdAt\n    upvoteCount\n    upvotedByMe\n    mine\n    status\n    pinned\n    hidden\n    dismissalReason\n    answeredAt\n    author {\n      id\n      name\n    }\n    authorMarket {\n      id\n      code\n    }\n    replyCount\n    replies {\n      id\n      text\n      createdAt\n      mine\n      byPresenter\n      official\n      hidden\n      hiddenReason\n      author {\n        id\n        name\n      }\n      authorMarket {\n        id\n        code\n      }\n    }\n    officialAnswer {\n      id\n    }\n    faqEntry {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScheduleBriefingOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ScheduleBriefingOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoldChallenges_challenge on GoldChallenge {\n    id\n    status\n    reason\n    goldAtChallenge\n    newGold\n    resolutionNote\n    createdAt\n    raisedBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment GoldChallenges_challenge on GoldChallenge {\n    id\n    status\n    reason\n    goldAtChallenge\n    newGold\n    resolutionNote\n    createdAt\n    raisedBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ItemContent_case on Case {\n    id\n    externalId\n    contentType\n    text\n    mediaUrl\n    sensitivityTags\n    queue\n    market {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  fragment ItemContent_case on Case {\n    id\n    externalId\n    contentType\n    text\n    mediaUrl\n    sensitivityTags\n    queue\n    market {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveTally_tally on Tally {\n    itemId\n    version\n    voted\n    abstained\n    eligible\n    distribution {\n      label\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveTally_tally on Tally {\n    itemId\n    version\n    voted\n    abstained\n    eligible\n    distribution {\n      label\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveReveal_vote on RevealedVote {\n    participantName\n    market\n    label\n    rationale\n  }\n',
): (typeof documents)['\n  fragment LiveReveal_vote on RevealedVote {\n    participantName\n    market\n    label\n    rationale\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveTally_item on CalibrationItem {\n    id\n    tally {\n      ...LiveTally_tally @unmask\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveTally_item on CalibrationItem {\n    id\n    tally {\n      ...LiveTally_tally @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveReveal_item on CalibrationItem {\n    id\n    state\n    gold\n    tally {\n      ...LiveTally_tally @unmask\n    }\n    votes {\n      ...LiveReveal_vote @unmask\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveReveal_item on CalibrationItem {\n    id\n    state\n    gold\n    tally {\n      ...LiveTally_tally @unmask\n    }\n    votes {\n      ...LiveReveal_vote @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveMyVote_item on CalibrationItem {\n    id\n    myVote {\n      label\n      abstained\n      rationale\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveMyVote_item on CalibrationItem {\n    id\n    myVote {\n      label\n      abstained\n      rationale\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewCalibrationSessionOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n    caseQueues\n  }\n',
): (typeof documents)['\n  query NewCalibrationSessionOptions {\n    policies {\n      id\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n    caseQueues\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewCalibrationSessionCases($filter: CasesFilter) {\n    cases(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          externalId\n          text\n          contentType\n          queue\n          decision\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewCalibrationSessionCases($filter: CasesFilter) {\n    cases(filter: $filter, page: { first: 100 }) {\n      totalCount\n      edges {\n        node {\n          id\n          externalId\n          text\n          contentType\n          queue\n          decision\n          market {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CalibrationSessionEvents($sessionId: ID!) {\n    sessionEvents(sessionId: $sessionId) {\n      __typename\n      ... on PresenceChanged {\n        total\n        markets {\n          market\n          count\n        }\n        present {\n          userId\n          name\n          market\n          participant\n        }\n      }\n      ... on SessionStarted {\n        sessionId\n      }\n      ... on ItemOpened {\n        itemId\n        position\n      }\n      ... on TallyUpdated {\n        tally {\n          ...LiveTally_tally @unmask\n        }\n      }\n      ... on ItemRevealed {\n        itemId\n        gold\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        votes {\n          ...LiveReveal_vote @unmask\n        }\n      }\n      ... on SessionClosed {\n        resultVersion\n      }\n      ... on GoldChanged {\n        itemId\n        newGold\n        resultVersion\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription CalibrationSessionEvents($sessionId: ID!) {\n    sessionEvents(sessionId: $sessionId) {\n      __typename\n      ... on PresenceChanged {\n        total\n        markets {\n          market\n          count\n        }\n        present {\n          userId\n          name\n          market\n          participant\n        }\n      }\n      ... on SessionStarted {\n        sessionId\n      }\n      ... on ItemOpened {\n        itemId\n        position\n      }\n      ... on TallyUpdated {\n        tally {\n          ...LiveTally_tally @unmask\n        }\n      }\n      ... on ItemRevealed {\n        itemId\n        gold\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        votes {\n          ...LiveReveal_vote @unmask\n        }\n      }\n      ... on SessionClosed {\n        resultVersion\n      }\n      ... on GoldChanged {\n        itemId\n        newGold\n        resultVersion\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionRow_session on CalibrationSession {\n    id\n    title\n    status\n    mode\n    scheduledAt\n    startedAt\n    closedAt\n    canDrive\n    isParticipant\n    facilitator {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    invitedMarkets {\n      id\n      code\n    }\n    items {\n      id\n    }\n    participants {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionRow_session on CalibrationSession {\n    id\n    title\n    status\n    mode\n    scheduledAt\n    startedAt\n    closedAt\n    canDrive\n    isParticipant\n    facilitator {\n      id\n      name\n    }\n    policyVersion {\n      id\n      number\n      policy {\n        id\n        title\n      }\n    }\n    invitedMarkets {\n      id\n      code\n    }\n    items {\n      id\n    }\n    participants {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalibrationSessions($first: Int!) {\n    me {\n      id\n      role\n    }\n    calibrationSessions(first: $first) {\n      id\n      status\n      scheduledAt\n      ...SessionRow_session\n    }\n  }\n',
): (typeof documents)['\n  query CalibrationSessions($first: Int!) {\n    me {\n      id\n      role\n    }\n    calibrationSessions(first: $first) {\n      id\n      status\n      scheduledAt\n      ...SessionRow_session\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCalibrationSession($input: CreateCalibrationSessionInput!) {\n    createCalibrationSession(input: $input) {\n      session {\n        id\n        title\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCalibrationSession($input: CreateCalibrationSessionInput!) {\n    createCalibrationSession(input: $input) {\n      session {\n        id\n        title\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartCalibrationSession($input: StartCalibrationSessionInput!) {\n    startCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartCalibrationSession($input: StartCalibrationSessionInput!) {\n    startCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        startedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenCalibrationItem($input: OpenCalibrationItemInput!) {\n    openCalibrationItem(input: $input) {\n      item {\n        id\n        state\n        openedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenCalibrationItem($input: OpenCalibrationItemInput!) {\n    openCalibrationItem(input: $input) {\n      item {\n        id\n        state\n        openedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevealCalibrationItem($input: RevealCalibrationItemInput!) {\n    revealCalibrationItem(input: $input) {\n      item {\n        ...LiveReveal_item\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevealCalibrationItem($input: RevealCalibrationItemInput!) {\n    revealCalibrationItem(input: $input) {\n      item {\n        ...LiveReveal_item\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseCalibrationSession($input: CloseCalibrationSessionInput!) {\n    closeCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        closedAt\n        resultVersions\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseCalibrationSession($input: CloseCalibrationSessionInput!) {\n    closeCalibrationSession(input: $input) {\n      session {\n        id\n        status\n        closedAt\n        resultVersions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCalibrationItemGold($input: SetCalibrationItemGoldInput!) {\n    setCalibrationItemGold(input: $input) {\n      item {\n        id\n        gold\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCalibrationItemGold($input: SetCalibrationItemGoldInput!) {\n    setCalibrationItemGold(input: $input) {\n      item {\n        id\n        gold\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      vote {\n        label\n        abstained\n        rationale\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      vote {\n        label\n        abstained\n        rationale\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChallengeGold($input: ChallengeGoldInput!) {\n    challengeGold(input: $input) {\n      challenge {\n        id\n        ...GoldChallenges_challenge\n      }\n      item {\n        id\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChallengeGold($input: ChallengeGoldInput!) {\n    challengeGold(input: $input) {\n      challenge {\n        id\n        ...GoldChallenges_challenge\n      }\n      item {\n        id\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalibrationResults($id: ID!, $version: Int) {\n    calibrationSession(id: $id) {\n      id\n      title\n      status\n      mode\n      closedAt\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        case {\n          id\n          externalId\n        }\n      }\n      resultVersions\n      result(version: $version) {\n        version\n        statsVersion\n        reason\n        computedAt\n        labels\n        confusionMatrix\n        overall {\n          items\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          krippendorffAlphaOrdinal {\n            value\n            reason\n            band\n          }\n          alphaCI95 {\n            low\n            high\n            reason\n            resamples\n          }\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          majorityMatchesGold {\n            value\n            reason\n            matched\n            items\n          }\n        }\n        items {\n          itemId\n          position\n          gold\n          votes\n          abstentions\n          distribution\n          majority\n          tied\n          majorityShare {\n            value\n            reason\n          }\n          entropy {\n            value\n            reason\n          }\n          markets {\n            market\n            votes\n            majority\n            matchesGold\n          }\n        }\n        markets {\n          market\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          accuracy {\n            value\n            reason\n          }\n        }\n        participants {\n          userId\n          name\n          market\n          votes\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          cohenKappaVsGold {\n            value\n            reason\n            band\n          }\n          majorityAgreement {\n            value\n            reason\n            agreed\n            compared\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CalibrationResults($id: ID!, $version: Int) {\n    calibrationSession(id: $id) {\n      id\n      title\n      status\n      mode\n      closedAt\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        case {\n          id\n          externalId\n        }\n      }\n      resultVersions\n      result(version: $version) {\n        version\n        statsVersion\n        reason\n        computedAt\n        labels\n        confusionMatrix\n        overall {\n          items\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          krippendorffAlphaOrdinal {\n            value\n            reason\n            band\n          }\n          alphaCI95 {\n            low\n            high\n            reason\n            resamples\n          }\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          majorityMatchesGold {\n            value\n            reason\n            matched\n            items\n          }\n        }\n        items {\n          itemId\n          position\n          gold\n          votes\n          abstentions\n          distribution\n          majority\n          tied\n          majorityShare {\n            value\n            reason\n          }\n          entropy {\n            value\n            reason\n          }\n          markets {\n            market\n            votes\n            majority\n            matchesGold\n          }\n        }\n        markets {\n          market\n          raters\n          votes\n          percentAgreement {\n            value\n            reason\n          }\n          fleissKappa {\n            value\n            reason\n            band\n          }\n          gwetAC1 {\n            value\n            reason\n            band\n          }\n          krippendorffAlpha {\n            value\n            reason\n            band\n          }\n          accuracy {\n            value\n            reason\n          }\n        }\n        participants {\n          userId\n          name\n          market\n          votes\n          accuracy {\n            value\n            reason\n            correct\n            total\n          }\n          cohenKappaVsGold {\n            value\n            reason\n            band\n          }\n          majorityAgreement {\n            value\n            reason\n            agreed\n            compared\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalibrationRoom($id: ID!) {\n    me {\n      id\n      role\n    }\n    calibrationSession(id: $id) {\n      id\n      title\n      mode\n      status\n      scheduledAt\n      startedAt\n      closedAt\n      canDrive\n      isParticipant\n      facilitator {\n        id\n        name\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        state\n        openedAt\n        gold\n        case {\n          id\n          text\n          ...ItemContent_case\n        }\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        myVote {\n          label\n          abstained\n          rationale\n          version\n        }\n        votes {\n          participantName\n          market\n          label\n          rationale\n        }\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CalibrationRoom($id: ID!) {\n    me {\n      id\n      role\n    }\n    calibrationSession(id: $id) {\n      id\n      title\n      mode\n      status\n      scheduledAt\n      startedAt\n      closedAt\n      canDrive\n      isParticipant\n      facilitator {\n        id\n        name\n      }\n      policyVersion {\n        id\n        number\n        policy {\n          id\n          title\n        }\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n      invitedMarkets {\n        id\n        code\n        name\n      }\n      items {\n        id\n        position\n        state\n        openedAt\n        gold\n        case {\n          id\n          text\n          ...ItemContent_case\n        }\n        tally {\n          ...LiveTally_tally @unmask\n        }\n        myVote {\n          label\n          abstained\n          rationale\n          version\n        }\n        votes {\n          participantName\n          market\n          label\n          rationale\n        }\n        goldChallenges {\n          id\n          status\n          raisedBy {\n            id\n          }\n          ...GoldChallenges_challenge\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      source\n      externalId\n      queue\n      contentType\n      text\n      mediaUrl\n      sensitivityTags\n      decidedAt\n      decision\n      decisionLabel {\n        key\n        name\n        description\n        severity\n      }\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n        email\n      }\n      policy {\n        id\n        key\n        title\n      }\n      policyVersion {\n        id\n        number\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      source\n      externalId\n      queue\n      contentType\n      text\n      mediaUrl\n      sensitivityTags\n      decidedAt\n      decision\n      decisionLabel {\n        key\n        name\n        description\n        severity\n      }\n      market {\n        id\n        code\n        name\n      }\n      team {\n        id\n        name\n      }\n      moderator {\n        id\n        name\n        email\n      }\n      policy {\n        id\n        key\n        title\n      }\n      policyVersion {\n        id\n        number\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseFilterOptions {\n    markets {\n      id\n      code\n      name\n    }\n    policies {\n      id\n      key\n      title\n      versions {\n        id\n        labels {\n          key\n          name\n        }\n      }\n    }\n    caseQueues\n  }\n',
): (typeof documents)['\n  query CaseFilterOptions {\n    markets {\n      id\n      code\n      name\n    }\n    policies {\n      id\n      key\n      title\n      versions {\n        id\n        labels {\n          key\n          name\n        }\n      }\n    }\n    caseQueues\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseList($filter: CasesFilter, $page: PageInput, $sort: CaseSort) {\n    cases(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          decidedAt\n          queue\n          contentType\n          text\n          sensitive\n          decision\n          decisionLabel {\n            name\n          }\n          market {\n            id\n            code\n            name\n          }\n          policy {\n            id\n            key\n          }\n          policyVersion {\n            id\n            number\n          }\n          moderator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseList($filter: CasesFilter, $page: PageInput, $sort: CaseSort) {\n    cases(filter: $filter, page: $page, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          decidedAt\n          queue\n          contentType\n          text\n          sensitive\n          decision\n          decisionLabel {\n            name\n          }\n          market {\n            id\n            code\n            name\n          }\n          policy {\n            id\n            key\n          }\n          policyVersion {\n            id\n            number\n          }\n          moderator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  mutation CreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVendor($input: UpdateVendorInput!) {\n    updateVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVendor($input: UpdateVendorInput!) {\n    updateVendor(input: $input) {\n      vendor {\n        id\n        ...VendorRow_vendor @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetVendorPasswordSignIn($input: SetVendorPasswordSignInInput!) {\n    setVendorPasswordSignIn(input: $input) {\n      vendor {\n        id\n        passwordSignIn\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetVendorPasswordSignIn($input: SetVendorPasswordSignInInput!) {\n    setVendorPasswordSignIn(input: $input) {\n      vendor {\n        id\n        passwordSignIn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMarket($input: CreateMarketInput!) {\n    createMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMarket($input: CreateMarketInput!) {\n    createMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMarket($input: UpdateMarketInput!) {\n    updateMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMarket($input: UpdateMarketInput!) {\n    updateMarket(input: $input) {\n      market {\n        id\n        ...MarketRow_market @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        ...TeamRow_team @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      team {\n        id\n        lead {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTeamLead($input: SetTeamLeadInput!) {\n    setTeamLead(input: $input) {\n      team {\n        id\n        lead {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VendorRow_vendor on Vendor {\n    id\n    name\n    passwordSignIn\n  }\n',
): (typeof documents)['\n  fragment VendorRow_vendor on Vendor {\n    id\n    name\n    passwordSignIn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MarketRow_market on Market {\n    id\n    code\n    name\n    language\n    timeZone\n  }\n',
): (typeof documents)['\n  fragment MarketRow_market on Market {\n    id\n    code\n    name\n    language\n    timeZone\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamRow_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    lead {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamRow_team on Team {\n    id\n    name\n    kind\n    market {\n      id\n      code\n      name\n    }\n    vendor {\n      id\n      name\n    }\n    lead {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organisation {\n    me {\n      id\n      role\n      team {\n        id\n        vendor {\n          id\n          name\n        }\n      }\n    }\n    vendors {\n      id\n      ...VendorRow_vendor @unmask\n    }\n    markets {\n      id\n      ...MarketRow_market @unmask\n    }\n    teams {\n      id\n      ...TeamRow_team @unmask\n    }\n  }\n',
): (typeof documents)['\n  query Organisation {\n    me {\n      id\n      role\n      team {\n        id\n        vendor {\n          id\n          name\n        }\n      }\n    }\n    vendors {\n      id\n      ...VendorRow_vendor @unmask\n    }\n    markets {\n      id\n      ...MarketRow_market @unmask\n    }\n    teams {\n      id\n      ...TeamRow_team @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamMembers($teamId: ID!) {\n    users(filter: { teamId: $teamId, active: true }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamMembers($teamId: ID!) {\n    users(filter: { teamId: $teamId, active: true }, page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MailOutbox {\n    mailOutbox(first: 20) {\n      folder\n      messages {\n        to\n        subject\n        sentAt\n        links\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MailOutbox {\n    mailOutbox(first: 20) {\n      folder\n      messages {\n        to\n        subject\n        sentAt\n        links\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    joinedAt\n    languages\n    market {\n      id\n      code\n      name\n    }\n    otherMarkets {\n      id\n      code\n    }\n    team {\n      id\n      name\n      vendor {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    joinedAt\n    languages\n    market {\n      id\n      code\n      name\n    }\n    otherMarkets {\n      id\n      code\n    }\n    team {\n      id\n      name\n      vendor {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleInvitations {\n    invitations(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          ...InvitationState_invitation\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleInvitations {\n    invitations(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          ...InvitationState_invitation\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvitationState_invitation on Invitation {\n    id\n    status\n    createdAt\n    user {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment InvitationState_invitation on Invitation {\n    id\n    status\n    createdAt\n    user {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n      invitation {\n        id\n        expiresAt\n        ...InvitationState_invitation @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n      invitation {\n        id\n        expiresAt\n        ...InvitationState_invitation @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateUser($input: SetUserActiveInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateUser($input: SetUserActiveInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        ...PersonRow_user @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        revokedAt\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        revokedAt\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      checked\n      invited\n      dryRun\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      checked\n      invited\n      dryRun\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleOptions {\n    me {\n      id\n      role\n    }\n    markets {\n      id\n      code\n      name\n    }\n    vendors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      kind\n      market {\n        id\n      }\n      vendor {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleOptions {\n    me {\n      id\n      role\n    }\n    markets {\n      id\n      code\n      name\n    }\n    vendors {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      kind\n      market {\n        id\n      }\n      vendor {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People($filter: UsersFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PersonRow_user\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query People($filter: UsersFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PersonRow_user\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MyAcknowledgement_version on PolicyVersion {\n    id\n    status\n    myAcknowledgement {\n      id\n      acknowledgedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment MyAcknowledgement_version on PolicyVersion {\n    id\n    status\n    myAcknowledgement {\n      id\n      acknowledgedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AcknowledgementReport_version on PolicyVersion {\n    acknowledgements {\n      acknowledgedCount\n      pendingCount\n      markets {\n        market {\n          id\n          code\n          name\n        }\n        acknowledgedCount\n        pendingCount\n        acknowledged {\n          id\n          acknowledgedAt\n          user {\n            id\n            name\n          }\n        }\n        pending {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AcknowledgementReport_version on PolicyVersion {\n    acknowledgements {\n      acknowledgedCount\n      pendingCount\n      markets {\n        market {\n          id\n          code\n          name\n        }\n        acknowledgedCount\n        pendingCount\n        acknowledged {\n          id\n          acknowledgedAt\n          user {\n            id\n            name\n          }\n        }\n        pending {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FaqSection_version on PolicyVersion {\n    id\n    faq {\n      id\n      position\n      question\n      answer\n    }\n  }\n',
): (typeof documents)['\n  fragment FaqSection_version on PolicyVersion {\n    id\n    faq {\n      id\n      position\n      question\n      answer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PolicyVersions_policy on Policy {\n    id\n    currentVersion {\n      id\n    }\n    versions {\n      id\n      number\n      status\n      effectiveDate\n      changeSummary\n    }\n  }\n',
): (typeof documents)['\n  fragment PolicyVersions_policy on Policy {\n    id\n    currentVersion {\n      id\n    }\n    versions {\n      id\n      number\n      status\n      effectiveDate\n      changeSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      area\n      description\n      ...PolicyVersions_policy @unmask\n    }\n  }\n',
): (typeof documents)['\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      area\n      description\n      ...PolicyVersions_policy @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyVersion($id: ID!, $withReport: Boolean!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      effectiveDate\n      body\n      changeSummary\n      publishedAt\n      retiredAt\n      publishedBy {\n        id\n        name\n      }\n      ...TaxonomyTable_version\n      ...FaqSection_version\n      ...MyAcknowledgement_version\n      ...AcknowledgementReport_version @include(if: $withReport)\n    }\n  }\n',
): (typeof documents)['\n  query PolicyVersion($id: ID!, $withReport: Boolean!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      effectiveDate\n      body\n      changeSummary\n      publishedAt\n      retiredAt\n      publishedBy {\n        id\n        name\n      }\n      ...TaxonomyTable_version\n      ...FaqSection_version\n      ...MyAcknowledgement_version\n      ...AcknowledgementReport_version @include(if: $withReport)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyCompare($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PolicyCompare($id: ID!) {\n    policy(id: $id) {\n      id\n      key\n      title\n      versions {\n        id\n        number\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyVersionDiff($from: ID!, $to: ID!) {\n    policyVersionDiff(fromId: $from, toId: $to) {\n      from {\n        id\n        number\n        status\n      }\n      to {\n        id\n        number\n        status\n      }\n      bodyChanged\n      labelsUnchanged\n      labelsAdded {\n        key\n        name\n        severity\n      }\n      labelsRemoved {\n        key\n        name\n        severity\n      }\n      labelsChanged {\n        key\n        fields\n        before {\n          name\n          description\n          severity\n        }\n        after {\n          name\n          description\n          severity\n        }\n      }\n      bodyDiff {\n        kind\n        text\n        oldNumber\n        newNumber\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PolicyVersionDiff($from: ID!, $to: ID!) {\n    policyVersionDiff(fromId: $from, toId: $to) {\n      from {\n        id\n        number\n        status\n      }\n      to {\n        id\n        number\n        status\n      }\n      bodyChanged\n      labelsUnchanged\n      labelsAdded {\n        key\n        name\n        severity\n      }\n      labelsRemoved {\n        key\n        name\n        severity\n      }\n      labelsChanged {\n        key\n        fields\n        before {\n          name\n          description\n          severity\n        }\n        after {\n          name\n          description\n          severity\n        }\n      }\n      bodyDiff {\n        kind\n        text\n        oldNumber\n        newNumber\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PolicyListRow_policy on Policy {\n    id\n    key\n    title\n    area\n    description\n    currentVersion {\n      id\n      number\n      effectiveDate\n      labels {\n        key\n      }\n    }\n    versions {\n      id\n      number\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment PolicyListRow_policy on Policy {\n    id\n    key\n    title\n    area\n    description\n    currentVersion {\n      id\n      number\n      effectiveDate\n      labels {\n        key\n      }\n    }\n    versions {\n      id\n      number\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyList($filter: PoliciesFilter) {\n    policies(filter: $filter) {\n      id\n      ...PolicyListRow_policy @unmask\n    }\n  }\n',
): (typeof documents)['\n  query PolicyList($filter: PoliciesFilter) {\n    policies(filter: $filter) {\n      id\n      ...PolicyListRow_policy @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n        ...PolicyListRow_policy @unmask\n      }\n      draft {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n        ...PolicyListRow_policy @unmask\n      }\n      draft {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDraft($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      version {\n        id\n        number\n        status\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDraft($input: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $input) {\n      version {\n        id\n        number\n        status\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveDraft($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      version {\n        id\n        body\n        changeSummary\n        effectiveDate\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveDraft($input: UpdatePolicyVersionInput!) {\n    updatePolicyVersion(input: $input) {\n      version {\n        id\n        body\n        changeSummary\n        effectiveDate\n        labels {\n          key\n          name\n          description\n          severity\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishDraft($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      version {\n        id\n        status\n        publishedAt\n        publishedBy {\n          id\n          name\n        }\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishDraft($input: PublishPolicyVersionInput!) {\n    publishPolicyVersion(input: $input) {\n      version {\n        id\n        status\n        publishedAt\n        publishedBy {\n          id\n          name\n        }\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireVersion($input: RetirePolicyVersionInput!) {\n    retirePolicyVersion(input: $input) {\n      version {\n        id\n        status\n        retiredAt\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireVersion($input: RetirePolicyVersionInput!) {\n    retirePolicyVersion(input: $input) {\n      version {\n        id\n        status\n        retiredAt\n        policy {\n          id\n          ...PolicyVersions_policy @unmask\n          ...PolicyListRow_policy @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscardDraft($input: DiscardPolicyVersionInput!) {\n    discardPolicyVersion(input: $input) {\n      discardedVersionId\n      policy {\n        id\n        ...PolicyVersions_policy @unmask\n        ...PolicyListRow_policy @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DiscardDraft($input: DiscardPolicyVersionInput!) {\n    discardPolicyVersion(input: $input) {\n      discardedVersionId\n      policy {\n        id\n        ...PolicyVersions_policy @unmask\n        ...PolicyListRow_policy @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeVersion($input: AcknowledgePolicyVersionInput!, $withReport: Boolean!) {\n    acknowledgePolicyVersion(input: $input) {\n      version {\n        id\n        ...MyAcknowledgement_version\n        ...AcknowledgementReport_version @include(if: $withReport)\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeVersion($input: AcknowledgePolicyVersionInput!, $withReport: Boolean!) {\n    acknowledgePolicyVersion(input: $input) {\n      version {\n        id\n        ...MyAcknowledgement_version\n        ...AcknowledgementReport_version @include(if: $withReport)\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddFaqEntry($input: AddFaqEntryInput!) {\n    addFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddFaqEntry($input: AddFaqEntryInput!) {\n    addFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveFaqEntry($input: RemoveFaqEntryInput!) {\n    removeFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveFaqEntry($input: RemoveFaqEntryInput!) {\n    removeFaqEntry(input: $input) {\n      version {\n        id\n        ...FaqSection_version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaxonomyTable_version on PolicyVersion {\n    labels {\n      key\n      name\n      description\n      severity\n    }\n  }\n',
): (typeof documents)['\n  fragment TaxonomyTable_version on PolicyVersion {\n    labels {\n      key\n      name\n      description\n      severity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionEditor($id: ID!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      body\n      changeSummary\n      effectiveDate\n      labels {\n        key\n        name\n        description\n        severity\n      }\n      policy {\n        id\n        key\n        title\n        versions {\n          id\n          number\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionEditor($id: ID!) {\n    policyVersion(id: $id) {\n      id\n      number\n      status\n      body\n      changeSummary\n      effectiveDate\n      labels {\n        key\n        name\n        description\n        severity\n      }\n      policy {\n        id\n        key\n        title\n        versions {\n          id\n          number\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ErrorTrendTables_trends on ErrorTrends {\n    from\n    to\n    previousFrom\n    previousTo\n    audited\n    previousAudited\n    categories {\n      errorCategory\n      current\n      previous\n      change\n      currentRate\n      previousRate\n    }\n    labelPairs {\n      policyKey\n      expectedLabel\n      decidedLabel\n      current\n      previous\n      change\n    }\n  }\n',
): (typeof documents)['\n  fragment ErrorTrendTables_trends on ErrorTrends {\n    from\n    to\n    previousFrom\n    previousTo\n    audited\n    previousAudited\n    categories {\n      errorCategory\n      current\n      previous\n      change\n      currentRate\n      previousRate\n    }\n    labelPairs {\n      policyKey\n      expectedLabel\n      decidedLabel\n      current\n      previous\n      change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QualityBreakdown_report on QualityReport {\n    groups {\n      key\n      label\n      audited\n      correct\n      incorrect\n      overturned\n      accuracy\n    }\n  }\n',
): (typeof documents)['\n  fragment QualityBreakdown_report on QualityReport {\n    groups {\n      key\n      label\n      audited\n      correct\n      incorrect\n      overturned\n      accuracy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QualityDashboard($scores: QualityScoresInput!, $trends: ErrorTrendsInput!) {\n    qualityScores(input: $scores) {\n      overall {\n        key\n        audited\n        correct\n        incorrect\n        overturned\n        accuracy\n      }\n      ...QualityBreakdown_report\n      trend {\n        periodStart\n        audited\n        correct\n        accuracy\n      }\n    }\n    errorTrends(input: $trends) {\n      ...ErrorTrendTables_trends\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query QualityDashboard($scores: QualityScoresInput!, $trends: ErrorTrendsInput!) {\n    qualityScores(input: $scores) {\n      overall {\n        key\n        audited\n        correct\n        incorrect\n        overturned\n        accuracy\n      }\n      ...QualityBreakdown_report\n      trend {\n        periodStart\n        audited\n        correct\n        accuracy\n      }\n    }\n    errorTrends(input: $trends) {\n      ...ErrorTrendTables_trends\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuizAttempts($id: ID!) {\n    quiz(id: $id) {\n      id\n      attempts {\n        id\n        number\n        status\n        score\n        submittedAt\n        reopenedAt\n        user {\n          id\n          name\n        }\n        market {\n          id\n          code\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuizAttempts($id: ID!) {\n    quiz(id: $id) {\n      id\n      attempts {\n        id\n        number\n        status\n        score\n        submittedAt\n        reopenedAt\n        user {\n          id\n          name\n        }\n        market {\n          id\n          code\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuizList($first: Int!) {\n    me {\n      id\n      role\n    }\n    quizzes(first: $first) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      createdAt\n      questions {\n        id\n      }\n      assignedMarkets {\n        id\n        code\n      }\n      assignedTeams {\n        id\n        name\n      }\n      myAttempt {\n        id\n        status\n        score\n        correct\n        total\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query QuizList($first: Int!) {\n    me {\n      id\n      role\n    }\n    quizzes(first: $first) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      createdAt\n      questions {\n        id\n      }\n      assignedMarkets {\n        id\n        code\n      }\n      assignedTeams {\n        id\n        name\n      }\n      myAttempt {\n        id\n        status\n        score\n        correct\n        total\n      }\n    }\n    markets {\n      id\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContestedQuiz($input: CreateQuizFromContestedItemsInput!) {\n    createQuizFromContestedItems(input: $input) {\n      quiz {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateContestedQuiz($input: CreateQuizFromContestedItemsInput!) {\n    createQuizFromContestedItems(input: $input) {\n      quiz {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {\n    startQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        total\n      }\n      quiz {\n        id\n        canTake\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {\n    startQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        number\n        total\n      }\n      quiz {\n        id\n        canTake\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        score\n        correct\n        total\n        submittedAt\n      }\n      quiz {\n        id\n        canTake\n        questions {\n          id\n          expectedLabel\n        }\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      attempt {\n        id\n        status\n        score\n        correct\n        total\n        submittedAt\n      }\n      quiz {\n        id\n        canTake\n        questions {\n          id\n          expectedLabel\n        }\n        myAttempt {\n          ...QuizTake_attempt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenQuiz($input: ReopenQuizInput!) {\n    reopenQuiz(input: $input) {\n      attempt {\n        id\n        status\n        reopenedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenQuiz($input: ReopenQuizInput!) {\n    reopenQuiz(input: $input) {\n      attempt {\n        id\n        status\n        reopenedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuizResults($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      questions {\n        id\n        position\n        text\n        contentType\n        expectedLabel\n        labels {\n          key\n          name\n        }\n      }\n      results {\n        accuracy\n        assigned\n        submitted\n        markets {\n          assigned\n          submitted\n          answered\n          correct\n          accuracy\n          market {\n            id\n            code\n            name\n          }\n        }\n        questions {\n          answered\n          correct\n          accuracy\n          distribution {\n            label\n            count\n          }\n          question {\n            id\n            position\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuizResults($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      questions {\n        id\n        position\n        text\n        contentType\n        expectedLabel\n        labels {\n          key\n          name\n        }\n      }\n      results {\n        accuracy\n        assigned\n        submitted\n        markets {\n          assigned\n          submitted\n          answered\n          correct\n          accuracy\n          market {\n            id\n            code\n            name\n          }\n        }\n        questions {\n          answered\n          correct\n          accuracy\n          distribution {\n            label\n            count\n          }\n          question {\n            id\n            position\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuizTake_attempt on QuizAttempt {\n    id\n    status\n    number\n    score\n    correct\n    total\n    submittedAt\n    answers {\n      id\n      label\n      correct\n      question {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment QuizTake_attempt on QuizAttempt {\n    id\n    status\n    number\n    score\n    correct\n    total\n    submittedAt\n    answers {\n      id\n      label\n      correct\n      question {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuizTake($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      questions {\n        id\n        position\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        expectedLabel\n        labels {\n          key\n          name\n          description\n        }\n      }\n      myAttempt {\n        ...QuizTake_attempt @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuizTake($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      dueAt\n      canTake\n      questions {\n        id\n        position\n        contentType\n        text\n        mediaUrl\n        sensitivityTags\n        expectedLabel\n        labels {\n          key\n          name\n          description\n        }\n      }\n      myAttempt {\n        ...QuizTake_attempt @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EscalationCard_escalation on RcaEscalation {\n    id\n    title\n    description\n    state\n    origin\n    rootCause\n    errorCategory\n    queue\n    createdAt\n    startedAt\n    resolvedAt\n    resolutionNote\n    market {\n      id\n      code\n    }\n    policy {\n      id\n      title\n    }\n    team {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    filedBy {\n      id\n      name\n    }\n    linkedAudits {\n      id\n      ...RcaAuditRow\n    }\n    # Only counted: as many as the server gives (its cap: 200).\n    linkedCases(first: 200) {\n      id\n    }\n    actionItems {\n      id\n      title\n      dueDate\n      status\n      overdue\n      owner {\n        id\n        name\n      }\n    }\n    effectiveness(weeks: 4) {\n      weeks\n      change\n      before {\n        audits\n        errors\n        rate\n        complete\n      }\n      after {\n        audits\n        errors\n        rate\n        complete\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EscalationCard_escalation on RcaEscalation {\n    id\n    title\n    description\n    state\n    origin\n    rootCause\n    errorCategory\n    queue\n    createdAt\n    startedAt\n    resolvedAt\n    resolutionNote\n    market {\n      id\n      code\n    }\n    policy {\n      id\n      title\n    }\n    team {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    filedBy {\n      id\n      name\n    }\n    linkedAudits {\n      id\n      ...RcaAuditRow\n    }\n    # Only counted: as many as the server gives (its cap: 200).\n    linkedCases(first: 200) {\n      id\n    }\n    actionItems {\n      id\n      title\n      dueDate\n      status\n      overdue\n      owner {\n        id\n        name\n      }\n    }\n    effectiveness(weeks: 4) {\n      weeks\n      change\n      before {\n        audits\n        errors\n        rate\n        complete\n      }\n      after {\n        audits\n        errors\n        rate\n        complete\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRcaEscalation($input: CreateRcaEscalationInput!) {\n    createRcaEscalation(input: $input) {\n      escalation {\n        id\n        state\n        ...EscalationCard_escalation\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRcaEscalation($input: CreateRcaEscalationInput!) {\n    createRcaEscalation(input: $input) {\n      escalation {\n        id\n        state\n        ...EscalationCard_escalation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartRcaEscalation($input: StartRcaEscalationInput!) {\n    startRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartRcaEscalation($input: StartRcaEscalationInput!) {\n    startRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveRcaEscalation($input: ResolveRcaEscalationInput!) {\n    resolveRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveRcaEscalation($input: ResolveRcaEscalationInput!) {\n    resolveRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkRcaEscalation($input: LinkRcaEscalationInput!) {\n    linkRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkRcaEscalation($input: LinkRcaEscalationInput!) {\n    linkRcaEscalation(input: $input) {\n      escalation {\n        id\n        ...EscalationCard_escalation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddRcaActionItem($input: AddRcaActionItemInput!) {\n    addRcaActionItem(input: $input) {\n      actionItem {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n      escalation {\n        id\n        title\n        actionItems {\n          id\n          title\n          dueDate\n          status\n          overdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddRcaActionItem($input: AddRcaActionItemInput!) {\n    addRcaActionItem(input: $input) {\n      actionItem {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n      escalation {\n        id\n        title\n        actionItems {\n          id\n          title\n          dueDate\n          status\n          overdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRcaActionItemStatus($input: SetRcaActionItemStatusInput!) {\n    setRcaActionItemStatus(input: $input) {\n      actionItem {\n        id\n        status\n        overdue\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRcaActionItemStatus($input: SetRcaActionItemStatusInput!) {\n    setRcaActionItemStatus(input: $input) {\n      actionItem {\n        id\n        status\n        overdue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RcaLinkableAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          ...RcaAuditRow\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RcaLinkableAudits($filter: AuditsFilter!) {\n    audits(filter: $filter, page: { first: 50 }) {\n      edges {\n        node {\n          id\n          ...RcaAuditRow\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RcaAuditRow on Audit {\n    id\n    day\n    queue\n    verdict\n    errorCategory\n    case {\n      id\n      externalId\n    }\n    moderator {\n      id\n      name\n    }\n    market {\n      id\n      code\n    }\n    decidedTaxonomyLabel {\n      key\n      name\n    }\n    expectedTaxonomyLabel {\n      key\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RcaAuditRow on Audit {\n    id\n    day\n    queue\n    verdict\n    errorCategory\n    case {\n      id\n      externalId\n    }\n    moderator {\n      id\n      name\n    }\n    market {\n      id\n      code\n    }\n    decidedTaxonomyLabel {\n      key\n      name\n    }\n    expectedTaxonomyLabel {\n      key\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query RcaBoard {\n    me {\n      id\n      role\n    }\n    # 40: with each card's linked audits and cases the board's estimated cost must stay\n    # under the server's limit (at the list's default of 50 it was 104,610 of 100,000).\n    rcaEscalations(first: 40) {\n      id\n      state\n      ...EscalationCard_escalation\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      title\n    }\n    caseQueues\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query RcaBoard {\n    me {\n      id\n      role\n    }\n    # 40: with each card's linked audits and cases the board's estimated cost must stay\n    # under the server's limit (at the list's default of 50 it was 104,610 of 100,000).\n    rcaEscalations(first: 40) {\n      id\n      state\n      ...EscalationCard_escalation\n    }\n    markets {\n      id\n      code\n      name\n    }\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      title\n    }\n    caseQueues\n    users(page: { first: 200 }) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverdueActionItems {\n    overdueRcaActionItems {\n      id\n      title\n      dueDate\n      owner {\n        id\n        name\n      }\n      escalation {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverdueActionItems {\n    overdueRcaActionItems {\n      id\n      title\n      dueDate\n      owner {\n        id\n        name\n      }\n      escalation {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
