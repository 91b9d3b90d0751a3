import type { Question } from '../lib/eligibility';
import { basicQuestionLabels, type FollowUp, followUps, yesNoChoices } from '../lib/eligibility/questions';
import { educationLabels, employmentLabels, maritalLabels } from '../lib/vocabulary';
import { element } from './dom';
import type { ResultContext } from './finder-results';

// The one question that would settle a "check" card, asked on the card itself. The answer
// goes into the form (the form and the address stay the one record of the answers).

const button = 'min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-semibold';
const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2 text-base';
const choiceLabels: Partial<Record<Question, Record<string, string>>> = {
  employment: employmentLabels,
  education: educationLabels,
  marital: maritalLabels,
};
const numberFor = (name: string, label: string, unit: string, id: string) =>
  element(
    'label',
    { class: 'flex flex-wrap items-center gap-2', for: id },
    label,
    element('input', {
      id,
      name,
      class: `${field} w-28`,
      inputmode: 'numeric',
      pattern: '[0-9]*',
      maxlength: '7',
      autocomplete: 'off',
    }),
    unit,
  );

/** A small form whose fields carry the address parameter names; sending it answers the question. */
function answerForm(entryId: string, context: ResultContext, ...fields: HTMLElement[]): HTMLFormElement {
  const form = element(
    'form',
    { class: 'flex flex-wrap items-end gap-2' },
    ...fields,
    element('button', { type: 'submit', class: button }, '확인'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers: Record<string, string> = {};
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string' && value.trim()) answers[name] = value.trim();
    if (Object.keys(answers).length > 0) context.answer(entryId, answers);
  });
  return form;
}

function selectFor(name: string, label: string, labels: Record<string, string>, id: string, extra?: [string, string]) {
  const options = [...Object.entries(labels), ...(extra ? [extra] : [])];
  return element(
    'label',
    { class: 'flex flex-wrap items-center gap-2', for: id },
    label,
    element(
      'select',
      { id, name, class: field },
      ...options.map(([value, text]) => element('option', { value }, text)),
    ),
  );
}

function followUpControl(question: FollowUp, entryId: string, context: ResultContext): HTMLElement {
  const id = (name: string) => `card-${entryId.replace(/\W/g, '-')}-${name}`;
  switch (question.kind) {
    case 'yes-no':
      return element(
        'div',
        { class: 'flex gap-2', role: 'group', 'aria-label': question.legend },
        ...yesNoChoices.map((choice) => {
          const yes = element('button', { type: 'button', class: button }, choice.label);
          yes.addEventListener('click', () => context.answer(entryId, { [question.name]: choice.value }));
          return yes;
        }),
      );
    case 'numbers':
      return answerForm(
        entryId,
        context,
        ...question.fields.map((f) => numberFor(f.name, f.label, f.unit, id(f.name))),
      );
    case 'choice':
      return answerForm(
        entryId,
        context,
        selectFor(question.name, question.legend, question.labels, id(question.name)),
      );
    case 'groups':
      return answerForm(
        entryId,
        context,
        selectFor('group', '해당하는 대상', question.labels, id('group'), ['none', '해당하는 것이 없어요']),
      );
  }
}

function basicControl(question: Question, entryId: string, context: ResultContext): HTMLElement {
  const labels = choiceLabels[question];
  const id = `card-${entryId.replace(/\W/g, '-')}-${question}`;
  if (labels) return answerForm(entryId, context, selectFor(question, basicQuestionLabels[question] ?? '', labels, id));
  if (question === 'age') return answerForm(entryId, context, numberFor('age', '만 나이', '세', id));
  const go = element('button', { type: 'button', class: button }, `${basicQuestionLabels[question] ?? ''} 고르기`);
  go.addEventListener('click', () => context.goToQuestion(question));
  return go;
}

/** The card's question, with the legend of the form's question so both read the same. */
export function questionControl(question: Question, entryId: string, context: ResultContext): HTMLElement {
  const followUp = followUps.find((candidate) => candidate.id === question);
  const legend = followUp?.legend ?? `${basicQuestionLabels[question] ?? ''}을(를) 알려 주세요`;
  return element(
    'div',
    { class: 'finder-question grid gap-2 rounded-lg bg-amber-50 p-3', 'data-question': question },
    element('p', { class: 'font-semibold' }, `이것만 답하시면 알 수 있어요: ${legend}`),
    followUp ? followUpControl(followUp, entryId, context) : basicControl(question, entryId, context),
  );
}
