// The article graph as built when the app is (deploy/articleGraph.ts); typed in builtinGraph.ts.
declare module "virtual:article-graph" {
  const built: unknown;
  export default built;
}
