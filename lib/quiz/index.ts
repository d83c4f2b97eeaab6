/** Public API of quiz grading and the exam. Question schemas live in lib/content/schema.ts. */
export {
  assembleOrder,
  correctAnswer,
  gradeChoice,
  gradeCommand,
  gradeOrdering,
  gradePredictCache,
  gradeQuestion,
  initialOrder,
  predictCacheSteps,
  type ChoiceGrade,
  type CommandGrade,
  type Grade,
  type OrderingGrade,
  type PredictCacheGrade,
  type PredictedStep,
  type QuizAnswer,
} from './grade';
export { buildExam, examCourse, questionLink, scoreExam, EXAM_SIZE, type Exam, type ExamLesson, type ExamQuestion, type ExamResult } from './exam';
export { replayPredictCache, type PredictCacheReplay } from './grade';
