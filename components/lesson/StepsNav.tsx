/** The lesson's table of contents. StepTracker marks the current step with aria-current. */
export function StepsNav({ steps }: { steps: Array<{ id: string; title: string }> }) {
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
          </li>
        ))}
      </ol>
    </nav>
  );
}
