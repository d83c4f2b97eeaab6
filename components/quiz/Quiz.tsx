import type { Quiz as QuizData } from '@/lib/content/schema';
import { CodeBlock } from '@/components/lesson/CodeBlock';
import { QuizQuestion } from './QuizQuestion';

/** The end-of-lesson check. Questions are data (quiz.json beside the lesson). */
export function Quiz({ quiz }: { quiz: QuizData }) {
  return (
    <section id="quiz" className="step quiz" aria-labelledby="quiz-title" tabIndex={-1}>
      <h2 id="quiz-title">Check your understanding</h2>
      {quiz.questions.map((question, i) => (
        <QuizQuestion
          key={question.id}
          question={question}
          number={i + 1}
          code={question.code ? <CodeBlock code={question.code} lang={question.codeLang ?? 'dockerfile'} /> : undefined}
        />
      ))}
    </section>
  );
}
