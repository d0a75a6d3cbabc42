/**
 * `safeguarding-report-wizard/schemas`: the zod schemas a host page or a board's tools use to read
 * what the wizard hands them (the report, its decisions, the answers) and to check a directory.
 * An entry of its own, so the wizard's entry does not carry zod (issue 14); the wizard itself
 * loads the same modules only when it needs them (a board's own directory, the summary).
 */
export { reportSchema, decisionSchema, type Report, type Decision } from '../machines/report.schema.js';
export { directorySchema, holidaysSchema, type Directory, type Authority, type Contact } from '../machines/directory.schema.js';
export { answersSchema } from '../machines/answers.schema.js';
export type { Answers } from '../machines/answers.js';
export type { DirectoryProblem } from './directory/read-directory.js';
