import { graphql } from '../../gql';

/** What a question card shows; every viewer-specific field (author, my upvote) comes from here. */
export const QuestionCard_question = graphql(`
  fragment QuestionCard_question on BriefingQuestion {
    id
    briefingId
    text
    anonymous
    createdAt
    upvoteCount
    upvotedByMe
    mine
    status
    pinned
    hidden
    dismissalReason
    answeredAt
    author {
      id
      name
    }
    authorMarket {
      id
      code
    }
    replyCount
    replies {
      id
      text
      createdAt
      mine
      byPresenter
      official
      hidden
      hiddenReason
      author {
        id
        name
      }
      authorMarket {
        id
        code
      }
    }
    officialAnswer {
      id
    }
    faqEntry {
      id
    }
  }
`);

/**
 * The server's cap. `first` goes as a variable: the query-cost estimator multiplies only a
 * literal `first` (a literal 200 over the question card's nested selections is far above the
 * limit, while the server itself caps the page at 200 rows).
 */
export const QUESTION_PAGE = 200;

export const BriefingRoomQuery = graphql(`
  query BriefingRoom($id: ID!, $first: Int!) {
    me {
      id
      role
    }
    briefing(id: $id) {
      id
      title
      status
      scheduledAt
      startedAt
      endedAt
      threadClosed
      threadClosedAt
      notes
      canPresent
      presenter {
        id
        name
      }
      audienceMarkets {
        id
        code
        name
      }
      policyVersion {
        id
        number
        status
        changeSummary
        policy {
          id
          title
        }
        myAcknowledgement {
          id
          acknowledgedAt
        }
      }
      presence {
        total
        markets {
          market
          count
        }
      }
      acknowledgements {
        acknowledged
        audience
        markets {
          market
          acknowledged
          audience
        }
      }
      questions(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            ...QuestionCard_question
          }
        }
      }
    }
  }
`);

export const BriefingQuestionQuery = graphql(`
  query BriefingQuestion($id: ID!) {
    briefingQuestion(id: $id) {
      id
      ...QuestionCard_question
    }
  }
`);

export const BriefingEvents = graphql(`
  subscription BriefingEvents($briefingId: ID!) {
    briefingEvents(briefingId: $briefingId) {
      __typename
      ... on BriefingStarted {
        briefingId
      }
      ... on BriefingEnded {
        briefingId
      }
      ... on BriefingThreadClosed {
        briefingId
      }
      ... on BriefingUpdated {
        briefingId
      }
      ... on BriefingQuestionAsked {
        questionId
      }
      ... on BriefingQuestionUpvoted {
        questionId
        upvoteCount
      }
      ... on BriefingQuestionReplied {
        questionId
        replyId
      }
      ... on BriefingReplyHiddenChanged {
        questionId
        replyId
      }
      ... on BriefingQuestionStatusChanged {
        questionId
        status
        pinned
        hidden
        dismissalReason
        officialAnswerId
        promotedToFaq
      }
      ... on BriefingPresenceChanged {
        presence {
          total
          markets {
            market
            count
          }
        }
      }
      ... on BriefingAcknowledgementsChanged {
        acknowledgements {
          acknowledged
          audience
          markets {
            market
            acknowledged
            audience
          }
        }
      }
    }
  }
`);

export const StartBriefingMutation = graphql(`
  mutation StartBriefing($input: StartBriefingInput!) {
    startBriefing(input: $input) {
      briefing {
        id
        status
        startedAt
      }
    }
  }
`);

export const EndBriefingMutation = graphql(`
  mutation EndBriefing($input: EndBriefingInput!) {
    endBriefing(input: $input) {
      briefing {
        id
        status
        endedAt
      }
    }
  }
`);

export const CloseBriefingThreadMutation = graphql(`
  mutation CloseBriefingThread($input: CloseBriefingThreadInput!) {
    closeBriefingThread(input: $input) {
      briefing {
        id
        threadClosed
        threadClosedAt
      }
    }
  }
`);

export const AcknowledgeBriefingVersionMutation = graphql(`
  mutation AcknowledgeBriefingVersion($input: AcknowledgeBriefingVersionInput!) {
    acknowledgeBriefingVersion(input: $input) {
      briefing {
        id
        policyVersion {
          id
          myAcknowledgement {
            id
            acknowledgedAt
          }
        }
      }
    }
  }
`);

export const AskBriefingQuestionMutation = graphql(`
  mutation AskBriefingQuestion($input: AskBriefingQuestionInput!) {
    askBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const UpvoteBriefingQuestionMutation = graphql(`
  mutation UpvoteBriefingQuestion($input: UpvoteBriefingQuestionInput!) {
    upvoteBriefingQuestion(input: $input) {
      question {
        id
        upvoteCount
        upvotedByMe
      }
    }
  }
`);

export const RemoveBriefingUpvoteMutation = graphql(`
  mutation RemoveBriefingUpvote($input: RemoveBriefingUpvoteInput!) {
    removeBriefingUpvote(input: $input) {
      question {
        id
        upvoteCount
        upvotedByMe
      }
    }
  }
`);

export const ReplyToBriefingQuestionMutation = graphql(`
  mutation ReplyToBriefingQuestion($input: ReplyToBriefingQuestionInput!) {
    replyToBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const SetBriefingOfficialAnswerMutation = graphql(`
  mutation SetBriefingOfficialAnswer($input: SetBriefingOfficialAnswerInput!) {
    setBriefingOfficialAnswer(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const PinBriefingQuestionMutation = graphql(`
  mutation PinBriefingQuestion($input: PinBriefingQuestionInput!) {
    pinBriefingQuestion(input: $input) {
      question {
        id
        pinned
      }
    }
  }
`);

export const MarkBriefingQuestionAnsweredMutation = graphql(`
  mutation MarkBriefingQuestionAnswered($input: MarkBriefingQuestionAnsweredInput!) {
    markBriefingQuestionAnswered(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const DismissBriefingQuestionMutation = graphql(`
  mutation DismissBriefingQuestion($input: DismissBriefingQuestionInput!) {
    dismissBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const ReopenBriefingQuestionMutation = graphql(`
  mutation ReopenBriefingQuestion($input: ReopenBriefingQuestionInput!) {
    reopenBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const PromoteBriefingQuestionMutation = graphql(`
  mutation PromoteBriefingQuestion($input: PromoteBriefingQuestionInput!) {
    promoteBriefingQuestionToFaq(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
      faqEntry {
        id
        question
        answer
      }
    }
  }
`);

export const SetBriefingReplyHiddenMutation = graphql(`
  mutation SetBriefingReplyHidden($input: SetBriefingReplyHiddenInput!) {
    setBriefingReplyHidden(input: $input) {
      reply {
        id
        hidden
        hiddenReason
      }
      question {
        id
        replyCount
      }
    }
  }
`);
