import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

const container = await AstroContainer.create();

/**
 * A component's HTML, rendered alone with Astro's Container API. Outside a build a
 * component's script is linked by its source path, which depends on where the checkout
 * is: that prefix reads `<root>` so the expected HTML is the same on every machine.
 */
export async function renderComponent(component: Component, props: Record<string, unknown>): Promise<string> {
  const html = await container.renderToString(component, { props });
  return html.replaceAll(process.cwd(), '<root>');
}
