import Callout from './Callout.astro';
import Steps from './Steps.astro';

/** The only components editors may use in content MDX (docs/content-model.md, "MDX in content"). */
export const editorComponents = { Callout, Steps };
