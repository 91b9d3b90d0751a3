import { required } from './dom';

// On a phone, one question at a time with 이전/다음; on a desktop the CSS shows them all.
// The questions are the visible steps of the form: follow-ups join when they matter.

export interface Stepper {
  /** Recounts the steps after follow-up questions were shown or hidden. */
  refresh(): void;
  /** Shows the step holding `step` (on a phone) and focuses its first field. */
  show(step: HTMLElement): void;
}

export function setUpSteps(form: HTMLFormElement): Stepper {
  const nav = required<HTMLElement>(form, '[data-step-nav]');
  const previous = required<HTMLButtonElement>(nav, '[data-step-previous]');
  const next = required<HTMLButtonElement>(nav, '[data-step-next]');
  const position = required<HTMLElement>(nav, '[data-step-position]');
  const steps = () => [...form.querySelectorAll<HTMLFieldSetElement>('[data-step]')].filter((step) => !step.hidden);
  let current: HTMLElement | undefined;
  const render = (focus: boolean) => {
    const all = steps();
    if (current === undefined || !all.includes(current as HTMLFieldSetElement)) current = all[0];
    const index = current ? all.indexOf(current as HTMLFieldSetElement) : 0;
    for (const step of all) step.toggleAttribute('data-current', step === current);
    position.textContent = `${index + 1} / ${all.length}`;
    previous.disabled = index === 0;
    next.disabled = index === all.length - 1;
    if (focus) current?.querySelector<HTMLElement>('input, select')?.focus();
  };
  const move = (by: number) => {
    const all = steps();
    current = all[Math.max(0, Math.min(all.length - 1, all.indexOf(current as HTMLFieldSetElement) + by))];
    render(true);
  };
  previous.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  render(false);
  form.setAttribute('data-stepper', '');
  return {
    refresh: () => render(false),
    show: (step) => {
      current = step;
      render(true);
    },
  };
}
