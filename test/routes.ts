/**
 * Whole routes through the wizard, as a person fills them in. The same routes drive the browser
 * tests and the stories, so what is shown in Storybook is what is tested.
 */
import { choose, type, selectOption, type Wizard } from './helpers.js';

export interface RouteStep {
  /** The heading the person sees on this step. */
  heading: string;
  /** What they do there before Continue (nothing for information steps). */
  act?: (el: Wizard) => Promise<void>;
}

export interface Route {
  name: string;
  at: string;
  steps: RouteStep[];
}

const s = (heading: string, act?: RouteStep['act']): RouteStep => ({ heading, act });

export const DANGER_NO = s('Is anyone in immediate danger, or in need of urgent medical help?', (el) => choose(el, 'No'));
export const PRACTITIONER = s('Who are you?', (el) => choose(el, 'A member of staff or a volunteer'));
export const ABOUT_CHILD = s('Who are you worried about?', (el) => choose(el, 'A child or young person under 18'));
export const SAW_IT = s('How do you know about this concern?', (el) => choose(el, 'I saw or heard something myself'));

export const CONCERN = [
  s('What kind of harm are you worried about?', async (el) => {
    await choose(el, 'Physical abuse');
    await choose(el, 'Emotional abuse');
  }),
  s('What happened?', async (el) => {
    await type(el, 'Statement 1', 'Bruises on both upper arms, like finger marks, seen in PE on Tuesday.');
    await choose(el, 'I saw or heard it');
    await type(el, 'When did it happen, or when did you notice it?', 'Tuesday 17 November, about 10am');
  }),
];
export const WISHES = s('What does the child want to happen? (optional)', (el) =>
  type(el, 'What does the child want to happen?', 'Wants to stay at school late and not go home.'),
);
export const DETAILS = s('About the child', async (el) => {
  await type(el, "Child's full name", 'Alex Example');
  await type(el, 'Date of birth or age', '9');
});
export const NO_DSP = s('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'No, or I do not know who it is'));
export const ASK_CONSENT = s('Will you ask the parents or carers for their consent to make the report?', (el) =>
  choose(el, 'Yes, we will ask them, or have asked them'),
);
export const CONSENT_GIVEN = s('What happened when you asked for consent?', (el) => choose(el, 'They agreed to the report'));
export const CHILD_VIEWS = s("The child's views on the report", async (el) => {
  await choose(el, 'Not sure');
});
export const TORFAEN = s('Where is the child, or where did this happen?', (el) => selectOption(el, 'Council (local authority)', 'Torfaen'));
export const CONTACT = s('Who to contact now');

/** Issue 2's browser routes. */
export const ROUTES: Route[] = [
  {
    name: 'immediate danger: call 999 first, then the report',
    at: '2026-11-18T12:00:00Z',
    steps: [
      s('Is anyone in immediate danger, or in need of urgent medical help?', (el) => choose(el, 'Yes')),
      s('Call 999 now', (el) => choose(el, 'Yes, I have called 999')),
      PRACTITIONER,
      ABOUT_CHILD,
      SAW_IT,
      ...CONCERN,
      WISHES,
      DETAILS,
      NO_DSP,
      ASK_CONSENT,
      CONSENT_GIVEN,
      CHILD_VIEWS,
      TORFAEN,
      CONTACT,
    ],
  },
  {
    name: 'the parent is the alleged abuser: consent not sought, reason in the summary',
    at: '2026-11-18T12:00:00Z',
    steps: [
      DANGER_NO,
      PRACTITIONER,
      ABOUT_CHILD,
      s('How do you know about this concern?', (el) => choose(el, 'The child told me')),
      ...CONCERN,
      s('What did the child say? (optional)', async (el) => {
        await type(el, 'What did the child say?', 'Dad grabbed me because I spilt my drink');
        await type(el, 'Where and when did they tell you, and who else was there?', 'In the library at lunch, 18 November, no one else there');
      }),
      WISHES,
      DETAILS,
      s('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'Yes')),
      s('Have you been able to talk to your Designated Safeguarding Person about this?', (el) => choose(el, 'Yes, I have talked to them')),
      s('Your conversation with the Designated Safeguarding Person', async (el) => {
        await type(el, 'Their name', 'Ms Rhian Jones');
        await type(el, 'When did you talk?', 'Today at 1pm');
        await choose(el, 'We will make the report together');
      }),
      s('Will you ask the parents or carers for their consent to make the report?', (el) => choose(el, 'No, we will not ask them')),
      s('Why will you not ask for consent?', (el) => choose(el, 'The parent is the alleged abuser')),
      s('Did you make this decision with your Designated Safeguarding Person?', (el) => choose(el, 'Yes, we decided together')),
      CHILD_VIEWS,
      TORFAEN,
      CONTACT,
    ],
  },
  {
    name: 'consent refused, yet reported',
    at: '2026-11-18T12:00:00Z',
    steps: [
      DANGER_NO,
      PRACTITIONER,
      ABOUT_CHILD,
      SAW_IT,
      ...CONCERN,
      WISHES,
      DETAILS,
      NO_DSP,
      ASK_CONSENT,
      s('What happened when you asked for consent?', async (el) => {
        await choose(el, 'They refused');
        await type(el, 'What did they say?', 'Mum said it is none of our business');
      }),
      CHILD_VIEWS,
      TORFAEN,
      CONTACT,
    ],
  },
  {
    name: 'DSP unreachable at 20:00 on a Friday: the Emergency Duty Team',
    at: '2026-11-20T20:00:00Z',
    steps: [
      DANGER_NO,
      PRACTITIONER,
      ABOUT_CHILD,
      SAW_IT,
      ...CONCERN,
      WISHES,
      DETAILS,
      s('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'Yes')),
      s('Have you been able to talk to your Designated Safeguarding Person about this?', (el) =>
        choose(el, 'No, and waiting for them would put the child at risk'),
      ),
      s('Will you ask the parents or carers for their consent to make the report?', (el) => choose(el, 'No, we will not ask them')),
      s('Why will you not ask for consent?', async (el) => {
        await choose(el, 'It would place the child at further risk');
        await type(el, 'Another reason, in your own words', 'The family plans to leave the country this weekend');
      }),
      CHILD_VIEWS,
      TORFAEN,
      CONTACT,
    ],
  },
  {
    name: 'DSP mode: the DSP walks a member of staff through the consent decision',
    at: '2026-11-18T12:00:00Z',
    steps: [
      DANGER_NO,
      s('Who are you?', (el) => choose(el, 'The Designated Safeguarding Person for my organisation')),
      s('Who raised the concern with you?', async (el) => {
        await type(el, 'Their name', 'Sam Teacher');
        await type(el, 'Their job or role', 'Year 5 class teacher');
      }),
      ABOUT_CHILD,
      SAW_IT,
      ...CONCERN,
      WISHES,
      DETAILS,
      ASK_CONSENT,
      CONSENT_GIVEN,
      CHILD_VIEWS,
      TORFAEN,
      CONTACT,
    ],
  },
  {
    name: 'Section 5: a concern about someone who works with children',
    at: '2026-11-18T12:00:00Z',
    steps: [
      DANGER_NO,
      PRACTITIONER,
      s('Who are you worried about?', (el) => choose(el, 'Someone who works or volunteers with children')),
      s('Is the concern about your safeguarding lead?', (el) => choose(el, 'No')),
      s('Is a particular child involved or at risk?', (el) => choose(el, 'No')),
      TORFAEN,
      CONTACT,
    ],
  },
  {
    name: 'adult at risk: the signpost with the adult services contact',
    at: '2026-11-18T12:00:00Z',
    steps: [
      DANGER_NO,
      PRACTITIONER,
      s('Who are you worried about?', (el) => choose(el, 'An adult (18 or over) who may be at risk')),
      s('Reporting an adult at risk'),
      s('Where is the adult, or where did this happen?', (el) => selectOption(el, 'Council (local authority)', 'Carmarthenshire')),
      CONTACT,
    ],
  },
  {
    name: 'a member of the public told a practitioner',
    at: '2026-11-18T12:00:00Z',
    steps: [
      DANGER_NO,
      PRACTITIONER,
      ABOUT_CHILD,
      s('How do you know about this concern?', (el) => choose(el, 'Someone else told me')),
      s('Who told you?', (el) => choose(el, 'A member of the public')),
      s('You must report this yourself'),
      ...CONCERN,
      WISHES,
      DETAILS,
      NO_DSP,
      ASK_CONSENT,
      s('What happened when you asked for consent?', (el) => choose(el, 'We could not ask them')),
      CHILD_VIEWS,
      TORFAEN,
      CONTACT,
    ],
  },
];
