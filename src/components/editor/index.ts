import Callout from './Callout.astro';
import Steps from './Steps.astro';

/** The only components editors may use in content MDX (CONTENT-MODEL.md, "MDX in content"). */
export const editorComponents = { Callout, Steps };
