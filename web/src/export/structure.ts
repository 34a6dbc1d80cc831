// Meaning versus structure: relation types that say where the text puts a thing (a topic has a
// section, a section contains a concept) are structural; the rest carry meaning. Legends list the
// two apart, and sections drawn as groups stand for the structure they replace.

/**
 * Whether a relation type is structural (the API's `RelationType.structural`). A type described
 * without the flag counts as meaning, as every type did before the flag existed.
 */
export function isStructural(type: object): boolean {
  return 'structural' in type && type.structural === true;
}
