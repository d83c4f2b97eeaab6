import { StepProgressMark } from '@/components/progress/StepProgressMark';

/**
 * The lesson's table of contents. StepTracker marks the current step with aria-current; the
 * progress store marks visited steps and solved exercises (`exercises`: ids by step id).
 */
export function StepsNav({ steps, lesson, exercises = {} }: { steps: Array<{ id: string; title: string }>; lesson: string; exercises?: Record<string, string[]> }) {
  return (
    <nav className="steps-nav" aria-label="Steps in this lesson">
      <p className="steps-nav-title" aria-hidden="true">
        In this lesson
      </p>
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            <a href={`#${step.id}`} data-step-link={step.id}>
              {step.title}
            </a>
            <StepProgressMark lesson={lesson} step={step.id} exercises={exercises[step.id]} />
          </li>
        ))}
      </ol>
    </nav>
  );
}
