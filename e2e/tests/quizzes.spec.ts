import { demoUsers, expect, test } from '../fixtures';
import { openAs, operation, shot } from '../pages/audits.page';
import { QuizPages } from '../pages/quiz.page';

test.describe('quizzes', () => {
  test('the QA team builds a quiz from contested calibration items, a moderator takes it once, results per market', async ({
    page,
    browser,
    baseURL,
    signInAs,
  }) => {
    test.setTimeout(60_000);
    const title = `Contested bullying items ${Date.now()}`;
    await signInAs(demoUsers.qaSpecialist);
    const qa = new QuizPages(page);
    await qa.gotoList();
    await qa.build(title, 3, ['de-DE']);
    await expect(page).toHaveURL(/\/quizzes\/[^/]+\/results$/);
    const quizUrl = page.url().replace(/\/results$/, '');

    const mod = await openAs(browser, baseURL, demoUsers.moderatorDe.email);
    const taker = new QuizPages(mod.page);
    await taker.gotoList();
    await taker.main
      .getByRole('article')
      .filter({ hasText: title })
      .getByRole('link', { name: 'Take the quiz' })
      .click();
    await taker.start();
    const questions = taker.main.getByTestId('quiz-question');
    await expect(questions).toHaveCount(3);
    // Submitting with a question unanswered is refused in the page, before the server.
    await taker.main.getByRole('button', { name: 'Submit answers' }).click();
    await expect(taker.main.getByRole('alert')).toContainText('before you submit');
    for (const question of await questions.all()) await question.getByRole('radio').first().check();
    await shot(mod.page, 'quiz-taking');
    await taker.submit();
    await expect(taker.main.getByTestId('quiz-score')).toContainText(/\d+%/);
    await expect(taker.main.getByTestId('quiz-score')).toContainText(/of 3 answers? correct/);
    await shot(mod.page, 'quiz-score');

    // One attempt: the quiz no longer offers to be taken.
    await taker.gotoList();
    const row = taker.main.getByRole('article').filter({ hasText: title });
    await expect(row.getByRole('link', { name: 'See your answers' })).toBeVisible();
    await expect(row.getByRole('link', { name: 'Take the quiz' })).toHaveCount(0);
    await mod.context.close();

    const loaded = operation(page, 'QuizResults');
    await page.goto(`${quizUrl}/results`);
    await loaded;
    await expect(qa.main.getByTestId('quiz-markets').getByRole('row').filter({ hasText: 'de-DE' })).toContainText(
      '1 /',
    );
    await expect(qa.main.getByTestId('quiz-questions').getByRole('row')).toHaveCount(4);
    await shot(page, 'quiz-results');

    // The QA team reopens the attempt, after a confirmation; the moderator may take the quiz again.
    const attempt = qa.main.getByTestId('quiz-attempt').filter({ hasText: demoUsers.moderatorDe.name });
    await attempt.getByRole('button', { name: 'Reopen', exact: true }).click();
    await expect(attempt).toContainText(`Let ${demoUsers.moderatorDe.name} take the quiz again?`);
    await attempt.getByRole('button', { name: 'Reopen for them' }).click();
    await expect(attempt.getByText('Reopened')).toBeVisible();
    const again = await openAs(browser, baseURL, demoUsers.moderatorDe.email);
    const retaker = new QuizPages(again.page);
    await retaker.gotoList();
    await expect(
      retaker.main.getByRole('article').filter({ hasText: title }).getByRole('link', { name: 'Take the quiz' }),
    ).toBeVisible();
    await again.context.close();
  });
});
