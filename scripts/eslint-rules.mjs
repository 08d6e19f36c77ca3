// @ts-check

/**
 * The project's own lint rules (eslint.config.mjs).
 *
 * server-actions-use-wrapper: in a 'use server' file every export is a public POST endpoint, so
 * each must be `export const name = defineAction({...})`, the wrapper that checks the session and
 * the role through lib/policy.ts. A plain exported function would be reachable with neither.
 */
/** @type {import('eslint').Rule.RuleModule} */
const serverActionsUseWrapper = {
  meta: {
    type: 'problem',
    docs: { description: "Exports of a 'use server' file are defineAction(...) actions" },
    messages: { wrap: "A 'use server' file exports only `export const name = defineAction({...})`: the wrapper checks the session and the role." },
    schema: [],
  },
  create(context) {
    let serverFile = false;
    /** @param {import('estree').Node} node */
    const report = (node) => serverFile && context.report({ node, messageId: 'wrap' });
    return {
      Program(program) {
        serverFile = program.body.some((statement) => 'directive' in statement && statement.directive === 'use server');
      },
      ExportNamedDeclaration(node) {
        const declaration = node.declaration;
        const wrapped =
          declaration?.type === 'VariableDeclaration' &&
          declaration.kind === 'const' &&
          declaration.declarations.every(
            (variable) =>
              variable.init?.type === 'CallExpression' && variable.init.callee.type === 'Identifier' && variable.init.callee.name === 'defineAction',
          );
        if (!wrapped) report(node);
      },
      ExportDefaultDeclaration: report,
      ExportAllDeclaration: report,
    };
  },
};

export const readoutRules = { rules: { 'server-actions-use-wrapper': serverActionsUseWrapper } };
