// Plain constants of a submission, with no zod: the survey's first screen imports them
// without pulling in the schema code (see survey-app's weight budget).
export const respondentTypes = ['citizen', 'organization'] as const;
export const channels = ['kiosk', 'qr', 'web', 'paper'] as const;
export const langs = ['vi', 'en'] as const;
export const maxCommentLength = 2000;
