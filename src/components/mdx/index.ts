/**
 * The comms team's toolbox: every component a writer may use in MDX without
 * an import line. Routes pass this map to <Content components={...} />.
 * Each component is documented in content/README.md with an example.
 */
export const mdxComponents = {};
