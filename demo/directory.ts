/**
 * The directory page for a board's web team (demo/directory.html): paste or open a directory
 * file, see every problem with where it is and what to do, and try the wizard with it beside.
 * The file is read in this browser (File.text, JSON.parse) and is never sent anywhere.
 */
import { html, nothing, render } from 'lit';
import '../src/index.js';
import { checkDirectoryText, shortJson, valueAtPath, WHOLE_FILE, type CheckResult } from './directory-check.js';

const form = document.getElementById('directory-form') as HTMLFormElement;
const textBox = document.getElementById('directory-text') as HTMLTextAreaElement;
const fileInput = document.getElementById('directory-file') as HTMLInputElement;
const summary = document.getElementById('error-summary') as HTMLElement;
const results = document.getElementById('results') as HTMLElement;
const tryStatus = document.getElementById('try-status') as HTMLElement;
const wizard = document.querySelector('safeguarding-report-wizard');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const isWhole = (path: string) => path === WHOLE_FILE || path === '(the whole directory)';

/** The error summary: how many problems, each a link to its entry in the list below. */
function drawSummary(result: CheckResult): void {
  const { problems } = result;
  summary.hidden = problems.length === 0;
  render(
    problems.length
      ? html`<h2 id="error-summary-title" class="error-summary-title">
            ${problems.length === 1 ? 'There is a problem with this directory' : `There are ${problems.length} problems with this directory`}
          </h2>
          <ul class="error-summary-list">
            ${problems.map(
              (p, i) => html`<li>
                <a href="#problem-${i + 1}" @click=${(e: Event) => goTo(e, i + 1)}>${isWhole(p.path) ? 'The whole file' : p.path}</a>
              </li>`,
            )}
          </ul>`
      : nothing,
    summary,
  );
}

/** Moves to a problem in the list, and puts focus on it, so a screen reader reads it next. */
function goTo(event: Event, n: number): void {
  const target = document.getElementById(`problem-${n}`);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/** Every problem: where it is, what to do, and what the file has there now. */
function drawResults(result: CheckResult): void {
  const { problems, json } = result;
  const used =
    json === undefined
      ? 'The wizard beside still uses the built-in directory, because this file could not be read.'
      : problems.length
        ? 'The wizard beside uses the parts of your directory that are valid, and the built-in entries in place of the rest.'
        : 'The wizard beside uses your directory.';
  render(
    html`<h2 id="results-title">What the check found</h2>
      ${problems.length
        ? html`<p>${plural(problems.length, 'problem', 'problems')}. Each says where it is in the file and what to do.</p>
            <ol class="problem-list">
              ${problems.map((p, i) => {
                const value = isWhole(p.path) ? undefined : valueAtPath(json, p.path);
                return html`<li id="problem-${i + 1}" class="problem" tabindex="-1">
                  <p class="problem-path"><span class="label">Where:</span> ${isWhole(p.path) ? 'the whole file' : html`<code>${p.path}</code>`}</p>
                  <p class="problem-message"><span class="label">What to do:</span> ${p.message}</p>
                  ${value !== undefined ? html`<p class="problem-value"><span class="label">Written there now:</span> <code>${shortJson(value)}</code></p>` : nothing}
                </li>`;
              })}
            </ol>`
        : html`<p class="no-problems">No problems found.</p>`}
      <p class="used">${used}</p>`,
    results,
  );
  results.hidden = false;
  tryStatus.textContent = used;
}

/** Checks the text in the box, shows what was found, and gives the wizard the directory. */
function check(): void {
  const result = checkDirectoryText(textBox.value);
  drawSummary(result);
  drawResults(result);
  // The wizard is given the file as it is: it reads it the same way, keeps what is valid and
  // uses the built-in entries for the rest.
  if (wizard && result.json !== undefined) wizard.directory = result.json;
  // The error summary takes focus, so its count is read out; with no problems, the result does.
  (result.problems.length ? summary : results).focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    textBox.value = text;
    check();
  });
});
