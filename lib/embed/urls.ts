/**
 * Addresses of the embeds (`/embed/...`, for an iframe) and of the same thing on the site (for
 * the embed's "Open in Layerwise" link). trailingSlash URLs, as the static export writes them.
 */
export const embedPath = {
  step: (lesson: string, step: string) => `/embed/step/${lesson}/${step}/`,
  quiz: (lesson: string, question: string) => `/embed/quiz/${lesson}/${question}/`,
  exercise: (lesson: string, exercise: string) => `/embed/exercise/${lesson}/${exercise}/`,
  playground: () => '/embed/playground/',
};

export const sitePath = {
  step: (lesson: string, step: string) => `/learn/${lesson}/#${step}`,
  quiz: (lesson: string, question: string) => `/learn/${lesson}/#quiz-${question}`,
  exercise: (lesson: string, exercise: string) => `/learn/${lesson}/#${exercise}`,
  playground: () => '/playground/',
};
