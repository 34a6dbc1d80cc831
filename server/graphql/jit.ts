// The compiled executor (GRAPHQL_JIT): graphql-jit turns an operation into one JavaScript function
// the second time it runs, and later runs of the same document call that function instead of
// walking the document field by field. The compiled function is cached per parsed document, which
// yoga's parser cache keeps alive for a repeated query string, so the explorer's requests and a
// researcher's repeated script are compiled once. Where graphql-jit would answer differently from
// the standard executor, the request goes to the standard one (see runsCompiled), so clients
// cannot tell which one ran (tests/api/jit-agreement.test.ts).
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getVariableValues,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLError,
  type OperationDefinitionNode,
} from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

type Plugin = ReturnType<typeof useGraphQlJit>;

/**
 * GRAPHQL_JIT's default: off. It saves 7-31 % of the server's CPU per request here, but graphql-jit
 * 0.8 puts a fragment's fields after the fields written beside it (`{ ...F c }` answers c first),
 * where the GraphQL spec asks for document order; a client that reads fields by position would see
 * a different answer. Turn it on where that does not matter.
 */
export const JIT_DEFAULT = false;

/** The plugins for yoga's list (the executor and its error fix-up), or none when switched off. */
export function jitPlugin(enabled: boolean): Plugin {
  if (!enabled) return {};
  // Compiling costs about twice what validating does, so a document is compiled on its second
  // run: one never repeated (a one-off query, each of a fuzzer's or an attacker's fresh
  // documents) costs no more than under the standard executor.
  const seen = new WeakSet<DocumentNode>();
  const repeated = (document: DocumentNode) => seen.has(document) || (seen.add(document), false);
  return {
    onPluginInit({ addPlugin }) {
      // Added right after this one, in this order: where this plugin stands in yoga's list.
      addPlugin(
        useGraphQlJit({}, { enableIf: (args) => repeated(args.document) && runsCompiled(args) }),
      );
      addPlugin(locatedErrors);
    },
  };
}

const soleOperations = new WeakMap<DocumentNode, OperationDefinitionNode | null>();

function soleOperation(document: DocumentNode): OperationDefinitionNode | null {
  let found = soleOperations.get(document);
  if (found === undefined) {
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    found = operations.length === 1 ? (operations[0] ?? null) : null;
    soleOperations.set(document, found);
  }
  return found;
}

/**
 * Whether graphql-jit runs this request; the standard executor runs the rest, where the two
 * would differ:
 * - several operations in one document (or a name that matches none): the plugin caches its
 *   compiled function per document alone, so naming another operation would run the first one;
 * - variables that do not fit their declarations: graphql-jit words the errors otherwise, gives
 *   no locations and a result with which yoga answers 200 instead of 400;
 * - a non-null variable with a default left out: graphql-jit calls it missing instead of taking
 *   the default (docs/queries declare theirs that way).
 */
export function runsCompiled({
  schema,
  document,
  operationName,
  variableValues,
}: ExecutionArgs): boolean {
  const operation = soleOperation(document);
  if (!operation || (operationName && operation.name?.value !== operationName)) return false;
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  const inputs = variableValues ?? {};
  const defaultTakenForNonNull = definitions.some(
    (d) =>
      d.type.kind === Kind.NON_NULL_TYPE &&
      d.defaultValue !== undefined &&
      !Object.hasOwn(inputs, d.variable.name.value),
  );
  return !defaultTakenForNonNull && !('errors' in getVariableValues(schema, definitions, inputs));
}

/**
 * graphql-jit's field errors carry `locations` but not the field `nodes` they come from, and yoga
 * rebuilds every error from its nodes before sending it (as maskError does for a masked one), so
 * the locations would be lost. Each such error is made again as the standard executor makes it:
 * the same message, path, extensions and original error, located at its field nodes.
 */
const locatedErrors: Plugin = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      const { errors, ...rest } = result as ExecutionResult;
      if (!errors?.some(unlocated)) return;
      const fields = fieldsByLocation(args.document as DocumentNode);
      // `errors` first, as the standard executor orders them, so the bodies match byte for byte.
      setResult({
        errors: errors.map((error) => {
          if (!unlocated(error)) return error;
          const nodes = (error.locations ?? []).flatMap(
            (l) => fields.get(`${l.line}:${l.column}`) ?? [],
          );
          return createGraphQLError(error.message, {
            nodes,
            path: error.path,
            originalError: error.originalError ?? undefined,
            extensions: error.extensions,
          });
        }),
        ...rest,
      });
    },
  }),
};

function unlocated(error: GraphQLError): boolean {
  return error.nodes === undefined && (error.locations?.length ?? 0) > 0;
}

/** The document's fields by where they start, as graphql-jit reports error locations. */
function fieldsByLocation(document: DocumentNode): Map<string, FieldNode> {
  const fields = new Map<string, FieldNode>();
  visit(document, {
    Field(node) {
      if (node.loc) fields.set(`${node.loc.startToken.line}:${node.loc.startToken.column}`, node);
    },
  });
  return fields;
}
