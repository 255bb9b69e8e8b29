// Loaded after the first screen (see load-review.ts): the review page and the schema check (zod).
export { ReviewPage } from './pages/review-page';
export { stepToFix } from './submission-check';
